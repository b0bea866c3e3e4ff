using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Ingest.Tests.Docx;

/// <summary>
/// Builds small .docx files for reader tests, in a temporary folder that is removed on dispose.
/// The package has heading styles (one based on another), List Paragraph, and one multi-level
/// decimal list (numId 1) whose first level starts at 7 and whose second level starts at 4.
/// </summary>
internal sealed class TestDocx : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("policylint-docx-").FullName;

    public SourceFile Write(string name, params OpenXmlElement[] bodyContent)
    {
        var path = Path.Combine(folder, name);
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                ParagraphStyle("Normal", "Normal", null),
                ParagraphStyle("Title", "Title", "Normal"),
                ParagraphStyle("Heading1", "heading 1", "Normal", new OutlineLevel { Val = 0 }),
                ParagraphStyle("Heading2", "heading 2", "Normal", new OutlineLevel { Val = 1 }),
                ParagraphStyle("PolicyHeading", "Policy Heading", "Heading2"),
                ParagraphStyle("ListParagraph", "List Paragraph", "Normal"),
                ParagraphStyle("NewPage", "New Page", "Normal", new PageBreakBefore()));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    Level(0, NumberFormatValues.Decimal, "%1.", 7),
                    Level(1, NumberFormatValues.Decimal, "%1.%2.", 4),
                    Level(2, NumberFormatValues.Decimal, "%1.%2.%3."),
                    Level(3, NumberFormatValues.LowerLetter, "%4."))
                { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            main.Document = new Document(new Body(bodyContent));
        }

        return new SourceFile(name, path);
    }

    public SourceFile WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return new SourceFile(name, path);
    }

    public static Paragraph Para(string text, string? style = null, int? numId = null, int? level = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (numId is not null)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level ?? 0 }, new NumberingId { Val = numId }));
        }

        return new Paragraph(properties, new Run(new WText(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    public static Table Table(bool headerMarked, bool boldFirstRow, params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }));
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new TableRow();
            if (r == 0 && headerMarked)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            foreach (var cell in rows[r])
            {
                var run = new Run(new WText(cell));
                if (r == 0 && boldFirstRow)
                {
                    run.PrependChild(new RunProperties(new Bold()));
                }

                row.Append(new TableCell(new Paragraph(run)));
            }

            table.Append(row);
        }

        return table;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Style ParagraphStyle(string id, string name, string? basedOn, params OpenXmlElement[] paragraphProperties)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (paragraphProperties.Length > 0)
        {
            style.Append(new StyleParagraphProperties(paragraphProperties));
        }

        return style;
    }

    private static Level Level(int index, NumberFormatValues format, string text, int start = 1) =>
        new(new StartNumberingValue { Val = start }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}
