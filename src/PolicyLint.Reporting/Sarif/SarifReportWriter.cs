using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Reporting.Sarif;

/// <summary>
/// Writes the report's findings as SARIF 2.1.0: one run, the rules that fired in tool.driver.rules,
/// one result per finding located at its document (artifactLocation) and clause (logicalLocation),
/// and a suppression for each suppressed finding. Documents are listed as artifacts with their hash.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static SarifReportWriter Instance { get; } = new();

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            WriteLog(json, report);
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    private static void WriteLog(Utf8JsonWriter json, Report report)
    {
        var rules = Rules(report);
        var ruleIndex = rules.Select((r, i) => (r.RuleId, i)).ToDictionary(x => x.RuleId, x => x.i, StringComparer.Ordinal);

        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("artifacts");
        foreach (var document in report.Documents)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", ToUri(document.Document.Path));
            json.WriteEndObject();
            json.WriteStartObject("hashes");
            json.WriteString("sha-256", document.Document.Sha256);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("results");
        for (var index = 0; index < report.Documents.Count; index++)
        {
            var document = report.Documents[index];
            foreach (var finding in document.Findings)
            {
                WriteResult(json, finding, document, index, ruleIndex[finding.RuleId]);
            }
        }

        json.WriteEndArray();

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", report.Errors.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var error in report.Errors)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", $"{error.Path}: {error.Cause}");
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ToUri(error.Path));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("properties");
        json.WriteString("code", report.Code.Id);
        json.WriteString("asOf", report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteEndObject();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, Finding exemplar)
    {
        json.WriteStartObject();
        json.WriteString("id", exemplar.RuleId);
        json.WriteString("name", exemplar.RuleName ?? exemplar.RuleId);
        if (exemplar.HelpUri is { } help && Uri.TryCreate(help, UriKind.Absolute, out _))
        {
            json.WriteString("helpUri", help);
        }

        json.WriteStartObject("shortDescription");
        json.WriteString("text", ShortDescription(exemplar));
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Vocabulary.Of(exemplar.Severity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, DocumentAnalysis document, int artifactIndex, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Vocabulary.Of(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(document.Document.Path));
        json.WriteNumber("index", artifactIndex);
        json.WriteEndObject();
        json.WriteEndObject();
        if (finding.Clause is { } clause)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", clause);
            json.WriteString("fullyQualifiedName", $"{document.Document.Path}#{clause}");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();

        if (finding.Fingerprint is { } fingerprint)
        {
            json.WriteStartObject("partialFingerprints");
            json.WriteString("clauseText/v1", fingerprint);
            json.WriteEndObject();
        }

        if (finding.Suppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            if (finding.SuppressionJustification is { } justification)
            {
                json.WriteString("justification", justification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("provision", finding.Provision);
        if (finding.Item is { } item)
        {
            json.WriteString("item", item);
        }

        json.WriteString("verdict", Vocabulary.Of(finding.Verdict));
        json.WriteString("clause", finding.Clause);
        json.WriteString("quote", finding.Quote);
        json.WriteString("recommendation", finding.Recommendation);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The rules that fired, each once, in order of rule id; the first finding of each describes it.</summary>
    private static List<Finding> Rules(Report report) =>
        report.Documents
            .SelectMany(d => d.Findings)
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();

    /// <summary>"ExclusionWindowShorterThanTwelveMonths" reads as "Exclusion window shorter than twelve months".</summary>
    private static string ShortDescription(Finding exemplar)
    {
        if (exemplar.RuleName is not { Length: > 0 } name)
        {
            return exemplar.Provision is null
                ? $"{exemplar.RuleId}: a finding about the whole document"
                : $"{exemplar.RuleId}: a finding on provision {exemplar.Provision} of the Code";
        }

        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }

        return words.ToString();
    }

    /// <summary>A relative path becomes a relative URI reference with forward slashes; an absolute one a file URI.</summary>
    public static string ToUri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        var segments = path.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}
