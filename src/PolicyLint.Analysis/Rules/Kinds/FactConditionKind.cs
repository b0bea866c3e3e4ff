using System.Globalization;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Rules.Kinds;

/// <summary>
/// A condition on facts of one kind: each case says which facts it matches (value, subject, amount
/// above/below/equal) and the verdict they get. The first matching case wins for each fact.
/// </summary>
public sealed class FactConditionKind : IRuleKind
{
    public string Name => "condition";

    public IReadOnlySet<string> ParameterNames { get; } = new HashSet<string>(StringComparer.Ordinal) { "fact", "cases" };

    public IReadOnlyList<RuleOutcome> Evaluate(RuleSpec rule, PolicyEvidence evidence, CodeCatalogue code)
    {
        var kind = rule.Text("fact") ?? throw new InvalidDataException($"{rule.Id}: condition rule needs 'fact'");
        var cases = rule.Maps("cases");
        var outcomes = new List<RuleOutcome>();
        foreach (var fact in evidence.Facts.Where(f => f.Kind == kind))
        {
            var match = cases.FirstOrDefault(c => Matches(c, fact));
            if (match is null || !Enum.TryParse<Verdict>(match.GetValueOrDefault("verdict") as string, true, out var verdict))
            {
                continue;
            }

            var template = match.GetValueOrDefault("message") as string ?? rule.MessageFor(verdict);
            var message = MessageTemplate.Fill(template, new Dictionary<string, string?>
            {
                ["amount"] = fact.Amount?.ToString("0.##", CultureInfo.InvariantCulture),
                ["subject"] = fact.Subject,
                ["quote"] = MessageTemplate.Shorten(fact.Quote, 120),
            });
            foreach (var provision in rule.Provisions)
            {
                outcomes.Add(new RuleOutcome(provision, verdict, fact.Clause, MessageTemplate.Shorten(fact.Quote), message, 0.9));
            }
        }

        return outcomes;
    }

    private static bool Matches(IReadOnlyDictionary<string, object?> c, Fact fact)
    {
        var condition = c.GetValueOrDefault("if") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        foreach (var (key, raw) in condition)
        {
            var value = raw?.ToString() ?? string.Empty;
            var ok = key switch
            {
                "value" => fact.Value?.ToString().Equals(value, StringComparison.OrdinalIgnoreCase) ?? false,
                "subject" => string.Equals(fact.Subject, value, StringComparison.OrdinalIgnoreCase),
                "amountAbove" => fact.Amount > Number(value),
                "amountBelow" => fact.Amount < Number(value),
                "amountEquals" => fact.Amount == Number(value),
                _ => throw new InvalidDataException($"unknown condition '{key}'"),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
