using System.Text.RegularExpressions;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Rules.Kinds;

/// <summary>
/// Content a policy must have. Each element is a pattern; a clause holding all of them (within the
/// rule's context) meets the provision, one holding at least "partial" of them gets a warning, and a
/// "forbid" pattern in such a clause (wording that narrows the duty) is a conflict. With
/// "narrowedWhenMissing: N", a unit that matches "narrowedForm" (it states the thing itself: "a complaint
/// is ...") and lacks N or more of the elements is a conflict too: it keeps so little of the duty that it
/// narrows it (message "narrowed"); a unit elsewhere that meets the provision outweighs it. When nothing is
/// found, "whenSilent" can turn the silence into a finding.
/// </summary>
public sealed class RequiredContentKind : IRuleKind
{
    public string Name => "required";

    public IReadOnlySet<string> ParameterNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "elements", "context", "excludeHeadings", "partial", "forbid", "whenSilent", "scope", "narrowedWhenMissing", "narrowedForm",
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
        var narrowedAt = int.TryParse(rule.Text("narrowedWhenMissing"), out var n) ? n : int.MaxValue;
        var narrowedForm = ClauseScope.Compile(rule.Text("narrowedForm"));
        var narrowedClauses = new HashSet<RuleOutcome>();
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
                var narrowed = forbidden is null && missing.Count >= narrowedAt && narrowedForm?.IsMatch(unit) == true;
                var verdict = forbidden is not null || narrowed ? Verdict.Conflict : missing.Count == 0 ? Verdict.Meets : Verdict.Warning;
                var template = narrowed && rule.Messages.TryGetValue("narrowed", out var narrowedMessage) ? narrowedMessage : rule.MessageFor(verdict);
                var message = MessageTemplate.Fill(template, new Dictionary<string, string?>
                {
                    ["missing"] = string.Join(", ", missing),
                    ["found"] = string.Join(", ", found),
                    ["forbidden"] = forbidden?.Value,
                });
                var quote = forbidden is not null ? QuoteAround(unit, forbidden) : MessageTemplate.Shorten(unit);
                foreach (var provision in rule.Provisions)
                {
                    var outcome = new RuleOutcome(provision, verdict, clause.Id, quote, message, missing.Count == 0 ? 0.85 : 0.6);
                    outcomes.Add(outcome);
                    if (narrowed)
                    {
                        narrowedClauses.Add(outcome);
                    }
                }

                break;
            }
        }

        // Required content is present once: a clause that has it all outweighs partial mentions elsewhere,
        // while a condition that narrows the duty is a conflict wherever it appears. A statement narrowed by
        // what it leaves out counts only when no clause meets the provision in full.
        if (outcomes.Any(o => o.Verdict == Verdict.Meets))
        {
            outcomes.RemoveAll(narrowedClauses.Contains);
        }

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
