using PolicyLint.Core.Codes;
using PolicyLint.Core.Findings;

namespace PolicyLint.Reporting;

/// <summary>
/// Keeps the contract's promise that every provision of the Code has a verdict: provisions a judge
/// left out are reported as silent with basis "none" (nothing covers them yet).
/// </summary>
public static class Coverage
{
    public static IReadOnlyList<ProvisionVerdict> Complete(IReadOnlyList<ProvisionVerdict> verdicts, CodeCatalogue code)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(code);
        var present = verdicts.Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        var missing = code.Provisions
            .Where(p => !present.Contains(p.Id))
            .Select(p => new ProvisionVerdict(p.Id, Verdict.Silent, [], 0, Basis.None))
            .ToList();
        return missing.Count == 0 ? verdicts : [.. verdicts, .. missing];
    }
}
