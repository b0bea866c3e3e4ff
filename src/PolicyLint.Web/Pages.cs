using System.Globalization;
using System.Net;
using System.Text;
using PolicyLint.Core.Pipeline;
using PolicyLint.Reporting;
using PolicyLint.Reporting.Html;

namespace PolicyLint.Web;

/// <summary>
/// The app's HTML pages, written by hand, self-contained (no external files). The report part shows the
/// Ombudsman's table from <see cref="OmbudsmanTable"/>, the same rows as the HTML, DOCX and CSV reports.
/// </summary>
public static class Pages
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:84rem;padding:0 1rem;color:#111}
        form.upload{border:1px solid #999;padding:1rem;margin-bottom:1.5rem;display:grid;gap:.6rem;grid-template-columns:max-content 1fr;align-items:center}
        form.upload button{grid-column:2;justify-self:start;padding:.4rem 1.2rem}
        table{border-collapse:collapse;width:100%;margin:1rem 0}
        th,td{border:1px solid #999;padding:.4rem;vertical-align:top;text-align:left}
        th{background:#eee}
        tr.conflict td:first-child{border-left:.4rem solid #b00}
        tr.warning td:first-child{border-left:.4rem solid #c80}
        tr.stricter td:first-child{border-left:.4rem solid #06c}
        tr.suppressed{color:#555}
        .filters label{margin-right:1rem}
        .downloads a{margin-right:1rem}
        .error{border:2px solid #b00;padding:1rem;background:#fee}
        .busy{display:none}
        form.sent .busy{display:inline}
        blockquote{margin:.3rem 0 .3rem 1rem;font-style:italic}
        """;

    private const string Script = HtmlReportWriter.FilterScript + """
        document.querySelectorAll('form.upload').forEach(function (form) {
          form.addEventListener('submit', function () { form.classList.add('sent'); });
        });
        """;


    public static string Index(IReadOnlyList<string> codes) => Page("PolicyLint", Form(codes, null));

    public static string Error(IReadOnlyList<string> codes, int status, string message) =>
        Page($"PolicyLint: {status}", $"<div class=\"error\" role=\"alert\"><h2>The document was not checked ({status})</h2><p>{E(message)}</p></div>" + Form(codes, null));

    public static string Rule(string id, string markdown) =>
        Page($"PolicyLint: rule {id}", $"<p><a href=\"/\">Check a document</a></p><h2>Rule {E(id)}</h2><pre style=\"white-space:pre-wrap\">{E(markdown)}</pre>");

    public static string Result(IReadOnlyList<string> codes, WebCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var report = check.Run.Report;
        var html = new StringBuilder();
        html.Append(Form(codes, check.Form));
        html.Append(CultureInfo.InvariantCulture, $"<h2>Checked against {E(report.Code.Title)} ({E(report.Code.Id)}) as of {report.AsOf:yyyy-MM-dd}</h2>");
        html.Append(Downloads(report));
        html.Append("<fieldset class=\"filters\"><legend>Show verdicts</legend>");
        foreach (var verdict in Vocabulary.Verdicts.Append("suppressed"))
        {
            html.Append(CultureInfo.InvariantCulture, $"<label><input type=\"checkbox\" value=\"{verdict}\" checked> {verdict}</label>");
        }

        html.Append("</fieldset>");
        foreach (var document in report.Documents)
        {
            html.Append(Document(document, report));
        }

        foreach (var cross in report.CrossChecks)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section><h3>Claims of <code>{E(cross.SelfAssessment)}</code> checked against <code>{E(cross.Policy)}</code></h3>");
            html.Append("<table class=\"crosscheck\"><thead><tr><th scope=\"col\">Provision</th><th scope=\"col\">Check</th><th scope=\"col\">Observation</th></tr></thead><tbody>");
            foreach (var item in cross.Items)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(item.Provision ?? "whole document")}</td><td>{E(item.Kind)}</td><td>{E(item.Message)}</td></tr>");
            }

            html.Append("</tbody></table></section>");
        }

        foreach (var unpaired in report.Unpaired)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><code>{E(unpaired.SelfAssessment)}</code>: {E(unpaired.Note)}.</p>");
        }

        foreach (var error in report.Errors)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"error\" role=\"alert\"><code>{E(error.Path)}</code>: {E(error.Cause)}</div>");
        }

        return Page("PolicyLint: report", html.ToString());
    }

    private static string Document(DocumentAnalysis analysis, Report report)
    {
        var html = new StringBuilder();
        var counts = OmbudsmanTable.Counts(analysis);
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"document\"><h3>{E(analysis.Metadata.Title ?? analysis.Document.Path)}</h3>");
        html.Append(CultureInfo.InvariantCulture, $"<p>File <code>{E(analysis.Document.Path)}</code>, read as {Vocabulary.Of(analysis.Kind)}: <strong class=\"conflicts\">{counts.Conflicts} conflicts</strong>, {counts.Warnings} warnings, {counts.Silent} provisions not addressed.</p>");
        foreach (var finding in analysis.Findings.Where(f => f.Provision is null))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{RuleLink(finding.RuleId)}: {E(finding.Message)} {E(finding.Recommendation)}</p>");
        }

        if (analysis.Assessment is { } assessment)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Self-assessment against {E(assessment.CodeVersion)} with {assessment.Rows.Count} rows.</p></section>");
            return html.ToString();
        }

        html.Append("<table class=\"ombudsman\"><thead><tr><th scope=\"col\">Provision</th><th scope=\"col\">Requirement</th><th scope=\"col\">Verdict</th><th scope=\"col\">Observation</th><th scope=\"col\">Recommendation</th><th scope=\"col\">Rule</th></tr></thead><tbody>");
        foreach (var row in OmbudsmanTable.Rows(analysis, report))
        {
            var verdict = row.Suppressed ? "suppressed" : row.Verdict;
            var quote = row.Quote is null ? string.Empty : $"<blockquote>Clause {E(row.Clause ?? "?")}: “{E(row.Quote)}”</blockquote>";
            var note = row.Suppressed ? $"<br><strong>Suppressed:</strong> {E(row.Justification ?? "no justification given")}" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"{verdict}\" data-verdict=\"{verdict}\"><td>{E(row.Provision)}</td><td>{E(row.Requirement)}</td><td>{verdict}</td><td>{E(row.Observation)}{quote}{note}</td><td>{E(row.Recommendation)}</td><td>{(row.Rule is null ? string.Empty : RuleLink(row.Rule))}</td></tr>");
        }

        html.Append("</tbody></table></section>");
        return html.ToString();
    }

    /// <summary>The same report in every download format, carried in the page itself, so nothing is kept on the server.</summary>
    private static string Downloads(Report report)
    {
        var links = new StringBuilder("<p class=\"downloads\">Download: ");
        foreach (var (format, label, mime) in new[]
        {
            ("json", "JSON", "application/json"), ("sarif", "SARIF", "application/sarif+json"), ("csv", "CSV", "text/csv"),
            ("html", "HTML", "text/html"), ("docx", "DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        })
        {
            links.Append(CultureInfo.InvariantCulture, $"<a download=\"report{ReportFormats.Extension(format)}\" data-format=\"{format}\" href=\"data:{mime};base64,{Convert.ToBase64String(Bytes(report, format))}\">{label}</a>");
        }

        using var findings = new StringWriter();
        Reporting.Csv.CsvReportWriter.Instance.WriteFindings(report, findings);
        links.Append(CultureInfo.InvariantCulture, $"<a download=\"report.findings.csv\" data-format=\"findings-csv\" href=\"data:text/csv;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(findings.ToString()))}\">CSV (findings)</a>");
        return links.Append("</p>").ToString();
    }

    /// <summary>One report format as bytes, through the shared report writers.</summary>
    public static byte[] Bytes(Report report, string format)
    {
        if (ReportFormats.IsBinary(format))
        {
            using var stream = new MemoryStream();
            ReportFormats.Binary(format).Write(report, stream);
            return stream.ToArray();
        }

        using var text = new StringWriter();
        ReportFormats.For(format).Write(report, text);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    private static string RuleLink(string rule) => $"<a href=\"/rules/{WebUtility.UrlEncode(rule)}\">{E(rule)}</a>";

    private static string Form(IReadOnlyList<string> codes, CheckForm? last)
    {
        var options = string.Concat(codes.Select(c => $"<option value=\"{E(c)}\"{(c == (last?.Code ?? codes[0]) ? " selected" : string.Empty)}>{E(c)}</option>"));
        return $"""
            <form class="upload" method="post" action="/check" enctype="multipart/form-data">
            <label for="file">Policy or self-assessment (DOCX, PDF, HTML or text)</label><input id="file" name="file" type="file" required>
            <label for="policy">Policy to cross-check a self-assessment with (optional)</label><input id="policy" name="policy" type="file">
            <label for="code">Code version</label><select id="code" name="code">{options}</select>
            <label for="asOf">As of (optional)</label><input id="asOf" name="asOf" type="date" value="{(last?.AsOf is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)}">
            <button type="submit">Check</button>
            <span class="busy" role="status" style="grid-column:2">Checking… a scanned PDF is read by OCR and can take a minute or two.</span>
            </form>
            """;
    }

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)}</title><style>{Style}</style></head><body>
        <h1><a href="/" style="color:inherit;text-decoration:none">PolicyLint</a></h1>
        <p>Checks a social landlord's complaints policy or self-assessment against the Housing Ombudsman's Complaint Handling Code. Uploads are deleted as soon as the report is made.</p>
        {body}
        <script>{Script}</script>
        </body></html>
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
