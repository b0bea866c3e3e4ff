using PolicyLint.Core.Codes;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Rules;

/// <summary>
/// A kind of check written in C#; concrete rules are YAML files that extend it. A kind lists the
/// parameters it accepts so that a rule with an unknown key is rejected when the rules load.
/// </summary>
public interface IRuleKind
{
    string Name { get; }

    IReadOnlySet<string> ParameterNames { get; }

    IReadOnlyList<RuleOutcome> Evaluate(RuleSpec rule, PolicyEvidence evidence, CodeCatalogue code);
}
