using System.Globalization;
using CsvHelper;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Reporting.Csv;

/// <summary>
/// CSV for pandas or R: the main file has one row per policy x provision (columns document, landlord,
/// kind, code, provision, verdict, basis, clause, quote, rule, confidence, suppressed); the findings file
/// one row per finding and cross-check item.
/// </summary>
public sealed class CsvReportWriter : IReportWriter
{
    public static CsvReportWriter Instance { get; } = new();

    private static readonly string[] ProvisionColumns =
        ["document", "landlord", "kind", "code", "provision", "verdict", "basis", "clause", "quote", "rule", "confidence", "suppressed"];

    private static readonly string[] FindingColumns =
        ["document", "kind", "provision", "item", "rule", "verdict", "severity", "clause", "quote", "message", "recommendation", "suppressed", "justification", "fingerprint"];

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var csv = CsvWriter.Create(output, null, true);
        Header(csv, ProvisionColumns);
        foreach (var document in report.Documents.Where(d => d.Assessment is null))
        {
            var landlord = document.Landlord ?? string.Empty;
            var byProvision = document.Findings.Where(f => f.Provision is not null).ToLookup(f => f.Provision!, StringComparer.Ordinal);
            foreach (var verdict in Coverage.Complete(document.Provisions, report.Code))
            {
                // The finding behind the verdict: one with the same verdict, an unsuppressed one first.
                var finding = byProvision[verdict.Id].OrderBy(f => f.Suppressed).FirstOrDefault(f => f.Verdict == verdict.Verdict);
                var suppressed = finding is not null && finding.Suppressed;
                Record(csv,
                    document.Document.Path, landlord, Vocabulary.Of(document.Kind), report.Code.Id, verdict.Id, Vocabulary.Of(verdict.Verdict), Vocabulary.Of(verdict.Basis),
                    finding?.Clause ?? verdict.Clauses.FirstOrDefault(), finding?.Quote, finding?.RuleId,
                    verdict.Confidence.ToString("0.###", CultureInfo.InvariantCulture), suppressed ? "true" : "false");
            }
        }
    }

    /// <summary>The findings file: every finding of every document, then every cross-check item.</summary>
    public void WriteFindings(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var csv = CsvWriter.Create(output, null, true);
        Header(csv, FindingColumns);
        foreach (var document in report.Documents)
        {
            foreach (var f in document.Findings)
            {
                Record(csv,
                    document.Document.Path, Vocabulary.Of(document.Kind), f.Provision, f.Item, f.RuleId, Vocabulary.Of(f.Verdict), Vocabulary.Of(f.Severity),
                    f.Clause, f.Quote, f.Message, f.Recommendation, f.Suppressed ? "true" : "false", f.SuppressionJustification, f.Fingerprint);
            }
        }

        foreach (var check in report.CrossChecks)
        {
            foreach (var item in check.Items)
            {
                Record(csv,
                    check.SelfAssessment, "cross-check", item.Provision, null, item.Kind, null, null,
                    item.PolicyClause, null, item.Message, null, "false", null, null);
            }
        }
    }

    private static void Header(CsvWriter csv, string[] columns) => csv.WriteHeader(columns);

    private static void Record(CsvWriter csv, params string?[] fields) => csv.WriteRecord(fields.Select(f => f ?? string.Empty).ToArray());
}
