using PolicyLint.Analysis.Codes;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Assessment;
using PolicyLint.Ingest.Docx;
using PolicyLint.Ingest.Pdf;

namespace PolicyLint.Ingest.Tests.Pdf;

/// <summary>
/// The team's long landscape self-assessment (corpus/samples/assessments/kestrel-vale.assessment.md):
/// 72 five-column rows, long evidence cells, rows that break across pages, the header row repeated on
/// every page, empty cells. The DOCX is built from the markup by tools/PolicyLint.SampleBuilder, the PDF
/// from the DOCX by LibreOffice and the scan from the PDF's first three pages (tools/build-pdf-samples.sh).
/// The expected rows are the markup's, which no reader under test produced.
/// </summary>
public sealed class MultiPageTableTests
{
    private static readonly string[] Header = ["Provision", "Requirement", "Comply", "Evidence", "Commentary"];

    /// <summary>The scan is OCR'd once for all tests (a few seconds a page).</summary>
    private static readonly Lazy<Document> Scan = new(() => PdfReader.Instance.Read(Samples.Pdf("kestrel-vale.scan.pdf")));

    public static TheoryData<string> Formats => new() { "docx", "pdf" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Should_ReturnEveryRowOnceWithItsCellsJoined_When_TableSpansPages(string format)
    {
        var document = Read(format);

        var rows = BodyRows(document);
        var expected = ExpectedRows();
        rows.Select(r => r.Cells[0]).Should().Equal(expected.Select(r => r[0]), "each provision's row comes back once, in order");
        for (var i = 0; i < expected.Count; i++)
        {
            rows[i].Cells.Should().Equal(expected[i], $"row {expected[i][0]} keeps all five cells whole");
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Should_KeepOneHeaderRow_When_HeaderRepeatsOnEveryPage(string format)
    {
        var document = Read(format);

        var table = document.Blocks.Should().ContainSingle(b => b.Kind == BlockKind.Table && b.Rows![0].Cells.Count == 5).Subject;
        table.Rows![0].IsHeader.Should().BeTrue();
        table.Rows[0].Cells.Should().Equal(Header);
        table.Rows.Skip(1).Should().NotContain(r => r.IsHeader || r.Cells.SequenceEqual(Header), "the header repeated on later pages is not a row");
    }

    [Fact]
    public void Should_SpreadTheTableOverSeveralLandscapePages_When_BuiltByLibreOffice()
    {
        // A positive control for the two tests above: the PDF really has rows broken by page breaks.
        var document = PdfReader.Instance.Read(Samples.Pdf("kestrel-vale.pdf"));

        document.Extraction.Pages.Should().BeGreaterThanOrEqualTo(6);
        var continued = document.Blocks.SelectMany(b => b.Rows ?? []).Where(r => r.Cells[0].Length == 0);
        continued.Should().BeEmpty("a row broken by a page break is joined to the row it started in");
    }

    [Fact]
    public void Should_ReturnEveryRowOfTheScannedPages_When_TableIsScanned()
    {
        Samples.RequireTool("tesseract", PdfReader.TesseractPackages);

        var document = Scan.Value;

        document.Extraction.Method.Should().Be("pdf-ocr");
        var rows = BodyRows(document);
        var expected = ExpectedRows().Take(rows.Count).ToList();
        rows.Should().HaveCountGreaterThanOrEqualTo(20, "the three scanned pages hold at least 20 rows");
        for (var i = 0; i < expected.Count; i++)
        {
            // OCR at 200 dpi misreads some provision numbers ("1.2" as "12"); the assessment parser mends them (below).
            rows[i].Cells[2].Should().Be(expected[i][2], $"row {expected[i][0]} keeps its answer");
            WordOverlap(rows[i].Cells[3], expected[i][3]).Should().BeGreaterThan(0.9, $"row {expected[i][0]} keeps its evidence: '{rows[i].Cells[3]}'");
            (rows[i].Cells[4].Length == 0).Should().Be(expected[i][4].Length == 0, $"row {expected[i][0]} keeps its commentary, or its empty cell");
        }
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    [InlineData("scan")]
    public void Should_PlaceEveryRowOnItsProvision_When_AssessmentIsParsed(string format)
    {
        var document = Read(format);

        var assessment = new AssessmentParser(Code).Parse(document);

        var expected = ExpectedRows().Take(format == "scan" ? BodyRows(document).Count : int.MaxValue).ToList();
        expected.Should().HaveCountGreaterThanOrEqualTo(20);
        var rows = assessment.Rows.Where(r => r.Answer is not null || r.Evidence is not null).ToList();
        rows.Select(r => r.Provision).Should().Equal(expected.Select(r => r[0]), "each row is placed once, on its own provision");
        rows.Select(r => r.Answer).Should().Equal(expected.Select(r => Answer(r[2])));
    }

    private static readonly CodeCatalogue Code = CodeCatalogueLoader.Load("hos-2024");

    private static string? Answer(string written) => written switch
    {
        "Yes" => "yes",
        "No" => "no",
        "Partly" => "partial",
        _ => null,
    };

    private static Document Read(string format) => format switch
    {
        "docx" => DocxReader.Instance.Read(new SourceFile("kestrel-vale.docx", Path.Combine(Samples.Root, "corpus", "samples", "assessments", "kestrel-vale.docx"))),
        "scan" => Scan.Value,
        _ => PdfReader.Instance.Read(Samples.Pdf("kestrel-vale.pdf")),
    };

    private static List<TableRow> BodyRows(Document document) =>
        document.Blocks.Where(b => b.Kind == BlockKind.Table && b.Rows![0].Cells.Count == 5).SelectMany(b => b.Rows!).Where(r => !r.IsHeader).ToList();

    /// <summary>The rows as written in the markup source: "| 1.2 | requirement | Yes | evidence | commentary |".</summary>
    private static List<string[]> ExpectedRows() =>
        File.ReadAllLines(Path.Combine(Samples.Root, "corpus", "samples", "assessments", "kestrel-vale.assessment.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(l[2]))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();

    /// <summary>The share of the expected words found in the actual text (OCR may misread a letter or two).</summary>
    private static double WordOverlap(string actual, string expected)
    {
        var found = actual.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var words = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Count(found.Contains) / (double)words.Length;
    }
}
