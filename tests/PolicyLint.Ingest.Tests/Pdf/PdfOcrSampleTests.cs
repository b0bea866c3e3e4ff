using PolicyLint.Core.Documents;
using PolicyLint.Ingest.Pdf;

namespace PolicyLint.Ingest.Tests.Pdf;

/// <summary>Reads the scanned sample once for all its tests: OCR takes a few seconds a page.</summary>
public sealed class ScannedPolicy
{
    public ScannedPolicy()
    {
        Samples.RequireTool("pdftotext", PdfReader.PopplerPackage);
        Samples.RequireTool("tesseract", PdfReader.TesseractPackages);
        Document = PdfReader.Instance.Read(Samples.Pdf("northmoor.policy.scan.pdf"));
    }

    public Document Document { get; }
}

public sealed class PdfOcrSampleTests(ScannedPolicy scan) : IClassFixture<ScannedPolicy>
{
    [Fact]
    public void Scanned_policy_is_read_by_ocr_with_the_same_outline_as_its_text_layer()
    {
        RequireTools();

        var scanned = scan.Document;
        var text = PdfReader.Instance.Read(Samples.Pdf("northmoor.policy.pdf"));

        scanned.Extraction.Method.Should().Be("pdf-ocr");
        scanned.Extraction.OcrPages.Select(p => p.Page).Should().Equal(1, 2);
        scanned.Extraction.OcrPages.Should().OnlyContain(p => p.MeanConfidence > 80);
        var outline = Samples.DescribeOutline(scanned.Blocks);
        Samples.MatchGolden(outline, Samples.GoldenPath("northmoor.policy.scan"));
        PagesAndFirstTokens(outline).Should().Equal(PagesAndFirstTokens(Samples.DescribeOutline(text.Blocks)), "OCR should find the same blocks, pages and clause numbers as the text layer");
    }

    [Fact]
    public void Mixed_document_reads_text_pages_directly_and_ocrs_only_the_scanned_ones()
    {
        RequireTools();

        var document = PdfReader.Instance.Read(Samples.Pdf("northmoor.policy.mixed.pdf"));

        document.Extraction.Method.Should().Be("pdf-ocr");
        document.Extraction.Pages.Should().Be(2);
        document.Extraction.OcrPages.Select(p => p.Page).Should().Equal(2);
        document.Blocks.Should().Contain(b => b.Location.Page == 1 && b.Text.StartsWith("1.1 This policy explains", StringComparison.Ordinal));
        document.Blocks.Should().Contain(b => b.Location.Page == 2 && b.Text.StartsWith("5.1 Where something has gone wrong", StringComparison.Ordinal));
    }

    [Fact]
    public void Scanned_table_keeps_its_rows_and_columns()
    {
        RequireTools();

        var document = scan.Document;

        var table = document.Blocks.Should().ContainSingle(b => b.Kind == BlockKind.Table).Subject;
        table.Rows!.Select(r => r.Cells.Count).Should().Equal(3, 3, 3);
        table.Rows!.Select(r => r.Cells[0]).Should().Equal("Stage", "Stage 1", "Stage 2");
        table.Rows![0].IsHeader.Should().BeTrue();
    }

    /// <summary>"page|number" for blocks that start with a number, "page|*" for the rest: OCR may misread a word, not the outline.</summary>
    private static IEnumerable<string> PagesAndFirstTokens(string outline) =>
        outline.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('|'))
            .Select(parts => $"{parts[2]}|{(parts[3].Any(char.IsDigit) ? parts[3] : "*")}");

    private static void RequireTools()
    {
        Samples.RequireTool("pdftotext", PdfReader.PopplerPackage);
        Samples.RequireTool("tesseract", PdfReader.TesseractPackages);
    }
}
