using PolicyLint.Core.Codes;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Rules.Kinds;

/// <summary>Wording a policy must not use (within the rule's context and outside its excluded headings).</summary>
public sealed class WordingKind : IRuleKind
{
    public string Name => "wording";

    public IReadOnlySet<string> ParameterNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "patterns", "unless", "context", "excludeHeadings", "verdict",
    };

    public IReadOnlyList<RuleOutcome> Evaluate(RuleSpec rule, PolicyEvidence evidence, CodeCatalogue code)
    {
        var scope = ClauseScope.From(rule);
        var patterns = rule.List("patterns").Select(p => ClauseScope.Compile(p)!).ToList();
        var unless = rule.List("unless").Select(p => ClauseScope.Compile(p)!).ToList();
        var verdict = Enum.TryParse<Verdict>(rule.Text("verdict"), true, out var v) ? v : Verdict.Conflict;
        var outcomes = new List<RuleOutcome>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (clause, sentence) in scope.Sentences(evidence.Clauses))
        {
            if (!scope.InContext(clause, sentence) || unless.Any(u => u.IsMatch(sentence)) || seen.Contains(clause.Id))
            {
                continue;
            }

            var hit = patterns.Select(p => p.Match(sentence)).FirstOrDefault(m => m.Success);
            if (hit is null)
            {
                continue;
            }

            seen.Add(clause.Id);
            var message = MessageTemplate.Fill(rule.MessageFor(verdict), new Dictionary<string, string?> { ["match"] = hit.Value });
            outcomes.AddRange(rule.Provisions.Select(p => new RuleOutcome(p, verdict, clause.Id, MessageTemplate.Shorten(sentence), message, 0.8)));
        }

        return outcomes;
    }
}
