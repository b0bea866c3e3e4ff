using System.Globalization;
using PolicyLint.Analysis.Facts;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Rules.Kinds;

/// <summary>
/// The same timescale stated differently in two places of one policy (a table that says 15 days where
/// the text says 10). Each later statement that differs from the first gets a warning.
/// </summary>
public sealed class ConsistencyKind : IRuleKind
{
    public string Name => "consistency";

    public IReadOnlySet<string> ParameterNames { get; } = new HashSet<string>(StringComparer.Ordinal) { "subjects" };

    public IReadOnlyList<RuleOutcome> Evaluate(RuleSpec rule, PolicyEvidence evidence, CodeCatalogue code)
    {
        var subjects = rule.List("subjects").ToHashSet(StringComparer.Ordinal);
        var outcomes = new List<RuleOutcome>();
        var groups = evidence.Facts
            .Where(f => f.Kind == FactKinds.Timescale && f.Subject is not null && subjects.Contains(f.Subject) && f.Amount is not null)
            .GroupBy(f => f.Subject!);
        foreach (var group in groups)
        {
            var first = group.First();
            var firstDays = Quantities.ToWorkingDays(first.Amount!.Value, first.Unit ?? TimeUnits.WorkingDays);
            foreach (var other in group.Skip(1).Where(f => f.Clause != first.Clause))
            {
                var days = Quantities.ToWorkingDays(other.Amount!.Value, other.Unit ?? TimeUnits.WorkingDays);
                if (days == firstDays && other.From == first.From)
                {
                    continue;
                }

                var provision = ProvisionFor(group.Key, rule);
                if (provision is null)
                {
                    continue;
                }

                var message = MessageTemplate.Fill(rule.Message, new Dictionary<string, string?>
                {
                    ["subject"] = group.Key,
                    ["first"] = first.Quote,
                    ["firstClause"] = first.Clause,
                    ["other"] = other.Quote,
                    ["amount"] = other.Amount.Value.ToString("0.##", CultureInfo.InvariantCulture),
                });
                outcomes.Add(new RuleOutcome(provision, Verdict.Warning, other.Clause, other.Quote, message, 0.9));
            }
        }

        return outcomes;
    }

    /// <summary>Rule provisions are listed in the same order as its subjects.</summary>
    private static string? ProvisionFor(string subject, RuleSpec rule)
    {
        var index = rule.List("subjects").ToList().IndexOf(subject);
        return index >= 0 && index < rule.Provisions.Count ? rule.Provisions[index] : null;
    }
}
