using System.Globalization;
using PolicyLint.Analysis.Facts;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Findings;

namespace PolicyLint.Analysis.Rules.Kinds;

/// <summary>A Code timescale: amount, unit and the event its clock starts from.</summary>
public sealed record Limit(decimal Amount, string Unit, string? From)
{
    /// <summary>
    /// The rule's limit for a Code: "limits: {hos-2020: {...}}" wins; else "limit: {amount, unit, from}";
    /// else "limit: {provision: 6.2}" reads the Code catalogue's parameters for that provision.
    /// </summary>
    public static Limit? For(RuleSpec rule, CodeCatalogue code, string key = "limit")
    {
        var perCode = rule.Map(key + "s");
        var map = perCode.TryGetValue(code.Id, out var specific) && specific is IReadOnlyDictionary<string, object?> m ? m : rule.Map(key);
        if (map.Count == 0)
        {
            return null;
        }

        IReadOnlyDictionary<string, string> values = map.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? string.Empty);
        if (values.TryGetValue("provision", out var provisionId))
        {
            // Older Codes are keyed by topic: take the topic that maps to this 2024 provision and states an amount.
            var provision = code.Find(provisionId)
                ?? code.Provisions.FirstOrDefault(p => p.Maps2024.Contains(provisionId, StringComparer.Ordinal) && p.Parameters.ContainsKey("amount"));
            if (provision is null)
            {
                return null;
            }

            values = provision.Parameters;
        }

        if (!values.TryGetValue("amount", out var amountText) || !decimal.TryParse(amountText, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        return new Limit(amount, values.GetValueOrDefault("unit") ?? TimeUnits.WorkingDays, values.GetValueOrDefault("from"));
    }

    /// <summary>How the clock start ranks: an earlier event gives a tighter deadline for the same amount.</summary>
    public static int Rank(string? from) => from switch
    {
        "issue" => -1,
        "receipt" or "escalation-request" => 0,
        "logging" or "acknowledgement" => 1,
        "response" => 2,
        _ => int.MinValue,
    };

    /// <summary>
    /// Compares a policy's timescale with this Code limit, in working days. Same or unstated clock:
    /// shorter is stricter, equal meets, longer conflicts. An earlier clock start (receipt rather than
    /// acknowledgement) with no more days is stricter, with more days a conflict: a policy that
    /// allows more days than the Code may not lean on the Code's acknowledgement allowance. A later
    /// clock start is a warning at best. Bare "days" (<paramref name="daysUnqualified"/>: the text
    /// said neither working nor calendar) cannot be shown to meet a working-day limit: a warning,
    /// unless even read as calendar days they exceed it.
    /// </summary>
    public Verdict Compare(decimal amount, string unit, string? from, bool daysUnqualified = false)
    {
        var policy = Quantities.ToWorkingDays(amount, unit);
        var code = Quantities.ToWorkingDays(Amount, Unit);
        if (daysUnqualified && unit == TimeUnits.CalendarDays && Unit == TimeUnits.WorkingDays)
        {
            return policy > code ? Verdict.Conflict : Verdict.Warning;
        }

        var policyRank = Rank(from);
        var codeRank = Rank(From);
        if (policyRank == int.MinValue || codeRank == int.MinValue || policyRank == codeRank)
        {
            return policy < code ? Verdict.Stricter : policy == code ? Verdict.Meets : Verdict.Conflict;
        }

        if (policyRank < codeRank)
        {
            return policy <= code ? Verdict.Stricter : Verdict.Conflict;
        }

        return policy < code ? Verdict.Warning : Verdict.Conflict;
    }
}
