using System.Globalization;
using PolicyLint.Core.Assessments;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Reporting.Markdown;

/// <summary>
/// Writes the shape of the Ombudsman's own policy compliance checks: for each document a table of
/// Provision | Requirement | Observation (quoting the clause) | Recommendation, one row for every
/// provision of the Code (a row per finding where rules fired), then self-assessment answers,
/// cross-checks and the files that could not be read.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public static MarkdownReportWriter Instance { get; } = new();

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"# Compliance check against {report.Code.Title} ({report.Code.Id})");
        output.WriteLine();
        output.WriteLine($"Produced by {ToolInfo.Name} {ToolInfo.Version} as of {Date(report.AsOf)}. The Code took effect on {Date(report.Code.Effective)}.");

        foreach (var document in report.Documents)
        {
            output.WriteLine();
            WriteDocument(document, report, output);
        }

        if (report.CrossChecks.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## Self-assessment claims checked against the policy");
            foreach (var check in report.CrossChecks)
            {
                output.WriteLine();
                output.WriteLine($"{Cell(check.SelfAssessment)} against {Cell(check.Policy)}" + (check.PairedBy is null ? ":" : $" (paired by: {Cell(check.PairedBy)}):"));
                output.WriteLine();
                output.WriteLine("| Provision | Check | Observation |");
                output.WriteLine("|---|---|---|");
                foreach (var item in check.Items)
                {
                    output.WriteLine($"| {Cell(item.Provision ?? "whole document")} | {Cell(item.Kind)} | {Cell(item.Message)} |");
                }
            }
        }

        if (report.Unpaired.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## Self-assessments not cross-checked");
            output.WriteLine();
            foreach (var unpaired in report.Unpaired)
            {
                output.WriteLine($"- `{unpaired.SelfAssessment}`: {Cell(unpaired.Note)}.");
            }
        }

        if (report.Errors.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## Files not checked");
            output.WriteLine();
            foreach (var error in report.Errors)
            {
                output.WriteLine($"- `{error.Path}`: {error.Cause}");
            }
        }
    }

    private static void WriteDocument(DocumentAnalysis analysis, Report report, TextWriter output)
    {
        output.WriteLine($"## {Cell(analysis.Metadata.Title ?? analysis.Document.Path)}");
        output.WriteLine();
        output.WriteLine($"File `{analysis.Document.Path}`, read as {Vocabulary.Of(analysis.Kind)}" + Version(analysis) + ".");

        var shown = analysis.Findings.Where(f => !f.Suppressed).ToList();
        var documentLevel = shown.Where(f => f.Provision is null).ToList();
        if (documentLevel.Count > 0 || analysis.Document.Extraction.Warnings.Count > 0)
        {
            output.WriteLine();
            foreach (var warning in analysis.Document.Extraction.Warnings)
            {
                output.WriteLine($"- Reading: {Cell(warning)}");
            }

            foreach (var finding in documentLevel)
            {
                output.WriteLine($"- {finding.RuleId}: {Cell(finding.Message)} {Cell(finding.Recommendation)}");
            }
        }

        if (analysis.Assessment is { } assessment)
        {
            output.WriteLine();
            WriteAssessment(assessment, output);
            return;
        }

        output.WriteLine();
        output.WriteLine("| Provision | Requirement | Observation | Recommendation |");
        output.WriteLine("|---|---|---|---|");
        var byProvision = analysis.Findings.Where(f => f.Provision is not null).ToLookup(f => f.Provision!, StringComparer.Ordinal);
        foreach (var verdict in Coverage.Complete(analysis.Provisions, report.Code))
        {
            var requirement = report.Code.Find(verdict.Id)?.Summary ?? string.Empty;
            var findings = byProvision[verdict.Id].ToList();
            if (findings.Count == 0)
            {
                output.WriteLine($"| {verdict.Id} | {Cell(requirement)} | {Cell(Observation(verdict))} | |");
                continue;
            }

            foreach (var finding in findings)
            {
                var id = finding.Item is null ? verdict.Id : $"{verdict.Id} {finding.Item}";
                var observation = Observation(finding);
                if (finding.Suppressed)
                {
                    observation = $"Suppressed: {(finding.SuppressionJustification ?? "no justification given").TrimEnd('.')}. {observation}";
                }

                output.WriteLine($"| {Cell(id)} | {Cell(requirement)} | {Cell(observation)} | {Cell(finding.Recommendation)} |");
            }
        }
    }

    private static void WriteAssessment(Assessment assessment, TextWriter output)
    {
        output.WriteLine($"Self-assessment against {assessment.CodeVersion}" + (assessment.Date is null ? string.Empty : $", dated {assessment.Date}") + ".");
        output.WriteLine();
        output.WriteLine("| Provision | Answer | Evidence | Action |");
        output.WriteLine("|---|---|---|---|");
        foreach (var row in assessment.Rows)
        {
            var id = row.Item is null ? row.Provision ?? "?" : $"{row.Provision} {row.Item}";
            var action = row.Action ?? string.Empty;
            if (row.Target is not null)
            {
                action += (action.Length > 0 ? " " : string.Empty) + $"(target {row.Target}{(row.Overdue == true ? ", overdue" : string.Empty)})";
            }

            output.WriteLine($"| {Cell(id)} | {Vocabulary.Answer(row.Answer) ?? "unreadable"} | {Cell(row.Evidence ?? string.Empty)} | {Cell(action)} |");
        }
    }

    private static string Observation(Finding finding)
    {
        var verdict = Capitalise(Vocabulary.Of(finding.Verdict));
        var quote = finding.Clause is null
            ? string.Empty
            : finding.Quote is null ? $" Clause {finding.Clause}." : $" Clause {finding.Clause} says: “{finding.Quote}”.";
        return $"{verdict}.{quote} {finding.Message}";
    }

    private static string Observation(ProvisionVerdict verdict) => verdict.Verdict switch
    {
        Verdict.Silent => "Not addressed by the policy.",
        _ when verdict.Clauses.Count == 0 => $"{Capitalise(Vocabulary.Of(verdict.Verdict))}.",
        _ => $"{Capitalise(Vocabulary.Of(verdict.Verdict))}: {(verdict.Clauses.Count == 1 ? "clause" : "clauses")} {string.Join(", ", verdict.Clauses)}.",
    };

    private static string Version(DocumentAnalysis analysis)
    {
        var parts = MetadataText.Parts(analysis.Metadata);
        return parts.Count == 0 ? string.Empty : "; " + string.Join(", ", parts);
    }

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Keeps a value inside one table cell: no line breaks, pipes escaped.</summary>
    private static string Cell(string value) =>
        value.Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace('\r', ' ')
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Trim();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
