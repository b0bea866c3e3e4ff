using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Reporting.Docx;

/// <summary>
/// A Word document a landlord can edit: per policy the Ombudsman's table (Provision | Requirement |
/// Observation | Recommendation), suppressed rows marked with their justification, then the cross-checks.
/// </summary>
public sealed class DocxReportWriter : IBinaryReportWriter
{
    public static DocxReportWriter Instance { get; } = new();

    public void Write(Report report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var memory = new MemoryStream();
        using (var package = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var body = new Body();
            body.Append(Heading($"Compliance check against {report.Code.Title} ({report.Code.Id})", 1));
            body.Append(Para($"Produced by {ToolInfo.Name} {ToolInfo.Version} as of {report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}."));
            foreach (var document in report.Documents)
            {
                body.Append(Heading(document.Metadata.Title ?? document.Document.Path, 2));
                body.Append(Para($"File {document.Document.Path}, read as {Vocabulary.Of(document.Kind)}."));
                if (document.Assessment is not null)
                {
                    continue;
                }

                var rows = OmbudsmanTable.Rows(document, report)
                    .Select(r => new[]
                    {
                        r.Provision,
                        r.Requirement,
                        r.Suppressed ? $"{r.Observation} Suppressed: {r.Justification ?? "no justification given"}" : r.Observation,
                        r.Recommendation,
                    });
                body.Append(Table(["Provision", "Requirement", "Observation", "Recommendation"], rows));
            }

            foreach (var check in report.CrossChecks)
            {
                body.Append(Heading($"{check.SelfAssessment} against {check.Policy}", 2));
                body.Append(Table(["Provision", "Check", "Observation"], check.Items.Select(i => new[] { i.Provision ?? "whole document", i.Kind, i.Message })));
            }

            foreach (var unpaired in report.Unpaired)
            {
                body.Append(Para($"{unpaired.SelfAssessment}: {unpaired.Note}."));
            }

            foreach (var error in report.Errors)
            {
                body.Append(Para($"Not checked: {error.Path}: {error.Cause}"));
            }

            body.Append(new SectionProperties(new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        memory.Position = 0;
        memory.CopyTo(output);
    }

    private static Paragraph Heading(string text, int level) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), new Run(new RunProperties(new Bold()), new W.Text(text)));

    private static Paragraph Para(string text) => new(new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(string[] header, IEnumerable<string[]> rows)
    {
        var table = new Table(new TableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(Row(header, isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, isHeader: false));
        }

        return table;
    }

    private static W.TableRow Row(string[] cells, bool isHeader)
    {
        var row = new W.TableRow();
        if (isHeader)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var run = isHeader ? new Run(new RunProperties(new Bold()), new W.Text(cell)) : new Run(new W.Text(cell) { Space = SpaceProcessingModeValues.Preserve });
            row.Append(new TableCell(new Paragraph(run)));
        }

        return row;
    }
}
