using PolicyLint.Analysis.Codes;
using PolicyLint.Engine;
using PolicyLint.Ingest.Pdf;
using PolicyLint.Ingest.Processes;

namespace PolicyLint.Cli.Tests;

/// <summary>
/// Three policies with automatic multi-level numbering (1. / 1.1. / 1.1.1. with hanging indents),
/// lettered items, bullets and a front-matter table, each as text, DOCX, LibreOffice PDF and a scan
/// degraded as office scanners degrade pages (tools/make-scan.sh, run by tools/build-pdf-samples.sh):
/// brackenridge at 200 dpi, skewed -0.45 to +0.35 degrees, noisy JPEG pages, page 2 off-centre;
/// elmstead at 300 dpi, skewed -0.5 to +0.5 degrees, noisy JPEG; thornbury a binarised 300 dpi
/// photocopy (CCITT pages, rasterised for OCR), skewed, page 1 off-centre.
/// </summary>
public sealed class DegradedScanTests
{
    public static TheoryData<string> Policies => new() { "brackenridge", "elmstead", "thornbury" };

    [Theory]
    [MemberData(nameof(Policies))]
    public void Should_Give_The_Text_Files_Clause_Ids_And_Findings_When_The_Policy_Is_Docx_Pdf_Or_A_Degraded_Scan(string name)
    {
        ExternalProcessRunner.IsOnPath("tesseract").Should().BeTrue($"reading a scan needs the Debian packages {PdfReader.TesseractPackages} (tools/setup-system.sh installs them)");
        var checker = Composition.CreateChecker(CodeCatalogueLoader.Load("hos-2024"));

        var text = SampleFormatsTests.Analyse(checker, "policies", name + ".txt");
        var word = SampleFormatsTests.Analyse(checker, "policies", name + ".docx");
        var pdf = SampleFormatsTests.Analyse(checker, "pdf", name + ".pdf");
        var scan = SampleFormatsTests.Analyse(checker, "pdf", name + ".scan.pdf");

        scan.Document.Extraction.Method.Should().Be("pdf-ocr");
        var ids = SampleFormatsTests.NumberedClauseIds(text);
        ids.Should().Contain(id => id.Count(c => c == '.') == 2, "the sample has third-level clauses (1.2.1)");
        ids.Should().HaveCountGreaterThan(20);
        SampleFormatsTests.NumberedClauseIds(word).Should().Equal(ids, "the Word file should give the text file's clause ids");
        SampleFormatsTests.NumberedClauseIds(pdf).Should().Equal(ids, "the text-layer PDF should give the text file's clause ids");
        SampleFormatsTests.NumberedClauseIds(scan).Should().Equal(ids, "the degraded scan should give the text file's clause ids");

        var verdicts = SampleFormatsTests.Verdicts(text);
        verdicts.Should().NotBeEmpty();
        SampleFormatsTests.Verdicts(word).Should().BeEquivalentTo(verdicts, "the Word file should get the text file's findings");
        SampleFormatsTests.Verdicts(pdf).Should().BeEquivalentTo(verdicts, "the text-layer PDF should get the text file's findings");
        SampleFormatsTests.Verdicts(scan).Should().BeEquivalentTo(verdicts, "the degraded scan should get the text file's findings");
    }
}
