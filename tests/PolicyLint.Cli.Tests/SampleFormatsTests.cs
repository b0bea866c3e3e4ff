using PolicyLint.Engine;
using System.Text.RegularExpressions;
using PolicyLint.Analysis.Codes;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Pdf;
using PolicyLint.Ingest.Processes;
using PolicyLint.Testing;

namespace PolicyLint.Cli.Tests;

/// <summary>
/// One policy in four formats, through the real readers and stages: the text and the Word file it
/// was written in, the PDF LibreOffice made of it, and that PDF's pages scanned (read by OCR). OCR
/// may misspell a quoted word, but clause numbers and verdicts must come out the same.
/// </summary>
public sealed partial class SampleFormatsTests
{
    internal static readonly DateOnly AsOf = new(2026, 11, 22);

    [Fact]
    public void Should_Give_The_Same_Clause_Ids_And_Verdicts_When_The_Sample_Policy_Is_Docx_Text_Pdf_Or_Scan()
    {
        ExternalProcessRunner.IsOnPath("pdftotext").Should().BeTrue($"reading a PDF needs the Debian package {PdfReader.PopplerPackage} (tools/setup-system.sh installs it)");
        ExternalProcessRunner.IsOnPath("tesseract").Should().BeTrue($"reading a scan needs the Debian packages {PdfReader.TesseractPackages} (tools/setup-system.sh installs them)");
        var checker = Composition.CreateChecker(CodeCatalogueLoader.Load("hos-2024"));

        var text = Analyse(checker, "policies", "harbourside.txt");
        var word = Analyse(checker, "policies", "harbourside.docx");
        var pdf = Analyse(checker, "pdf", "harbourside.pdf");
        var scan = Analyse(checker, "pdf", "harbourside.scan.pdf");

        scan.Document.Extraction.Method.Should().Be("pdf-ocr");
        pdf.Document.Extraction.Method.Should().Be("pdf-text");
        var ids = NumberedClauseIds(text);
        ids.Should().HaveCountGreaterThan(60, "the sample numbers every clause from 1.1 to 12.5");
        NumberedClauseIds(word).Should().Equal(ids, "the Word file should give the text file's clause ids");
        NumberedClauseIds(pdf).Should().Equal(ids, "the text-layer PDF should give the text file's clause ids");
        NumberedClauseIds(scan).Should().Equal(ids, "the scanned PDF should give the text file's clause ids");

        var verdicts = Verdicts(text);
        verdicts.Should().NotBeEmpty();
        Verdicts(word).Should().BeEquivalentTo(verdicts, "the Word file should get the text file's findings");
        Verdicts(pdf).Should().BeEquivalentTo(verdicts, "the text-layer PDF should get the text file's findings");
        Verdicts(scan).Should().BeEquivalentTo(verdicts, "the scanned PDF should get the text file's findings");
    }

    internal static DocumentAnalysis Analyse(PolicyLint.Analysis.Checking.Checker checker, string folder, string name)
    {
        var path = RepoRoot.Combine("corpus", "samples", folder, name);
        var report = checker.Check([new SourceFile(name, path)], CodeCatalogueLoader.Load("hos-2024"), AsOf);
        report.Errors.Should().BeEmpty($"{name} should be readable");
        return report.Documents.Should().ContainSingle().Subject;
    }

    /// <summary>The document's own clause numbers in order; "pN" ids of unnumbered front matter depend on how the format splits it.</summary>
    internal static List<string> NumberedClauseIds(DocumentAnalysis analysis) =>
        analysis.Clauses.Select(c => c.Id).Where(id => !FrontMatterId().IsMatch(id)).ToList();

    /// <summary>(rule, provision, item, verdict, clause) of every finding, any front-matter clause id written as "pN".</summary>
    internal static HashSet<string> Verdicts(DocumentAnalysis analysis) =>
        analysis.Findings
            .Select(f => $"{f.RuleId}|{f.Provision}|{f.Item}|{f.Verdict}|{(f.Clause is { } clause && FrontMatterId().IsMatch(clause) ? "pN" : f.Clause)}")
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^p\d+$")]
    private static partial Regex FrontMatterId();
}
