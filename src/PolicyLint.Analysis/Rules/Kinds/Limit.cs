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
    /// Compares a policy's timescale with this Code limit. Same clock: shorter is stricter, equal meets,
    /// longer conflicts. An earlier clock start (receipt rather than acknowledgement) with no more days is
    /// stricter; more days from an earlier start may or may not overrun the Code (a warning) up to the
    /// Code's own acknowledgement allowance, then conflicts. A later clock start is a warning at best.
    /// </summary>
    public Verdict Compare(decimal amount, string unit, string? from, decimal acknowledgementAllowance = 5m)
    {
        var policy = Quantities.ToWorkingDays(amount, unit);
        var code = Quantities.ToWorkingDays(Amount, Unit);
        var policyRank = Rank(from);
        var codeRank = Rank(From);
        if (policyRank == int.MinValue || codeRank == int.MinValue || policyRank == codeRank)
        {
            return policy < code ? Verdict.Stricter : policy == code ? Verdict.Meets : Verdict.Conflict;
        }

        if (policyRank < codeRank)
        {
            return policy <= code ? Verdict.Stricter : policy <= code + acknowledgementAllowance ? Verdict.Warning : Verdict.Conflict;
        }

        return policy < code ? Verdict.Warning : Verdict.Conflict;
    }
}
