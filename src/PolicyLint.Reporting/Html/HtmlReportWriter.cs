using System.Globalization;
using System.Net;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Reporting.Html;

/// <summary>
/// One self-contained, accessible page (no external files): for a batch a summary table first, then per
/// policy the Ombudsman's table (Provision | Requirement | Observation quoting the clause | Recommendation)
/// with filters by verdict, suppressed findings shown with their justification, self-assessment
/// cross-checks, unpaired self-assessments and unreadable files.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public static HtmlReportWriter Instance { get; } = new();

    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem;color:#111}
        table{border-collapse:collapse;width:100%;margin:1rem 0}
        th,td{border:1px solid #999;padding:.4rem;vertical-align:top;text-align:left}
        th{background:#eee}
        tr.conflict td:first-child{border-left:.4rem solid #b00}
        tr.warning td:first-child{border-left:.4rem solid #c80}
        tr.suppressed{color:#555}
        .filters label{margin-right:1rem}
        """;

    /// <summary>The verdict filter: each checkbox shows or hides the table rows of its verdict (the web app's page uses it too).</summary>
    public const string FilterScript = """
        document.querySelectorAll('.filters input').forEach(function (box) {
          box.addEventListener('change', function () {
            document.querySelectorAll('tr[data-verdict]').forEach(function (row) {
              var on = document.querySelector('.filters input[value="' + row.dataset.verdict + '"]');
              row.hidden = on !== null && !on.checked;
            });
          });
        });
        """;

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        output.WriteLine($"<title>Compliance check against {E(report.Code.Title)}</title>");
        output.WriteLine($"<style>{Style}</style></head><body>");
        output.WriteLine($"<h1>Compliance check against {E(report.Code.Title)} ({E(report.Code.Id)})</h1>");
        output.WriteLine($"<p>Produced by {E(ToolInfo.Name)} {E(ToolInfo.Version)} as of {Date(report.AsOf)}.</p>");
        output.WriteLine("<fieldset class=\"filters\"><legend>Show verdicts</legend>");
        foreach (var verdict in Vocabulary.Verdicts)
        {
            output.WriteLine($"<label><input type=\"checkbox\" value=\"{verdict}\" checked> {verdict}</label>");
        }

        output.WriteLine("<label><input type=\"checkbox\" value=\"suppressed\" checked> suppressed</label></fieldset>");
        if (report.Documents.Count > 1)
        {
            WriteSummary(report, output);
        }

        foreach (var (document, index) in report.Documents.Select((d, i) => (d, i)))
        {
            WriteDocument(document, index, report, output);
        }

        WriteCrossChecks(report, output);
        if (report.Errors.Count > 0)
        {
            output.WriteLine("<h2>Files not checked</h2><ul>");
            foreach (var error in report.Errors)
            {
                output.WriteLine($"<li><code>{E(error.Path)}</code>: {E(error.Cause)}</li>");
            }

            output.WriteLine("</ul>");
        }

        output.WriteLine($"<script>{FilterScript}</script>");
        output.WriteLine("</body></html>");
    }

    private static void WriteSummary(Report report, TextWriter output)
    {
        output.WriteLine("<h2>Summary</h2>");
        output.WriteLine("<table><caption>Documents, most conflicts first</caption><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Kind</th><th scope=\"col\">Landlord</th><th scope=\"col\">Conflicts</th><th scope=\"col\">Warnings</th><th scope=\"col\">Silent</th><th scope=\"col\">Suppressed</th></tr></thead><tbody>");
        foreach (var (document, index) in BatchSummary.Ranked(report))
        {
            var c = OmbudsmanTable.Counts(document);
            output.WriteLine($"<tr><td><a href=\"#doc{index}\">{E(document.Document.Path)}</a></td><td>{Vocabulary.Of(document.Kind)}</td><td>{E(document.Landlord ?? string.Empty)}</td><td>{c.Conflicts}</td><td>{c.Warnings}</td><td>{c.Silent}</td><td>{c.Suppressed}</td></tr>");
        }

        output.WriteLine("</tbody></table>");
    }

    private static void WriteDocument(DocumentAnalysis analysis, int index, Report report, TextWriter output)
    {
        output.WriteLine($"<section id=\"doc{index}\"><h2>{E(analysis.Metadata.Title ?? analysis.Document.Path)}</h2>");
        output.WriteLine($"<p>File <code>{E(analysis.Document.Path)}</code>, read as {Vocabulary.Of(analysis.Kind)}.</p>");
        var documentLevel = analysis.Findings.Where(f => f.Provision is null).ToList();
        if (documentLevel.Count > 0)
        {
            output.WriteLine("<ul>");
            foreach (var f in documentLevel)
            {
                var suppressed = f.Suppressed ? $" <em>Suppressed: {E(f.SuppressionJustification ?? string.Empty)}</em>" : string.Empty;
                output.WriteLine($"<li>{E(f.RuleId)}: {E(f.Message)} {E(f.Recommendation)}{suppressed}</li>");
            }

            output.WriteLine("</ul>");
        }

        if (analysis.Assessment is { } assessment)
        {
            output.WriteLine($"<p>Self-assessment against {E(assessment.CodeVersion)} with {assessment.Rows.Count} rows.</p></section>");
            return;
        }

        output.WriteLine("<table><thead><tr><th scope=\"col\">Provision</th><th scope=\"col\">Requirement</th><th scope=\"col\">Observation</th><th scope=\"col\">Recommendation</th></tr></thead><tbody>");
        foreach (var row in OmbudsmanTable.Rows(analysis, report))
        {
            var verdict = row.Suppressed ? "suppressed" : row.Verdict;
            var css = row.Suppressed ? "suppressed" : row.Verdict;
            var note = row.Suppressed ? $"<br><strong>Suppressed:</strong> {E(row.Justification ?? "no justification given")}" : string.Empty;
            output.WriteLine($"<tr class=\"{css}\" data-verdict=\"{verdict}\"><td>{E(row.Provision)}</td><td>{E(row.Requirement)}</td><td>{E(row.Observation)}{note}</td><td>{E(row.Recommendation)}</td></tr>");
        }

        output.WriteLine("</tbody></table></section>");
    }

    private static void WriteCrossChecks(Report report, TextWriter output)
    {
        if (report.CrossChecks.Count == 0 && report.Unpaired.Count == 0)
        {
            return;
        }

        output.WriteLine("<h2>Self-assessment claims checked against the policy</h2>");
        foreach (var check in report.CrossChecks)
        {
            output.WriteLine($"<h3><code>{E(check.SelfAssessment)}</code> against <code>{E(check.Policy)}</code></h3>");
            if (check.PairedBy is not null)
            {
                output.WriteLine($"<p>Paired by: {E(check.PairedBy)}.</p>");
            }

            output.WriteLine("<table><thead><tr><th scope=\"col\">Provision</th><th scope=\"col\">Check</th><th scope=\"col\">Observation</th></tr></thead><tbody>");
            foreach (var item in check.Items)
            {
                output.WriteLine($"<tr><td>{E(item.Provision ?? "whole document")}</td><td>{E(item.Kind)}</td><td>{E(item.Message)}</td></tr>");
            }

            output.WriteLine("</tbody></table>");
        }

        foreach (var unpaired in report.Unpaired)
        {
            output.WriteLine($"<p><code>{E(unpaired.SelfAssessment)}</code>: {E(unpaired.Note)}.</p>");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
