using System.Globalization;
using PolicyLint.Analysis.Facts;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Rules.Kinds;

/// <summary>A minimum window (the exclusion window): shorter than the Code's conflicts, as long or longer meets.</summary>
public sealed class WindowKind : IRuleKind
{
    public string Name => "window";

    public IReadOnlySet<string> ParameterNames { get; } = new HashSet<string>(StringComparer.Ordinal) { "fact", "minimum", "minimums" };

    public IReadOnlyList<RuleOutcome> Evaluate(RuleSpec rule, PolicyEvidence evidence, CodeCatalogue code)
    {
        var kind = rule.Text("fact") ?? FactKinds.ExclusionWindow;
        var minimum = Limit.For(rule, code, "minimum");
        if (minimum is null)
        {
            return [];
        }

        var outcomes = new List<RuleOutcome>();
        var minimumMonths = Quantities.ToMonths(minimum.Amount, minimum.Unit);
        foreach (var fact in evidence.Facts.Where(f => f.Kind == kind && f.Amount is not null))
        {
            var months = Quantities.ToMonths(fact.Amount!.Value, fact.Unit ?? TimeUnits.Months);
            var verdict = months < minimumMonths ? Verdict.Conflict : Verdict.Meets;
            var values = new Dictionary<string, string?>
            {
                ["amount"] = fact.Amount.Value.ToString("0.##", CultureInfo.InvariantCulture),
                ["unit"] = MessageTemplate.Unit(fact.Unit),
                ["limitAmount"] = minimum.Amount.ToString("0.##", CultureInfo.InvariantCulture),
                ["limitUnit"] = MessageTemplate.Unit(minimum.Unit),
                ["quote"] = fact.Quote,
            };
            foreach (var provision in rule.Provisions)
            {
                outcomes.Add(new RuleOutcome(provision, verdict, fact.Clause, fact.Quote, MessageTemplate.Fill(rule.MessageFor(verdict), values), 0.95));
            }
        }

        return outcomes;
    }
}
