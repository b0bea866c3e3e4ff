using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Docx;
using static PolicyLint.Ingest.Tests.Docx.TestDocx;

namespace PolicyLint.Ingest.Tests.Docx;

public sealed class DocxReaderTests : IDisposable
{
    private readonly TestDocx files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Should_Read_Headings_With_Levels_When_Styles_Are_Title_Heading_Or_Based_On_A_Heading()
    {
        // Given
        var source = files.Write(
            "headings.docx",
            Para("Complaints Policy", "Title"),
            Para("Our approach", "Heading1"),
            Para("Stage one", "Heading2"),
            Para("Stage two", "PolicyHeading"),
            Para("We will listen.", "Normal"));

        // When
        var document = DocxReader.Instance.Read(source);

        // Then
        document.Blocks.Select(b => (b.Kind, b.Level, b.Style, b.Text)).Should().Equal(
            (BlockKind.Heading, 1, "Title", "Complaints Policy"),
            (BlockKind.Heading, 1, "heading 1", "Our approach"),
            (BlockKind.Heading, 2, "heading 2", "Stage one"),
            (BlockKind.Heading, 2, "Policy Heading", "Stage two"),
            (BlockKind.Paragraph, (int?)null, "Normal", "We will listen."));
        document.Extraction.Method.Should().Be("docx");
        document.Blocks.Select(b => b.Location.Paragraph).Should().Equal(0, 1, 2, 3, 4);
    }

    [Fact]
    public void Should_Compute_List_Numbers_And_Keep_Typed_Numbers_In_The_Text_When_Both_Occur()
    {
        // Given: numId 1 starts its first level at 7 and its second at 4.
        var source = files.Write(
            "numbers.docx",
            Para("Handling complaints", "ListParagraph", 1, 0),
            Para("Receipt and acknowledgement", "ListParagraph", 1, 1),
            Para("We log the complaint within two working days.", "ListParagraph", 1, 2),
            Para("A different officer reviews it.", "ListParagraph", 1, 2),
            Para("in writing;", "ListParagraph", 1, 3),
            Para("7.5 Typed-in number: we reply within eight weeks."));

        // When
        var blocks = DocxReader.Instance.Read(source).Blocks;

        // Then
        blocks.Select(b => (b.Kind, b.ListNumber, b.Level)).Should().Equal(
            (BlockKind.ListItem, "7.", 0),
            (BlockKind.ListItem, "7.4.", 1),
            (BlockKind.ListItem, "7.4.1.", 2),
            (BlockKind.ListItem, "7.4.2.", 2),
            (BlockKind.ListItem, "a.", 3),
            (BlockKind.Paragraph, null, (int?)null));
        blocks[2].Text.Should().Be("We log the complaint within two working days.");
        blocks[5].Text.Should().Be("7.5 Typed-in number: we reply within eight weeks.");
    }

    [Fact]
    public void Should_Read_A_Table_As_One_Block_With_Rows_When_The_Body_Holds_A_Table()
    {
        // Given
        var source = files.Write(
            "table.docx",
            Table(headerMarked: true, boldFirstRow: false, ["Stage", "Timescale"], ["Stage 1", "10 working days"], ["Stage 2", "20 working days"]));

        // When
        var table = DocxReader.Instance.Read(source).Blocks.Should().ContainSingle().Subject;

        // Then
        table.Kind.Should().Be(BlockKind.Table);
        table.Text.Should().Be("Stage | Timescale\nStage 1 | 10 working days\nStage 2 | 20 working days");
        table.Rows!.Select(r => (string.Join("|", r.Cells), r.IsHeader)).Should().Equal(
            ("Stage|Timescale", true),
            ("Stage 1|10 working days", false),
            ("Stage 2|20 working days", false));
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    public void Should_Mark_The_First_Row_As_Header_When_It_Is_Marked_Or_Bold(bool headerMarked, bool boldFirstRow, bool expected)
    {
        var source = files.Write("header.docx", Table(headerMarked, boldFirstRow, ["Title", "Complaints policy"], ["Version", "V3"]));

        var rows = DocxReader.Instance.Read(source).Blocks.Single().Rows!;

        rows[0].IsHeader.Should().Be(expected);
        rows[1].IsHeader.Should().BeFalse();
    }

    [Fact]
    public void Should_Number_Pages_From_Explicit_Breaks_When_There_Are_No_Rendered_Breaks()
    {
        // Given: a hard break after page 1, a style with pageBreakBefore on page 3, and a break inside a paragraph.
        var split = new Paragraph(
            new Run(new WText("Starts on page 3")),
            new Run(new Break { Type = BreakValues.Page }),
            new Run(new WText(" and runs onto page 4.")));
        var source = files.Write(
            "pages.docx",
            Para("Front page"),
            PageBreak(),
            Para("Page two"),
            Para("Page three", "NewPage"),
            split,
            Para("Page four"));

        // When
        var document = DocxReader.Instance.Read(source);

        // Then
        document.Blocks.Select(b => b.Location.Page).Should().Equal(1, 2, 3, 3, 4);
        document.Extraction.Pages.Should().Be(4);
    }

    [Fact]
    public void Should_Number_Pages_From_Rendered_Breaks_Only_When_Word_Saved_Them()
    {
        // Given: Word marks the top of every rendered page, including the one after a hard break.
        var source = files.Write(
            "rendered.docx",
            Para("Page one"),
            new Paragraph(new Run(new Break { Type = BreakValues.Page })),
            new Paragraph(new Run(new LastRenderedPageBreak(), new WText("Page two"))),
            new Paragraph(new Run(new WText("Still page two, then"), new LastRenderedPageBreak(), new WText(" page three"))),
            Para("Page three"));

        // When
        var document = DocxReader.Instance.Read(source);

        // Then
        document.Blocks.Select(b => b.Location.Page).Should().Equal(1, 2, 2, 3);
        document.Extraction.Pages.Should().Be(3);
    }

    [Fact]
    public void Should_Leave_Pages_Unknown_When_The_Document_Has_No_Page_Breaks()
    {
        var source = files.Write("flat.docx", Para("One"), Para("Two"));

        var document = DocxReader.Instance.Read(source);

        document.Blocks.Select(b => b.Location.Page).Should().Equal(new int?[] { null, null });
        document.Extraction.Pages.Should().BeNull();
    }

    [Fact]
    public void Should_Read_Only_Visible_Text_When_A_Paragraph_Has_Deletions_Field_Codes_And_Tabs()
    {
        // Given
        var paragraph = new Paragraph(
            new Run(new WText("7.6"), new TabChar(), new WText("We reply in ")),
            new DeletedRun(new Run(new DeletedText("twenty"))),
            new InsertedRun(new Run(new WText("ten"))),
            new Run(new FieldCode(" PAGE ")),
            new Run(new WText(" working days.")));
        var source = files.Write("visible.docx", paragraph);

        // When
        var block = DocxReader.Instance.Read(source).Blocks.Single();

        // Then
        block.Text.Should().Be("7.6 We reply in ten working days.");
    }

    [Fact]
    public void Should_Skip_Empty_Paragraphs_But_Still_Count_Their_Numbers_When_They_Are_Numbered()
    {
        var source = files.Write(
            "empty.docx",
            Para("First", "ListParagraph", 1, 0),
            Para(string.Empty, "ListParagraph", 1, 0),
            Para("Third", "ListParagraph", 1, 0));

        var blocks = DocxReader.Instance.Read(source).Blocks;

        blocks.Select(b => (b.ListNumber, b.Location.Paragraph)).Should().Equal(("7.", 0), ("9.", 1));
    }

    [Fact]
    public void Should_Warn_And_Read_Unnumbered_When_A_Paragraph_Uses_An_Undefined_List()
    {
        var source = files.Write("missing-list.docx", Para("Orphan", "ListParagraph", 5, 0));

        var document = DocxReader.Instance.Read(source);

        document.Blocks.Single().Kind.Should().Be(BlockKind.Paragraph);
        document.Extraction.Warnings.Should().ContainSingle().Which.Should().Contain("list 5");
    }

    [Fact]
    public void Should_Not_Change_The_Input_File_When_Reading_It()
    {
        var source = files.Write("untouched.docx", Para("Text", "ListParagraph", 1, 0));
        var before = File.ReadAllBytes(source.FullPath);
        var written = File.GetLastWriteTimeUtc(source.FullPath);

        var document = DocxReader.Instance.Read(source);

        File.ReadAllBytes(source.FullPath).Should().Equal(before);
        File.GetLastWriteTimeUtc(source.FullPath).Should().Be(written);
        document.Sha256.Should().Be(InputFiles.Sha256(before));
    }

    public static TheoryData<string, byte[], string> BadInputs()
    {
        var oleHeader = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(oleHeader, 0);
        return new TheoryData<string, byte[], string>
        {
            { "plain text renamed", Encoding.UTF8.GetBytes("This is not a Word document."), "not a DOCX file (it is not a zip archive)" },
            { "encrypted (OLE compound file)", oleHeader, "encrypted or password-protected DOCX" },
            { "zip without a document part", ZipWith("notes.txt", "hello"), "corrupt DOCX" },
            { "truncated zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00], "corrupt DOCX" },
            { "document part that is not XML", ZipWithDocumentPart("<w:document this is not xml"), "corrupt DOCX" },
        };
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Should_Raise_InputException_With_One_Line_Cause_When_The_File_Is_Not_A_Readable_Docx(string scenario, byte[] bytes, string cause)
    {
        var source = files.WriteBytes("bad.docx", bytes);

        var act = () => DocxReader.Instance.Read(source);

        var error = act.Should().Throw<InputException>(scenario).Which;
        error.Cause.Should().Contain(cause);
        error.Path.Should().Be("bad.docx");
        error.Message.Should().NotContain("\n").And.StartWith("bad.docx: ");
    }

    [Fact]
    public void Should_Raise_InputException_When_The_File_Is_Empty()
    {
        var source = files.WriteBytes("empty.docx", []);

        var act = () => DocxReader.Instance.Read(source);

        act.Should().Throw<InputException>().Which.Cause.Should().Be("empty file");
    }

    private static byte[] ZipWith(string name, string content)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(content);
        }

        return stream.ToArray();
    }

    private static byte[] ZipWithDocumentPart(string documentXml)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add(zip, "word/document.xml", documentXml);
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }
}
