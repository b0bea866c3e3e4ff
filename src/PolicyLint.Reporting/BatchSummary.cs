using PolicyLint.Core.Pipeline;

namespace PolicyLint.Reporting;

/// <summary>The documents of a batch ranked for triage: most conflicts, then most warnings, then input order.</summary>
public static class BatchSummary
{
    public static IReadOnlyList<(DocumentAnalysis Document, int Index)> Ranked(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Documents
            .Select((d, i) => (Document: d, Index: i, Counts: OmbudsmanTable.Counts(d)))
            .OrderByDescending(x => x.Counts.Conflicts)
            .ThenByDescending(x => x.Counts.Warnings)
            .ThenBy(x => x.Index)
            .Select(x => (x.Document, x.Index))
            .ToList();
    }
}
