using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyLint.Core.Assessments;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Reporting.Json;

/// <summary>
/// Writes the JSON report contract ("policylint-report/1"). Properties are written by hand, in a
/// fixed order, so the output is stable byte for byte and fields the contract names are never renamed
/// by a serializer setting. Fields beyond the contract (asOf, mappings, errors, ...) are additions.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>How many candidate provisions each clause's mapping lists.</summary>
    public const int MappingCandidates = 3;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonReportWriter Instance { get; } = new();

    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            WriteReport(json, report);
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    private static void WriteReport(Utf8JsonWriter json, Report report)
    {
        json.WriteStartObject();
        json.WriteString("schema", ToolInfo.Schema);
        json.WriteStartObject("tool");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteEndObject();
        json.WriteStartObject("code");
        json.WriteString("id", report.Code.Id);
        json.WriteString("title", report.Code.Title);
        json.WriteString("effective", Date(report.Code.Effective));
        json.WriteEndObject();
        json.WriteString("asOf", Date(report.AsOf));

        json.WriteStartArray("documents");
        foreach (var document in report.Documents)
        {
            WriteDocument(json, document, report.Code);
        }

        json.WriteEndArray();

        json.WriteStartArray("crossChecks");
        foreach (var check in report.CrossChecks)
        {
            WriteCrossCheck(json, check);
        }

        json.WriteEndArray();

        // Self-assessments that were not cross-checked because no policy of the run is their landlord's.
        json.WriteStartArray("unpaired");
        foreach (var unpaired in report.Unpaired)
        {
            json.WriteStartObject();
            json.WriteString("selfAssessment", unpaired.SelfAssessment);
            json.WriteString("note", unpaired.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("errors");
        foreach (var error in report.Errors)
        {
            json.WriteStartObject();
            json.WriteString("path", error.Path);
            json.WriteString("cause", error.Cause);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, DocumentAnalysis analysis, CodeCatalogue code)
    {
        var document = analysis.Document;
        json.WriteStartObject();
        json.WriteString("path", document.Path);
        json.WriteString("kind", Vocabulary.Of(analysis.Kind));
        json.WriteString("sha256", document.Sha256);

        json.WriteStartObject("metadata");
        json.WriteString("title", analysis.Metadata.Title);
        json.WriteString("version", analysis.Metadata.Version);
        json.WriteString("adopted", analysis.Metadata.Adopted);
        json.WriteString("nextReview", analysis.Metadata.NextReview);
        json.WriteEndObject();

        WriteExtraction(json, document.Extraction);

        json.WriteStartArray("clauses");
        foreach (var clause in analysis.Clauses)
        {
            WriteClause(json, clause);
        }

        json.WriteEndArray();

        json.WriteStartArray("facts");
        foreach (var fact in analysis.Facts)
        {
            WriteFact(json, fact);
        }

        json.WriteEndArray();

        json.WritePropertyName("provisions");
        WriteProvisions(json, Coverage.Complete(analysis.Provisions, code));
        json.WritePropertyName("findings");
        WriteFindings(json, analysis.Findings);

        if (analysis.Assessment is { } assessment)
        {
            WriteAssessment(json, assessment);
        }

        if (analysis.CodeComparisons.Count > 0)
        {
            json.WriteStartArray("codeComparisons");
            foreach (var comparison in analysis.CodeComparisons)
            {
                json.WriteStartObject();
                json.WriteString("code", comparison.Code);
                WriteOptional(json, "summary", comparison.Summary);
                WriteOptional(json, "reason", comparison.Reason);
                json.WritePropertyName("provisions");
                WriteProvisions(json, comparison.Provisions);
                json.WritePropertyName("findings");
                WriteFindings(json, comparison.Findings);
                if (comparison.Drift.Count > 0)
                {
                    json.WriteStartArray("drift");
                    foreach (var drift in comparison.Drift)
                    {
                        json.WriteStartObject();
                        json.WriteString("provision", drift.Provision);
                        WriteOptional(json, "topic", drift.Topic);
                        json.WriteString("then", Vocabulary.Of(drift.Then));
                        json.WriteString("now", Vocabulary.Of(drift.Now));
                        WriteOptional(json, "clause", drift.Clause);
                        json.WriteString("message", drift.Message);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("mappings");
        foreach (var mapping in analysis.Mappings)
        {
            json.WriteStartObject();
            json.WriteString("clause", mapping.Clause);
            json.WriteStartArray("candidates");
            foreach (var candidate in mapping.Candidates.OrderByDescending(c => c.Probability).Take(MappingCandidates))
            {
                json.WriteStartObject();
                json.WriteString("provision", candidate.Provision);
                json.WriteNumber("probability", Round(candidate.Probability));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteExtraction(Utf8JsonWriter json, ExtractionInfo extraction)
    {
        json.WriteStartObject("extraction");
        json.WriteString("method", extraction.Method);
        if (extraction.Pages is { } pages)
        {
            json.WriteNumber("pages", pages);
        }
        else
        {
            json.WriteNull("pages");
        }

        json.WriteStartArray("warnings");
        foreach (var warning in extraction.Warnings)
        {
            json.WriteStringValue(warning);
        }

        json.WriteEndArray();
        if (extraction.OcrPages.Count > 0)
        {
            json.WriteStartArray("ocrPages");
            foreach (var page in extraction.OcrPages)
            {
                json.WriteStartObject();
                json.WriteNumber("page", page.Page);
                json.WriteNumber("meanConfidence", Round(page.MeanConfidence));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteClause(Utf8JsonWriter json, Clause clause)
    {
        json.WriteStartObject();
        json.WriteString("id", clause.Id);
        json.WriteString("heading", clause.Heading);
        json.WriteString("text", clause.Text);
        json.WriteStartObject("location");
        if (clause.Location.Page is { } page)
        {
            json.WriteNumber("page", page);
        }
        else
        {
            json.WriteNull("page");
        }

        json.WriteNumber("paragraph", clause.Location.Paragraph);
        json.WriteEndObject();
        if (clause.Items.Count > 0)
        {
            json.WriteStartArray("items");
            foreach (var item in clause.Items)
            {
                json.WriteStartObject();
                json.WriteString("label", item.Label);
                json.WriteString("text", item.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (clause.IsHeading)
        {
            json.WriteBoolean("isHeading", true);
        }

        if (clause.LowConfidenceId)
        {
            json.WriteBoolean("lowConfidenceId", true);
        }

        json.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter json, Fact fact)
    {
        json.WriteStartObject();
        json.WriteString("kind", fact.Kind);
        WriteOptional(json, "subject", fact.Subject);
        if (fact.Amount is { } amount)
        {
            json.WriteNumber("amount", amount);
        }

        WriteOptional(json, "unit", fact.Unit);
        WriteOptional(json, "from", fact.From);
        if (fact.Value is { } value)
        {
            json.WriteBoolean("value", value);
        }

        json.WriteString("clause", fact.Clause);
        json.WriteString("quote", fact.Quote);
        json.WriteEndObject();
    }

    private static void WriteProvisions(Utf8JsonWriter json, IReadOnlyList<ProvisionVerdict> provisions)
    {
        json.WriteStartArray();
        foreach (var provision in provisions)
        {
            json.WriteStartObject();
            json.WriteString("id", provision.Id);
            json.WriteString("verdict", Vocabulary.Of(provision.Verdict));
            json.WriteStartArray("clauses");
            foreach (var clause in provision.Clauses)
            {
                json.WriteStringValue(clause);
            }

            json.WriteEndArray();
            json.WriteNumber("confidence", Round(provision.Confidence));
            json.WriteString("basis", Vocabulary.Of(provision.Basis));
            if (provision.SuppressedVerdict is { } suppressed)
            {
                json.WriteString("suppressedVerdict", Vocabulary.Of(suppressed));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter json, IReadOnlyList<Finding> findings)
    {
        json.WriteStartArray();
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("provision", finding.Provision);
            WriteOptional(json, "item", finding.Item);
            json.WriteString("verdict", Vocabulary.Of(finding.Verdict));
            json.WriteString("severity", Vocabulary.Of(finding.Severity));
            json.WriteString("clause", finding.Clause);
            json.WriteString("quote", finding.Quote);
            json.WriteString("message", finding.Message);
            json.WriteString("recommendation", finding.Recommendation);
            if (finding.Suppressed)
            {
                json.WriteBoolean("suppressed", true);
                WriteOptional(json, "justification", finding.SuppressionJustification);
            }

            WriteOptional(json, "ruleName", finding.RuleName);
            WriteOptional(json, "helpUri", finding.HelpUri);
            WriteOptional(json, "fingerprint", finding.Fingerprint);
            if (finding.Confidence < 1.0)
            {
                json.WriteNumber("confidence", Round(finding.Confidence));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteAssessment(Utf8JsonWriter json, Assessment assessment)
    {
        json.WriteStartObject("assessment");
        json.WriteString("codeVersion", assessment.CodeVersion);
        WriteOptional(json, "date", assessment.Date);
        json.WriteStartArray("rows");
        foreach (var row in assessment.Rows)
        {
            json.WriteStartObject();
            json.WriteString("provision", row.Provision);
            json.WriteString("answer", Vocabulary.Answer(row.Answer));
            json.WriteStartArray("answers");
            foreach (var dated in row.Answers)
            {
                json.WriteStartObject();
                json.WriteString("date", dated.Date);
                json.WriteString("answer", Vocabulary.Answer(dated.Answer));
                WriteOptional(json, "text", dated.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("requirement", row.Requirement);
            json.WriteString("evidence", row.Evidence);
            json.WriteString("commentary", row.Commentary);
            json.WriteStartArray("citations");
            foreach (var citation in row.Citations)
            {
                json.WriteStartObject();
                json.WriteString("document", citation.Document);
                json.WriteString("section", citation.Section);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("action", row.Action);
            json.WriteString("target", row.Target);
            if (row.Overdue is { } overdue)
            {
                json.WriteBoolean("overdue", overdue);
            }
            else
            {
                json.WriteNull("overdue");
            }

            WriteOptional(json, "question", row.Question);
            WriteOptional(json, "item", row.Item);
            WriteOptional(json, "answerText", row.AnswerText);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCrossCheck(Utf8JsonWriter json, CrossCheck check)
    {
        json.WriteStartObject();
        json.WriteString("selfAssessment", check.SelfAssessment);
        json.WriteString("policy", check.Policy);
        WriteOptional(json, "pairedBy", check.PairedBy);
        json.WriteStartArray("items");
        foreach (var item in check.Items)
        {
            json.WriteStartObject();
            json.WriteString("provision", item.Provision);
            json.WriteString("kind", item.Kind);
            WriteOptional(json, "claimed", item.Claimed);
            WriteOptional(json, "policyClause", item.PolicyClause);
            WriteOptional(json, "cited", item.Cited);
            json.WriteString("message", item.Message);
            WriteOptional(json, "target", item.Target);
            if (item.Overdue is { } overdue)
            {
                json.WriteBoolean("overdue", overdue);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
