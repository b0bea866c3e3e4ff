using PolicyLint.Core.Documents;
using PolicyLint.Ingest.Pdf;

namespace PolicyLint.Ingest.Tests.Pdf;

public sealed class PdfSampleTests
{
    [Theory]
    [InlineData("northmoor.policy.pdf")]
    [InlineData("northmoor.self-assessment.pdf")]
    public void Text_layer_samples_read_as_their_golden_blocks(string name)
    {
        Samples.RequireTool("pdftotext", PdfReader.PopplerPackage);

        var document = PdfReader.Instance.Read(Samples.Pdf(name));

        document.Extraction.Method.Should().Be("pdf-text");
        document.Extraction.OcrPages.Should().BeEmpty();
        Samples.MatchGolden(Samples.Describe(document.Blocks), Samples.GoldenPath(Path.GetFileNameWithoutExtension(name)));
    }

    [Fact]
    public void Self_assessment_table_comes_back_as_exactly_its_72_rows_under_one_header()
    {
        Samples.RequireTool("pdftotext", PdfReader.PopplerPackage);

        var document = PdfReader.Instance.Read(Samples.Pdf("northmoor.self-assessment.pdf"));

        var table = document.Blocks.Should().ContainSingle(b => b.Kind == BlockKind.Table).Subject;
        table.Rows![0].IsHeader.Should().BeTrue();
        table.Rows[0].Cells.Should().Equal("Code provision", "Code requirement", "Comply", "Evidence", "Commentary");
        var body = table.Rows.Skip(1).ToList();
        body.Should().HaveCount(72);
        body.Should().OnlyContain(r => !r.IsHeader && r.Cells.Count == 5);
        body.Select(r => r.Cells[0]).Should().Equal(ExpectedProvisions());
        body.Should().OnlyContain(r => r.Cells[2] == "Yes" || r.Cells[2] == "No" || r.Cells[2] == "Partly");
    }

    [Fact]
    public void Self_assessment_row_split_by_a_page_break_keeps_its_whole_commentary()
    {
        Samples.RequireTool("pdftotext", PdfReader.PopplerPackage);

        var document = PdfReader.Instance.Read(Samples.Pdf("northmoor.self-assessment.pdf"));

        var rows = document.Blocks.Single(b => b.Kind == BlockKind.Table).Rows!;
        rows.Should().NotContain(r => r.Cells[0].Length == 0, "a row continued on the next page joins the row it started in");
        rows.Where(r => !r.IsHeader).Select(r => r.Cells[4]).Should().OnlyContain(c => c.EndsWith('.'), "every commentary in the sample is a finished sentence");
    }

    [Fact]
    public void Running_headers_and_page_numbers_are_dropped()
    {
        Samples.RequireTool("pdftotext", PdfReader.PopplerPackage);

        var document = PdfReader.Instance.Read(Samples.Pdf("northmoor.self-assessment.pdf"));

        document.Extraction.Pages.Should().BeGreaterThan(5);
        document.Blocks.Should().NotContain(b => b.Text.Contains("Page ", StringComparison.Ordinal) && b.Text.Contains(" of ", StringComparison.Ordinal));
        document.Blocks.Should().NotContain(b => b.Text.Contains("Code self-assessment 2024", StringComparison.Ordinal));
    }

    private static IEnumerable<string> ExpectedProvisions()
    {
        (int Section, int From, int To)[] sections = [(1, 2, 8), (2, 1, 7), (3, 1, 8), (4, 1, 9), (5, 1, 9), (6, 1, 8), (7, 1, 8), (8, 1, 8), (9, 1, 8)];
        return sections.SelectMany(s => Enumerable.Range(s.From, s.To - s.From + 1).Select(n => $"{s.Section}.{n}"));
    }
}
