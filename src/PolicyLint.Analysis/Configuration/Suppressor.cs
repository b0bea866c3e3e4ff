using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;

namespace PolicyLint.Analysis.Configuration;

/// <summary>
/// Gives each finding its clause fingerprint and marks the ones a suppression covers. Suppressed findings
/// stay in the report (a regulator sees what was suppressed and why); they just stop counting.
/// </summary>
public static class Suppressor
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, IReadOnlyList<Clause> clauses, IReadOnlyList<Suppression> suppressions)
    {
        var texts = clauses.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        return findings.Select(f =>
        {
            var fingerprint = f.Clause is not null && texts.TryGetValue(f.Clause, out var text) ? ClauseFingerprint.Of(text) : null;
            var match = suppressions.FirstOrDefault(s => string.Equals(s.Rule, f.RuleId, StringComparison.OrdinalIgnoreCase)
                && (s.Fingerprint is not null ? string.Equals(s.Fingerprint, fingerprint, StringComparison.OrdinalIgnoreCase)
                    : s.Clause is null || string.Equals(s.Clause, f.Clause ?? "document", StringComparison.Ordinal)));
            return f with
            {
                Fingerprint = fingerprint,
                Suppressed = match is not null,
                SuppressionJustification = match is null ? null : $"{match.Justification} ({match.By}, {match.Date})",
            };
        }).ToList();
    }
}
