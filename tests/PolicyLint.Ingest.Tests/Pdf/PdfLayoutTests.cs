using PolicyLint.Core.Documents;
using PolicyLint.Ingest.Pdf;

namespace PolicyLint.Ingest.Tests.Pdf;

/// <summary>The layout rules on word boxes placed by hand: no tools needed.</summary>
public sealed class PdfLayoutTests
{
    private const double Size = 12;

    [Fact]
    public void Two_column_page_is_read_left_column_first()
    {
        var page = new PageBuilder(1);
        page.Line(60, 60, "Two column newsletter");
        for (var i = 0; i < 8; i++)
        {
            page.Line(60, 100 + (i * 14), $"left{i} words here");
            page.Line(320, 100 + (i * 14), $"right{i} words here");
        }

        var text = string.Join(" ", PdfLayout.Instance.Arrange([page.Build()]).Select(b => b.Text));

        text.IndexOf("left7", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("right0", StringComparison.Ordinal));
        text.Should().StartWith("Two column newsletter");
    }

    [Fact]
    public void Lines_merge_into_paragraphs_and_hyphenated_words_are_mended()
    {
        var page = new PageBuilder(1);
        page.Line(60, 100, "We will acknowledge every com-");
        page.Line(60, 114, "plaint in writing.");
        page.Line(60, 140, "A new paragraph starts after a gap.");

        var blocks = PdfLayout.Instance.Arrange([page.Build()]);

        blocks.Select(b => b.Text).Should().Equal("We will acknowledge every complaint in writing.", "A new paragraph starts after a gap.");
    }

    [Fact]
    public void A_clause_number_or_list_label_starts_a_new_block_even_without_a_gap()
    {
        var page = new PageBuilder(1);
        page.Line(60, 100, "7.4 Stage one covers the first response");
        page.Line(60, 114, "7.4.1 We will reply within ten working days");
        page.Line(60, 128, "a. by letter");
        page.Line(60, 142, "• by email");

        var blocks = PdfLayout.Instance.Arrange([page.Build()]);

        blocks.Select(b => $"{b.Kind}|{b.ListNumber}|{b.Text}").Should().Equal(
            "Paragraph||7.4 Stage one covers the first response",
            "Paragraph||7.4.1 We will reply within ten working days",
            "ListItem|a|by letter",
            "ListItem|•|by email");
    }

    [Fact]
    public void Running_headers_footers_and_page_numbers_are_dropped_and_pages_kept()
    {
        var pages = Enumerable.Range(1, 3).Select(n =>
        {
            var page = new PageBuilder(n);
            page.Line(60, 30, "Acme Housing complaints policy");
            page.Line(60, 300, $"Body text of page {n}.");
            page.Line(280, 810, $"Page {n} of 3");
            return page.Build();
        }).ToList();

        var blocks = PdfLayout.Instance.Arrange(pages);

        blocks.Select(b => (b.Location.Page, b.Text)).Should().Equal((1, "Body text of page 1."), (2, "Body text of page 2."), (3, "Body text of page 3."));
    }

    [Fact]
    public void Table_row_broken_by_a_page_stays_one_row_and_the_repeated_header_is_not_duplicated()
    {
        var first = new PageBuilder(1);
        Row(first, 100, "Ref", "Finding");
        Row(first, 120, "1.1", "Short answer.");
        Row(first, 140, "1.2", "A long answer that");
        first.Line(200, 154, "carries on");
        var second = new PageBuilder(2);
        Row(second, 60, "Ref", "Finding");
        second.Line(200, 80, "onto the next page.");
        Row(second, 100, "1.3", "Last answer.");

        var blocks = PdfLayout.Instance.Arrange([first.Build(), second.Build()]);

        var table = blocks.Should().ContainSingle().Subject;
        table.Kind.Should().Be(BlockKind.Table);
        table.Rows!.Select(r => (r.IsHeader, string.Join(" | ", r.Cells))).Should().Equal(
            (true, "Ref | Finding"),
            (false, "1.1 | Short answer."),
            (false, "1.2 | A long answer that carries on onto the next page."),
            (false, "1.3 | Last answer."));
    }

    [Theory]
    [InlineData("7.4.l", 95, "7.4.1", true)]
    [InlineData("7.O", 95, "7.0", true)]
    [InlineData("7,4", 95, "7.4", true)]
    [InlineData("7.4.1.", 95, "7.4.1", false)]
    [InlineData("7.4.1", 55, "7.4.1", true)]
    [InlineData("7.4.1", 95, "7.4.1", false)]
    [InlineData("Stage", 40, "Stage", false)]
    public void Ocr_clause_numbers_are_mended_where_safe_and_flagged(string read, double confidence, string expected, bool flagged)
    {
        var word = new WordBox(read, 0, 0, 10, 10) { Confidence = confidence };

        ClauseNumbers.Normalise(word).Should().Be((expected, flagged));
    }

    [Fact]
    public void Text_layer_numbers_are_never_rewritten()
    {
        ClauseNumbers.Normalise(new WordBox("7.4.1.", 0, 0, 10, 10)).Should().Be(("7.4.1.", false));
    }

    [Fact]
    public void Ocr_paragraph_with_a_doubtful_number_is_flagged_low_confidence()
    {
        var page = new PageBuilder(1, ocr: true);
        page.Line(60, 100, "7.4.l We will reply within ten working days.", confidence: 60);

        var block = PdfLayout.Instance.Arrange([page.Build()]).Should().ContainSingle().Subject;

        block.Text.Should().Be("7.4.1 We will reply within ten working days.");
        block.LowConfidenceNumber.Should().BeTrue();
    }

    private static void Row(PageBuilder page, double top, string first, string second)
    {
        page.Line(60, top, first);
        page.Line(200, top, second);
    }

    /// <summary>Places words of a fixed size on an A4 page, one extractor line per call.</summary>
    private sealed class PageBuilder(int number, bool ocr = false)
    {
        private readonly List<WordBox> words = [];
        private int line;

        public void Line(double left, double top, string text, double confidence = 95)
        {
            line++;
            var x = left;
            foreach (var word in text.Split(' '))
            {
                var width = word.Length * Size * 0.5;
                words.Add(new WordBox(word, x, top, x + width, top + Size) { Line = line, Confidence = ocr ? confidence : null });
                x += width + (Size * 0.25);
            }
        }

        public PageWords Build() => new(number, 595, 842, words) { FromOcr = ocr };
    }
}
