using System.Text;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Pdf;
using PolicyLint.Ingest.Processes;
using UglyToad.PdfPig;

namespace PolicyLint.Ingest.Tests.Pdf;

public sealed class PdfPigRouteTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("policylint-pdfpig-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_scanned_page_s_stored_image_is_taken_out_at_its_own_resolution()
    {
        using var document = PdfDocument.Open(Samples.Pdf("northmoor.policy.scan.pdf").FullPath);

        var image = PageImage.Take(document.GetPage(1), 40_000_000);

        image.Should().NotBeNull();
        image!.Extension.Should().Be("ppm", "the sample stores 8-bit RGB samples, written out uncompressed");
        image.Dpi.Should().BeApproximately(200, 1);
        Encoding.ASCII.GetString(image.Bytes, 0, 17).Should().StartWith("P6\n1654 2339\n255\n");
    }

    [Fact]
    public void A_text_layer_pdf_is_read_without_starting_any_process()
    {
        var runner = new RecordingRunner();

        var document = new PdfReader(runner, PdfLayout.Instance, PdfReaderOptions.Default).Read(Samples.Pdf("northmoor.policy.pdf"));

        runner.Programs.Should().BeEmpty();
        document.Extraction.Method.Should().Be("pdf-text");
        document.Blocks.Should().Contain(b => b.Text.StartsWith("1.1 This policy explains", StringComparison.Ordinal));
    }

    [Fact]
    public void A_huge_image_only_page_is_rasterised_to_pgm_at_a_lower_resolution_that_fits_the_pixel_bound()
    {
        var runner = new RecordingRunner();
        var options = PdfReaderOptions.Default with { TextEngine = PdfTextEngine.PdfPig };

        // 30 x 30 inches: 300 dpi would be 81 million pixels; 40 million fit at 210 dpi.
        var document = new PdfReader(runner, PdfLayout.Instance, options).Read(Write("poster.pdf", BlankPdf(30 * 72)));

        var raster = runner.Requests.Should().ContainSingle(r => r.Program == "pdftoppm").Subject;
        raster.Arguments.Should().ContainInOrder("-r", "210").And.NotContain("-png");
        document.Extraction.Warnings.Should().Contain(w => w.Contains("OCR'd at 210 dpi", StringComparison.Ordinal));
        document.Blocks.Should().ContainSingle().Which.Text.Should().Be("Hello");
    }

    [Fact]
    public void A_page_too_large_to_ocr_even_at_the_lowest_resolution_is_skipped_not_rasterised()
    {
        var runner = new RecordingRunner();

        // 100 x 100 inches would need 63 dpi to fit 40 million pixels, under the 70 dpi floor.
        var act = () => new PdfReader(runner, PdfLayout.Instance, PdfReaderOptions.Default).Read(Write("huge.pdf", BlankPdf(100 * 72)));

        act.Should().Throw<InputException>().Which.Cause.Should().Be("no text found in the PDF");
        runner.Programs.Should().NotContain("pdftoppm");
    }

    [Fact]
    public void A_file_pdfpig_cannot_open_falls_back_to_poppler_and_gets_its_one_line_cause()
    {
        Samples.RequireTool("pdftotext", PdfReader.PopplerPackage);
        var bytes = File.ReadAllBytes(Samples.Pdf("northmoor.policy.pdf").FullPath);

        // A PDF header and nothing else: neither PdfPig nor Poppler can open it.
        var damaged = Encoding.ASCII.GetBytes("%PDF-1.4\n%junk\n");
        var reader = new PdfReader(ExternalProcessRunner.Instance, PdfLayout.Instance, PdfReaderOptions.Default);
        var document = reader.Read(Write("policy.pdf", bytes));
        document.Extraction.Warnings.Should().NotContain(w => w.StartsWith("PdfPig could not read", StringComparison.Ordinal), "a sound PDF is read by PdfPig");

        var fallback = () => reader.Read(Write("tiny.pdf", damaged));
        fallback.Should().Throw<InputException>().Which.Cause.Should().StartWith("corrupt or unreadable PDF (pdfinfo: ", "a file neither can open gets Poppler's one-line cause after PdfPig gives up");
    }

    /// <summary>A one-page PDF with no content, <paramref name="side"/> points square, with a correct cross-reference table.</summary>
    private static byte[] BlankPdf(int side)
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {side} {side}] /Resources << >> >>",
        };
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append($"{offset:D10} 00000 n \n");
        }

        text.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private SourceFile Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return new SourceFile(name, path);
    }

    /// <summary>Records every run; pdftoppm succeeds, tesseract reads one word, anything else fails.</summary>
    private sealed class RecordingRunner : IProcessRunner
    {
        private readonly List<ProcessRequest> requests = [];

        public IReadOnlyList<ProcessRequest> Requests => requests;

        public IEnumerable<string> Programs => requests.Select(r => r.Program);

        public ProcessResult Run(ProcessRequest request)
        {
            lock (requests)
            {
                requests.Add(request);
            }

            return request.Program switch
            {
                "pdftoppm" => new ProcessResult(ProcessOutcome.Exited, 0, string.Empty, string.Empty),
                "tesseract" => new ProcessResult(ProcessOutcome.Exited, 0, "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n5\t1\t1\t1\t1\t1\t300\t300\t200\t60\t95\tHello\n", string.Empty),
                _ => new ProcessResult(ProcessOutcome.Exited, 1, string.Empty, "not scripted"),
            };
        }
    }
}
