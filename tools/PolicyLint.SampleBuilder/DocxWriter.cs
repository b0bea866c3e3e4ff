using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyLint.SampleBuilder;

/// <summary>
/// Writes a sample as a .docx whose numbers are real Word list numbering, never typed text:
/// <list type="bullet">
/// <item>list 1 (abstract 0): clauses. Level 0 "%1." is tied to Heading1, whose style carries the numPr
/// (outline-numbered headings); levels 1 and 2 are "%1.%2." and "%1.%2.%3." on List Paragraph.</item>
/// <item>lists 10, 11, ... (abstract 1): one per run of lettered items, each restarting at a. through a
/// startOverride; level 1 is "(%2)" lower roman.</item>
/// <item>list 2 (abstract 2): bullets, in the Symbol font as Word stores them.</item>
/// </list>
/// The package is written with fixed part names, relationship ids, core properties and zip timestamps,
/// so the same markup gives the same bytes.
/// </summary>
public static partial class DocxWriter
{
    private const int ClauseList = 1;
    private const int BulletList = 2;
    private static readonly DateTime FixedTime = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static byte[] Write(Sample sample)
    {
        using var raw = new MemoryStream();
        using (var document = WordprocessingDocument.Create(raw, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = Styles();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
            numbering.Numbering = Numbering(sample.Elements.Where(e => e.ListId != 0).Select(e => e.ListId).Distinct());
            main.Document = new Document(Body(sample));
            var core = document.AddCoreFilePropertiesPart();
            using (var writer = new StreamWriter(core.GetStream(FileMode.Create)))
            {
                writer.Write(CoreProperties(sample.Title));
            }
        }

        return Normalise(raw.ToArray());
    }

    private static Body Body(Sample sample)
    {
        var body = new Body();
        Table? table = null;
        foreach (var element in sample.Elements)
        {
            if (element.Kind != ElementKind.TableRow)
            {
                table = null;
            }

            switch (element.Kind)
            {
                case ElementKind.TableRow:
                    if (table is null || element.StartsTable)
                    {
                        table = NewTable(element.Cells.Count);
                        body.Append(table);
                    }

                    table.Append(Row(element));
                    break;
                case ElementKind.PageBreak:
                    body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                    break;
                case ElementKind.Title:
                    body.Append(Styled("Title", element.Text));
                    break;
                case ElementKind.Heading:
                    // A numbered heading gets its number from the Heading1 style; nothing is typed.
                    body.Append(Styled(element.HeadingLevel == 1 ? "Heading1" : "Heading2", element.Text));
                    break;
                case ElementKind.Clause:
                    body.Append(Numbered(ClauseList, element.Depth, element.Text));
                    break;
                case ElementKind.Letter:
                case ElementKind.Roman:
                    body.Append(Numbered(element.ListId, element.Depth, element.Text));
                    break;
                case ElementKind.Bullet:
                    body.Append(Numbered(BulletList, 0, element.Text));
                    break;
                default:
                    body.Append(new Paragraph(TextRun(element.Text)));
                    break;
            }
        }

        // A4, portrait or landscape (a landscape page has narrower margins, as wide assessment tables do).
        body.Append(sample.Landscape
            ? new SectionProperties(
                new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 708U, Footer = 708U, Gutter = 0U })
            : new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 708U, Footer = 708U, Gutter = 0U }));
        return body;
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), TextRun(text));

    private static Paragraph Numbered(int numId, int level, string text) =>
        new(
            new ParagraphProperties(
                new ParagraphStyleId { Val = "ListParagraph" },
                new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
            TextRun(text));

    private static Run TextRun(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>
    /// Two-column tables (front matter) get a narrow label column; five-column self-assessment tables
    /// get narrow provision and answer columns and a wide evidence column; others share the width.
    /// </summary>
    private static Table NewTable(int columns)
    {
        int[] widths = columns switch
        {
            2 => [3000, 6000],
            5 => [1500, 2900, 1200, 5300, 3600],
            _ => Enumerable.Repeat(9000 / Math.Max(1, columns), columns).ToArray(),
        };
        return new(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
    }

    private static TableRow Row(Element element)
    {
        var row = new TableRow();
        if (element.IsHeaderRow)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < element.Cells.Count; i++)
        {
            // Front-matter tables have their field names in bold; header rows are bold throughout.
            var bold = element.IsHeaderRow || (i == 0 && element.Cells.Count == 2);
            row.Append(new TableCell(new Paragraph(TextRun(element.Cells[i], bold))));
        }

        return row;
    }

    private static Styles Styles()
    {
        var normal = new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }),
            new StyleRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial" }, new FontSize { Val = "22" }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        var title = new Style(
            new StyleName { Val = "Title" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleRunProperties(new Bold(), new FontSize { Val = "48" }))
        { Type = StyleValues.Paragraph, StyleId = "Title" };
        var heading1 = new Style(
            new StyleName { Val = "heading 1" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(
                new KeepNext(),
                new NumberingProperties(new NumberingId { Val = ClauseList }),
                new SpacingBetweenLines { Before = "240" },
                new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "28" }))
        { Type = StyleValues.Paragraph, StyleId = "Heading1" };
        var heading2 = new Style(
            new StyleName { Val = "heading 2" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "24" }))
        { Type = StyleValues.Paragraph, StyleId = "Heading2" };
        var listParagraph = new Style(
            new StyleName { Val = "List Paragraph" },
            new BasedOn { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new Indentation { Left = "720" }))
        { Type = StyleValues.Paragraph, StyleId = "ListParagraph" };
        var tableGrid = new Style(
            new StyleName { Val = "Table Grid" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U },
                new BottomBorder { Val = BorderValues.Single, Size = 4U },
                new LeftBorder { Val = BorderValues.Single, Size = 4U },
                new RightBorder { Val = BorderValues.Single, Size = 4U },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U })))
        { Type = StyleValues.Table, StyleId = "TableGrid" };
        return new Styles(normal, title, heading1, heading2, listParagraph, tableGrid);
    }

    private static Numbering Numbering(IEnumerable<int> letterLists)
    {
        var clauses = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            Level(0, NumberFormatValues.Decimal, "%1.", style: "Heading1"),
            Level(1, NumberFormatValues.Decimal, "%1.%2."),
            Level(2, NumberFormatValues.Decimal, "%1.%2.%3."))
        { AbstractNumberId = 0 };
        var letters = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            Level(0, NumberFormatValues.LowerLetter, "%1."),
            Level(1, NumberFormatValues.LowerRoman, "(%2)"))
        { AbstractNumberId = 1 };
        var bulletLevel = Level(0, NumberFormatValues.Bullet, "\uF0B7");
        bulletLevel.Append(new NumberingSymbolRunProperties(new RunFonts { Ascii = "Symbol", HighAnsi = "Symbol", Hint = FontTypeHintValues.Default }));
        var bullets = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }, bulletLevel) { AbstractNumberId = 2 };
        var numbering = new Numbering(clauses, letters, bullets);
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = ClauseList });
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = BulletList });
        foreach (var id in letterLists)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = 1 },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            { NumberID = id });
        }

        return numbering;
    }

    private static Level Level(int index, NumberFormatValues format, string text, string? style = null)
    {
        var level = new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format });
        if (style is not null)
        {
            level.Append(new ParagraphStyleIdInLevel { Val = style });
        }

        level.Append(
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = (360 + (360 * index)).ToString(), Hanging = "360" }));
        level.LevelIndex = index;
        return level;
    }

    private static string CoreProperties(string title) =>
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{System.Security.SecurityElement.Escape(title)}</dc:title><dc:creator>PolicyLint sample builder</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>
        """;

    /// <summary>Copies the package into a new zip with fixed entry times, keeping the entry order.</summary>
    private static byte[] Normalise(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    // The SDK names package relationships at random; nothing refers to them, so number them.
                    using var reader = new StreamReader(from);
                    var count = 0;
                    var rels = RandomRelationshipId().Replace(reader.ReadToEnd(), _ => $"Id=\"rIdPackage{++count}\"");
                    using var writer = new StreamWriter(to);
                    writer.Write(rels);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    [System.Text.RegularExpressions.GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial System.Text.RegularExpressions.Regex RandomRelationshipId();
}
