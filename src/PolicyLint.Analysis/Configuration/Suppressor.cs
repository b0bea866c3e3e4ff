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
                    : s.Clause == Suppression.AnyClause || string.Equals(s.Clause, f.Clause ?? "document", StringComparison.Ordinal)));
            return f with
            {
                Fingerprint = fingerprint,
                Suppressed = match is not null,
                SuppressionJustification = match is null ? null : $"{match.Justification} ({match.By}, {match.Date})",
            };
        }).ToList();
    }

    /// <summary>
    /// The verdicts once suppressions count: a conflict or warning whose findings were all suppressed takes the
    /// verdict of the unsuppressed findings left for that provision (meets when none are left), and keeps the
    /// rules' verdict in <see cref="ProvisionVerdict.SuppressedVerdict"/>.
    /// </summary>
    public static IReadOnlyList<ProvisionVerdict> Verdicts(IReadOnlyList<ProvisionVerdict> provisions, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(provisions);
        ArgumentNullException.ThrowIfNull(findings);
        var byProvision = findings.Where(f => f.Provision is not null).ToLookup(f => f.Provision!, StringComparer.Ordinal);
        return provisions.Select(p =>
        {
            var behind = byProvision[p.Id].Where(f => f.Verdict == p.Verdict).ToList();
            if (p.Verdict is not (Verdict.Conflict or Verdict.Warning) || behind.Count == 0 || !behind.All(f => f.Suppressed))
            {
                return p;
            }

            var left = byProvision[p.Id].Where(f => !f.Suppressed).Select(f => f.Verdict).DefaultIfEmpty(Verdict.Meets).Max();
            return p with { Verdict = left, SuppressedVerdict = p.Verdict };
        }).ToList();
    }

    /// <summary>Warnings for suppressions that name a fingerprint no finding of their rule has any more (the clause changed).</summary>
    public static IReadOnlyList<string> Stale(IReadOnlyList<Finding> findings, IReadOnlyList<Suppression> suppressions)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(suppressions);
        return suppressions
            .Where(s => s.Fingerprint is not null && !findings.Any(f => string.Equals(f.RuleId, s.Rule, StringComparison.OrdinalIgnoreCase)
                && string.Equals(f.Fingerprint, s.Fingerprint, StringComparison.OrdinalIgnoreCase)))
            .Select(s => $"the suppression of {s.Rule} with fingerprint {s.Fingerprint} matches no finding: the clause it covered has changed or gone; review it")
            .ToList();
    }
}
