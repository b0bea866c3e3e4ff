using System.Text.RegularExpressions;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Rules.Kinds;

/// <summary>
/// Content a policy must have. Each element is a pattern; a clause holding all of them (within the
/// rule's context) meets the provision, one holding at least "partial" of them gets a warning, and a
/// "forbid" pattern in such a clause (wording that narrows the duty) is a conflict. When nothing is
/// found, "whenSilent" can turn the silence into a finding.
/// </summary>
public sealed class RequiredContentKind : IRuleKind
{
    public string Name => "required";

    public IReadOnlySet<string> ParameterNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "elements", "context", "excludeHeadings", "partial", "forbid", "whenSilent", "scope",
    };

    public IReadOnlyList<RuleOutcome> Evaluate(RuleSpec rule, PolicyEvidence evidence, CodeCatalogue code)
    {
        var scope = ClauseScope.From(rule);
        var elements = rule.Maps("elements")
            .Select(e => (Name: e.GetValueOrDefault("name") as string ?? "element", Pattern: ClauseScope.Compile(e.GetValueOrDefault("pattern") as string)!))
            .ToList();
        if (elements.Count == 0)
        {
            throw new InvalidDataException($"{rule.Id}: required rule needs 'elements'");
        }

        var partial = int.TryParse(rule.Text("partial"), out var p) ? p : elements.Count;
        var forbid = rule.List("forbid").Select(f => ClauseScope.Compile(f)!).ToList();
        var byClause = rule.Text("scope") == "clause";
        var outcomes = new List<RuleOutcome>();
        foreach (var clause in evidence.Clauses.Where(scope.Includes))
        {
            foreach (var unit in Units(clause, byClause))
            {
                if (!scope.InContext(clause, unit))
                {
                    continue;
                }

                var found = elements.Where(e => e.Pattern.IsMatch(unit)).Select(e => e.Name).ToList();
                if (found.Count < partial)
                {
                    continue;
                }

                var forbidden = forbid.Select(f => f.Match(unit)).FirstOrDefault(m => m.Success);
                var missing = elements.Select(e => e.Name).Except(found).ToList();
                var verdict = forbidden is not null ? Verdict.Conflict : missing.Count == 0 ? Verdict.Meets : Verdict.Warning;
                var message = MessageTemplate.Fill(rule.MessageFor(verdict), new Dictionary<string, string?>
                {
                    ["missing"] = string.Join(", ", missing),
                    ["found"] = string.Join(", ", found),
                    ["forbidden"] = forbidden?.Value,
                });
                var quote = forbidden is not null ? QuoteAround(unit, forbidden) : MessageTemplate.Shorten(unit);
                foreach (var provision in rule.Provisions)
                {
                    outcomes.Add(new RuleOutcome(provision, verdict, clause.Id, quote, message, missing.Count == 0 ? 0.85 : 0.6));
                }

                break;
            }
        }

        // Required content is present once: a clause that has it all outweighs partial mentions elsewhere,
        // while wording that narrows the duty is a conflict wherever it appears.
        var best = outcomes.Count == 0 ? Verdict.Silent
            : outcomes.Any(o => o.Verdict == Verdict.Conflict) ? Verdict.Conflict
            : outcomes.Any(o => o.Verdict == Verdict.Meets) ? Verdict.Meets
            : Verdict.Warning;
        outcomes.RemoveAll(o => o.Verdict != best);

        if (outcomes.Count == 0 && rule.Map("whenSilent") is { Count: > 0 } silent
            && Enum.TryParse<Verdict>(silent.GetValueOrDefault("verdict") as string, true, out var silentVerdict))
        {
            var message = silent.GetValueOrDefault("message") as string ?? rule.MessageFor(silentVerdict);
            outcomes.AddRange(rule.Provisions.Select(pr => new RuleOutcome(pr, silentVerdict, null, null, message, 0.6)));
        }

        return outcomes;
    }

    private static IEnumerable<string> Units(Clause clause, bool byClause)
    {
        var sentences = Facts.TextSpans.Statements(clause);
        return byClause ? [string.Join(" ", sentences)] : sentences;
    }

    private static string QuoteAround(string text, Match m)
    {
        var start = Math.Max(0, m.Index - 60);
        var end = Math.Min(text.Length, m.Index + m.Length + 60);
        return MessageTemplate.Shorten(text[start..end]);
    }
}
