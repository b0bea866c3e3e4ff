using System.Text.RegularExpressions;
using PolicyLint.Analysis.Facts;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Rules.Kinds;

/// <summary>
/// Things a policy should say somewhere, each a pattern ("items"). Without an "anchor" every sentence
/// of the policy (within the rule's context) is searched; with one, only the clauses where the anchor
/// appears are (the clause describing the stage 1 reply, the one about refusals...), so that the
/// items must be said in that place. When at least "enough" items are found (all by default) the
/// provision is met; otherwise the missing ones are reported, one outcome per missing item when
/// "perItem" is set (the outcome then carries the item's label, e.g. "g"). A policy that never speaks
/// of the subject (no anchor clause, or fewer than "minimum" items) is silent unless "whenSilent" says
/// otherwise. An item marked "anywhere" may be said in any clause of the policy (outside the excluded
/// headings, whatever the context) rather than only where the anchor is: policies often put the
/// discretion for older complaints, or the tracking of agreed actions, in a clause of their own.
/// An item marked "optional" is something the Code mentions but policies seldom spell out: it is
/// recognised (it helps the rule find and cite the subject) but never reported missing, and without
/// "enough" the provision is met once every other item is found.
/// </summary>
public sealed class ChecklistKind : IRuleKind
{
    public string Name => "checklist";

    public IReadOnlySet<string> ParameterNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "items", "anchor", "context", "excludeHeadings", "enough", "minimum", "perItem", "missing", "whenSilent",
    };

    public IReadOnlyList<RuleOutcome> Evaluate(RuleSpec rule, PolicyEvidence evidence, CodeCatalogue code)
    {
        var items = Items(rule);
        var scope = ClauseScope.From(rule);
        var anchor = ClauseScope.Compile(rule.Text("anchor"));
        var units = Units(evidence.Clauses, scope, anchor, out var anchors);
        var everywhere = scope.Sentences(evidence.Clauses).ToList();
        var found = items
            .Select(item => (Item: item, Hit: units.FirstOrDefault(u => item.Pattern.IsMatch(u.Sentence)) is { Clause: not null } hit
                ? hit
                : item.Anywhere ? everywhere.FirstOrDefault(u => item.Pattern.IsMatch(u.Sentence)) : default))
            .ToList();
        var hits = found.Where(f => f.Hit.Clause is not null).ToList();
        var minimum = Number(rule, "minimum", 1);
        var speaks = anchor is not null ? anchors.Count > 0 : hits.Count >= minimum;
        if (!speaks)
        {
            return Silent(rule);
        }

        var place = Place(units, items, anchor is not null ? anchors : hits.Select(h => h.Hit).ToList(), scope);
        var missing = found.Where(f => f.Hit.Clause is null && !f.Item.Optional).Select(f => f.Item).ToList();
        var values = new Dictionary<string, string?>
        {
            ["found"] = string.Join(", ", hits.Select(h => h.Item.Name)),
            ["missing"] = string.Join(", ", missing.Select(m => m.Name)),
        };
        var met = rule.Text("enough") is null ? missing.Count == 0 : hits.Count >= Number(rule, "enough", items.Count);
        if (met)
        {
            var message = MessageTemplate.Fill(rule.MessageFor(Verdict.Meets), values);
            return rule.Provisions.Select(p => new RuleOutcome(p, Verdict.Meets, place.Clause!.Id, MessageTemplate.Shorten(place.Sentence), message, 0.8)).ToList();
        }

        var verdict = Enum.TryParse<Verdict>(rule.Text("missing"), true, out var v) ? v : Verdict.Warning;
        var quote = MessageTemplate.Shorten(place.Sentence);
        if (rule.Text("perItem") is "true")
        {
            return missing
                .SelectMany(m => rule.Provisions.Select(p => new RuleOutcome(
                    p,
                    verdict,
                    place.Clause!.Id,
                    quote,
                    MessageTemplate.Fill(rule.MessageFor(verdict), new Dictionary<string, string?>(values) { ["missing"] = m.Name, ["item"] = m.Label }),
                    0.6) { Item = m.Label }))
                .ToList();
        }

        var text = MessageTemplate.Fill(rule.MessageFor(verdict), values);
        return rule.Provisions.Select(p => new RuleOutcome(p, verdict, place.Clause!.Id, quote, text, 0.6)).ToList();
    }

    private static List<(Clause Clause, string Sentence)> Units(IReadOnlyList<Clause> clauses, ClauseScope scope, Regex? anchor, out List<(Clause Clause, string Sentence)> anchors)
    {
        anchors = [];
        if (anchor is null)
        {
            return scope.Sentences(clauses).Where(u => scope.InContext(u.Clause, u.Sentence)).ToList();
        }

        var units = new List<(Clause, string)>();
        foreach (var clause in clauses.Where(scope.Includes))
        {
            var sentences = TextSpans.Statements(clause);
            var first = sentences.FirstOrDefault(s => anchor.IsMatch(s) && scope.InContext(clause, s));
            if (first is null)
            {
                continue;
            }

            anchors.Add((clause, first));
            units.AddRange(sentences.Select(s => (clause, s)));
        }

        return units;
    }

    /// <summary>
    /// Where to cite the rule's outcome: of the candidate places (anchor sentences, or the first sentence
    /// holding each item found), the clause that holds the most items, then one whose headings carry the
    /// rule's context (the clause sits in the section about the subject), then the earliest.
    /// </summary>
    private static (Clause Clause, string Sentence) Place(
        List<(Clause Clause, string Sentence)> units, List<ChecklistItem> items, List<(Clause Clause, string Sentence)> candidates, ClauseScope scope)
    {
        int Held(Clause clause) => items.Count(i => units.Any(u => ReferenceEquals(u.Clause, clause) && i.Pattern.IsMatch(u.Sentence)));
        bool UnderHeading(Clause clause) => scope.Context is not null && clause.HeadingPath.Any(h => scope.Context.IsMatch(h));
        return candidates
            .Select((c, index) => (Candidate: c, Index: index))
            .OrderByDescending(x => Held(x.Candidate.Clause))
            .ThenByDescending(x => UnderHeading(x.Candidate.Clause))
            .ThenBy(x => x.Index)
            .First().Candidate;
    }

    private static List<ChecklistItem> Items(RuleSpec rule)
    {
        var items = rule.Maps("items")
            .Select((m, i) => new ChecklistItem(
                m.GetValueOrDefault("name") as string ?? $"item {i + 1}",
                m.GetValueOrDefault("item") as string,
                ClauseScope.Compile(m.GetValueOrDefault("pattern") as string)
                    ?? throw new InvalidDataException($"{rule.Id}: checklist item {i + 1} needs a 'pattern'"),
                m.GetValueOrDefault("anywhere") is "true" or true,
                m.GetValueOrDefault("optional") is "true" or true))
            .ToList();
        return items.Count > 0 ? items : throw new InvalidDataException($"{rule.Id}: checklist rule needs 'items'");
    }

    private static List<RuleOutcome> Silent(RuleSpec rule)
    {
        if (rule.Map("whenSilent") is not { Count: > 0 } silent
            || !Enum.TryParse<Verdict>(silent.GetValueOrDefault("verdict") as string, true, out var verdict))
        {
            return [];
        }

        var message = silent.GetValueOrDefault("message") as string ?? rule.MessageFor(verdict);
        return rule.Provisions.Select(p => new RuleOutcome(p, verdict, null, null, message.Trim(), 0.6)).ToList();
    }

    private static int Number(RuleSpec rule, string key, int fallback) =>
        int.TryParse(rule.Text(key), out var n) ? n : fallback;

    private sealed record ChecklistItem(string Name, string? Label, Regex Pattern, bool Anywhere, bool Optional);
}
