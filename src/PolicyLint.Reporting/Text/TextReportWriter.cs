using System.Globalization;
using PolicyLint.Core.Assessments;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Reporting.Text;

/// <summary>
/// A summary for a person at a terminal: per document its kind, the Code and counts by verdict,
/// document-level warnings, then conflicts and warnings (provision, clause, quote, message,
/// recommendation), then stricter findings as information; self-assessment rows; cross-checks; errors.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    private static readonly Verdict[] CountOrder = [Verdict.Conflict, Verdict.Warning, Verdict.Stricter, Verdict.Meets, Verdict.Silent];

    public static TextReportWriter Instance { get; } = new();

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{ToolInfo.Name} {ToolInfo.Version}: {report.Code.Id} {report.Code.Title} (effective {Date(report.Code.Effective)}), as of {Date(report.AsOf)}");
        if (report.Documents.Count == 0 && report.Errors.Count == 0)
        {
            output.WriteLine();
            output.WriteLine("No documents were checked.");
        }

        foreach (var document in report.Documents)
        {
            output.WriteLine();
            WriteDocument(document, report, output);
        }

        foreach (var check in report.CrossChecks)
        {
            output.WriteLine();
            WriteCrossCheck(check, output);
        }

        if (report.Unpaired.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"== Not cross-checked ({Count(report.Unpaired.Count, "self-assessment")})");
            foreach (var unpaired in report.Unpaired)
            {
                output.WriteLine($"  {unpaired.SelfAssessment}: {unpaired.Note}");
            }
        }

        if (report.Errors.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"== Not checked ({Count(report.Errors.Count, "file")} could not be read)");
            foreach (var error in report.Errors)
            {
                output.WriteLine($"  {error.Path}: {error.Cause}");
            }
        }

        if (report.Documents.Count + report.Errors.Count > 1)
        {
            output.WriteLine();
            WriteSummary(report, output);
        }
    }

    /// <summary>The batch summary: one line per document, most conflicts first, then the files not read.</summary>
    private static void WriteSummary(Report report, TextWriter output)
    {
        output.WriteLine($"== Summary ({Count(report.Documents.Count, "document")} checked, {Count(report.Errors.Count, "file")} not read)");
        output.WriteLine("  conflicts  warnings  silent  suppressed  kind             document");
        foreach (var (document, _) in BatchSummary.Ranked(report))
        {
            var c = OmbudsmanTable.Counts(document);
            var kind = Vocabulary.Of(document.Kind);
            output.WriteLine($"  {c.Conflicts,9}  {c.Warnings,8}  {(document.Assessment is null ? c.Silent.ToString(CultureInfo.InvariantCulture) : "-"),6}  {c.Suppressed,10}  {kind,-15}  {document.Document.Path}");
        }

        foreach (var error in report.Errors)
        {
            output.WriteLine($"  {"-",9}  {"-",8}  {"-",6}  {"-",10}  {"not read",-15}  {error.Path}");
        }
    }

    private static void WriteDocument(DocumentAnalysis analysis, Report report, TextWriter output)
    {
        output.WriteLine($"== {analysis.Document.Path}");
        output.WriteLine($"Kind: {Vocabulary.Of(analysis.Kind)}");
        var metadata = Metadata(analysis);
        if (metadata.Length > 0)
        {
            output.WriteLine(metadata);
        }

        var extraction = analysis.Document.Extraction;
        var pages = extraction.Pages is { } p ? $", {Count(p, "page")}" : string.Empty;
        output.WriteLine($"Read: {extraction.Method}{pages}, {Count(analysis.Clauses.Count, "clause")}, {Count(analysis.Facts.Count, "fact")}");

        if (analysis.Assessment is null)
        {
            var provisions = Coverage.Complete(analysis.Provisions, report.Code);
            var counts = CountOrder.Select(v => $"{provisions.Count(x => x.Verdict == v)} {Vocabulary.Of(v)}");
            var overridden = provisions.Count(x => x.SuppressedVerdict is not null);
            var note = overridden == 0 ? string.Empty : $" ({Count(overridden, "verdict")} changed by suppressions)";
            output.WriteLine($"Verdicts against {report.Code.Id}: {string.Join(", ", counts)}{note}");
        }

        var shown = analysis.Findings.Where(f => !f.Suppressed).ToList();
        var documentLevel = shown.Where(f => f.Provision is null).ToList();
        if (extraction.Warnings.Count > 0 || documentLevel.Count > 0 || analysis.ConfigWarnings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Document warnings");
            foreach (var warning in extraction.Warnings)
            {
                output.WriteLine($"  - reading: {warning}");
            }

            foreach (var warning in analysis.ConfigWarnings)
            {
                output.WriteLine($"  - configuration: {warning}");
            }

            foreach (var finding in documentLevel)
            {
                output.WriteLine($"  - {finding.RuleId} ({Vocabulary.Of(finding.Severity)}): {finding.Message}");
                output.WriteLine($"    Recommendation: {finding.Recommendation}");
            }
        }

        var problems = shown
            .Where(f => f.Provision is not null && f.Verdict is Verdict.Conflict or Verdict.Warning)
            .OrderByDescending(f => f.Verdict)
            .ToList();
        if (problems.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Conflicts and warnings");
            foreach (var finding in problems)
            {
                WriteFinding(finding, output);
            }
        }

        var stricter = shown.Where(f => f.Provision is not null && f.Verdict == Verdict.Stricter).ToList();
        if (stricter.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("For information: stricter than the Code");
            foreach (var finding in stricter)
            {
                WriteFinding(finding, output);
            }
        }

        var mapped = analysis.Provisions.Where(p => p.Basis == Basis.Mapping).ToList();
        if (mapped.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Found by the clause classifier only (no rule recognised the wording; worth a look)");
            foreach (var provision in mapped)
            {
                output.WriteLine($"  {provision.Id}: clause {string.Join(", ", provision.Clauses)} (probability {provision.Confidence:0.00}) -> {Vocabulary.Of(provision.Verdict)}");
            }
        }

        foreach (var comparison in analysis.CodeComparisons)
        {
            output.WriteLine();
            output.WriteLine($"Against {comparison.Code}{(comparison.Reason is null ? string.Empty : $" ({comparison.Reason})")}");
            if (comparison.Summary is not null)
            {
                output.WriteLine($"  {comparison.Summary}");
            }

            foreach (var drift in comparison.Drift)
            {
                var clause = drift.Clause is null ? string.Empty : $" (clause {drift.Clause})";
                output.WriteLine($"  - {drift.Provision}: {drift.Message}{clause}");
            }
        }

        var suppressed = analysis.Findings.Count(f => f.Suppressed);
        if (suppressed > 0)
        {
            output.WriteLine();
            output.WriteLine($"({Count(suppressed, "suppressed finding")} not shown)");
        }

        if (analysis.Assessment is { } assessment)
        {
            output.WriteLine();
            WriteAssessment(assessment, output);
        }
    }

    private static void WriteFinding(Finding finding, TextWriter output)
    {
        var item = finding.Item is null ? string.Empty : $" {finding.Item}";
        var clause = finding.Clause is null ? "no clause" : $"clause {finding.Clause}";
        output.WriteLine($"  {Vocabulary.Of(finding.Verdict).ToUpperInvariant()} {finding.Provision}{item} at {clause} [{finding.RuleId}]");
        if (!string.IsNullOrWhiteSpace(finding.Quote))
        {
            output.WriteLine($"    \"{finding.Quote}\"");
        }

        output.WriteLine($"    {finding.Message}");
        if (!string.IsNullOrWhiteSpace(finding.Recommendation))
        {
            output.WriteLine($"    Recommendation: {finding.Recommendation}");
        }
    }

    private static void WriteAssessment(Assessment assessment, TextWriter output)
    {
        var dated = assessment.Date is null ? string.Empty : $", dated {assessment.Date}";
        output.WriteLine($"Self-assessment against {assessment.CodeVersion}{dated}: {Count(assessment.Rows.Count, "row")}");
        var answers = assessment.Rows
            .GroupBy(r => Vocabulary.Answer(r.Answer) ?? "unreadable")
            .OrderBy(g => AnswerOrder(g.Key))
            .Select(g => $"{g.Count()} {g.Key}");
        output.WriteLine($"Answers: {string.Join(", ", answers)}");
        var gaps = assessment.Rows.Where(IsAdmittedGap).ToList();
        if (gaps.Count == 0)
        {
            return;
        }

        output.WriteLine("Admitted gaps");
        foreach (var row in gaps)
        {
            var provision = row.Item is null ? row.Provision ?? "?" : $"{row.Provision} {row.Item}";
            var parts = new List<string> { $"{provision}: {Vocabulary.Answer(row.Answer) ?? "unreadable"}" };
            if (row.Action is not null)
            {
                parts.Add($"action: {row.Action}");
            }

            if (row.Target is not null)
            {
                parts.Add(row.Overdue == true ? $"target {row.Target} (overdue)" : $"target {row.Target}");
            }

            output.WriteLine($"  {string.Join("; ", parts)}");
        }
    }

    private static void WriteCrossCheck(CrossCheck check, TextWriter output)
    {
        output.WriteLine($"== Cross-check: {check.SelfAssessment} against {check.Policy}");
        if (check.PairedBy is not null)
        {
            output.WriteLine($"  Paired by: {check.PairedBy}");
        }

        if (check.Items.Count == 0)
        {
            output.WriteLine("  The self-assessment's claims agree with the policy.");
            return;
        }

        foreach (var item in check.Items)
        {
            var details = new List<string>();
            if (item.Claimed is not null)
            {
                details.Add($"claimed {item.Claimed}");
            }

            if (item.Cited is not null)
            {
                details.Add($"cites {item.Cited}");
            }

            if (item.PolicyClause is not null)
            {
                details.Add($"policy clause {item.PolicyClause}");
            }

            if (item.Target is not null)
            {
                details.Add(item.Overdue == true ? $"target {item.Target}, overdue" : $"target {item.Target}");
            }

            var suffix = details.Count == 0 ? string.Empty : $" ({string.Join("; ", details)})";
            output.WriteLine($"  {item.Kind} {item.Provision ?? "(whole document)"}: {item.Message}{suffix}");
        }
    }

    private static bool IsAdmittedGap(AssessmentRow row) =>
        Vocabulary.Answer(row.Answer) is "no" or "partial" || row.Action is not null;

    private static int AnswerOrder(string answer) => answer switch
    {
        "yes" => 0,
        "partial" => 1,
        "no" => 2,
        "n/a" => 3,
        _ => 4,
    };

    private static string Metadata(DocumentAnalysis analysis)
    {
        var parts = new List<string>();
        if (analysis.Metadata.Title is not null)
        {
            parts.Add($"Title: {analysis.Metadata.Title}");
        }

        parts.AddRange(MetadataText.Parts(analysis.Metadata));
        return string.Join("; ", parts);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
