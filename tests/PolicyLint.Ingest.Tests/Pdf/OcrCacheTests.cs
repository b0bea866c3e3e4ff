using PolicyLint.Ingest.Pdf;
using PolicyLint.Ingest.Processes;

namespace PolicyLint.Ingest.Tests.Pdf;

public sealed class OcrCacheTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "policylint-ocr-cache-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Should_SkipTesseractAndSaySo_When_TheSameScanIsCheckedAgain()
    {
        Samples.RequireTool("tesseract", PdfReader.TesseractPackages);
        var runner = new CountingRunner();
        var reader = new PdfReader(runner, PdfLayout.Instance, PdfReaderOptions.Default with { OcrCacheFolder = folder });

        var first = reader.Read(Samples.Pdf("northmoor.policy.scan.pdf"));
        var firstRuns = runner.Tesseract;
        var second = reader.Read(Samples.Pdf("northmoor.policy.scan.pdf"));

        firstRuns.Should().Be(2, "the first check OCRs both pages");
        runner.Tesseract.Should().Be(firstRuns, "the second check takes both pages from the cache");
        first.Extraction.Warnings.Should().NotContain(w => w.Contains("OCR cache", StringComparison.Ordinal));
        second.Extraction.Warnings.Should().Contain(w => w.StartsWith("OCR of pages 1, 2 was taken from the OCR cache", StringComparison.Ordinal));
        Samples.Describe(second.Blocks).Should().Be(Samples.Describe(first.Blocks));
        second.Extraction.OcrPages.Should().BeEquivalentTo(first.Extraction.OcrPages);
    }

    [Fact]
    public void Should_RunTesseractEveryTime_When_TheCacheIsOff()
    {
        Samples.RequireTool("tesseract", PdfReader.TesseractPackages);
        var runner = new CountingRunner();
        var reader = new PdfReader(runner, PdfLayout.Instance, PdfReaderOptions.Default with { OcrCacheFolder = null });

        reader.Read(Samples.Pdf("northmoor.policy.scan.pdf"));
        reader.Read(Samples.Pdf("northmoor.policy.scan.pdf"));

        runner.Tesseract.Should().Be(4);
    }

    [Fact]
    public void Should_KeyOnTheImageAndItsResolution_When_Hashing()
    {
        byte[] image = [1, 2, 3];

        OcrCache.Key(image, 200, true).Should().Be(OcrCache.Key([1, 2, 3], 200, true));
        OcrCache.Key(image, 200, true).Should().NotBe(OcrCache.Key([1, 2, 4], 200, true));
        OcrCache.Key(image, 200, true).Should().NotBe(OcrCache.Key(image, 300, true));
        OcrCache.Key(image, 200, true).Should().NotBe(OcrCache.Key(image, 200, false));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class CountingRunner : IProcessRunner
    {
        private int tesseract;

        public int Tesseract => tesseract;

        public ProcessResult Run(ProcessRequest request)
        {
            if (request.Program == "tesseract")
            {
                Interlocked.Increment(ref tesseract);
            }

            return ExternalProcessRunner.Instance.Run(request);
        }
    }
}
