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

    [Fact]
    public void Ocr_clause_number_split_at_a_point_is_read_as_one_number_but_a_lone_digit_after_it_is_left_as_prose()
    {
        var page = new PageBuilder(1, ocr: true);
        page.Line(60, 100, "7. 4.1 We will reply within ten working days.");
        page.Line(60, 130, "7.4. 2 We may extend this once.");

        var blocks = PdfLayout.Instance.Arrange([page.Build()]);

        blocks.Select(b => b.Text).Should().Equal(
            "7.4.1 We will reply within ten working days.",
            "7.4 2 We may extend this once.");
    }

    [Theory]
    [InlineData("¢")]
    [InlineData("*")]
    [InlineData("e")]
    [InlineData("«")]
    public void Ocr_misread_bullet_glyph_standing_apart_from_its_text_is_read_as_a_bullet(string glyph)
    {
        var page = new PageBuilder(1, ocr: true);
        page.Line(60, 100, "1.1 A complaint can be made:");
        page.Line(90, 116, glyph);
        page.Line(120, 116, "by telephone;");

        var blocks = PdfLayout.Instance.Arrange([page.Build()]);

        blocks.Select(b => $"{b.Kind}|{b.ListNumber}|{b.Text}").Should().Equal(
            "Paragraph||1.1 A complaint can be made:",
            "ListItem|•|by telephone;");
    }

    [Fact]
    public void Should_Read_Clauses_With_A_Hanging_Indent_As_Paragraphs_When_The_Left_Column_Holds_Only_Clause_Numbers()
    {
        // As OCR measures a LibreOffice hanging indent: the number at the margin, the text indented
        // further, and the clause's later lines starting between the two.
        var page = new PageBuilder(1, ocr: true);
        page.Line(60, 100, "6.1.");
        page.Line(120, 100, "If the resident is not satisfied, they can ask for a Stage");
        page.Line(90, 114, "2 review.");
        page.Line(60, 132, "6.2.");
        page.Line(120, 132, "A request must be made within 20 working days of");
        page.Line(90, 146, "the reply.");

        var blocks = PdfLayout.Instance.Arrange([page.Build()]);

        blocks.Select(b => $"{b.Kind}|{b.Text}").Should().Equal(
            "Paragraph|6.1 If the resident is not satisfied, they can ask for a Stage 2 review.",
            "Paragraph|6.2 A request must be made within 20 working days of the reply.");
        blocks.Should().OnlyContain(b => !b.LowConfidenceNumber, "the numbers were read with high confidence and only lost their closing full stop");
    }

    [Fact]
    public void Should_Keep_Each_Line_As_A_Row_When_Ocr_Strips_Between_Single_Line_Rows_Vary_With_Descenders()
    {
        var page = new PageBuilder(1, ocr: true);
        string[] labels = ["Title", "Version", "Adopted", "Review"];
        string[] values = ["Complaints Policy", "V3", "March 2021", "March 2023"];
        for (var i = 0; i < labels.Length; i++)
        {
            // Rows 26 points apart; every other row has a descender, so its box is taller.
            var size = i % 2 == 0 ? Size : Size * 1.25;
            page.Line(60, 100 + (i * 26), labels[i], size: size);
            page.Line(200, 100 + (i * 26), values[i], size: size);
        }

        var table = PdfLayout.Instance.Arrange([page.Build()]).Should().ContainSingle().Subject;

        table.Kind.Should().Be(BlockKind.Table);
        table.Rows!.Select(r => string.Join(" | ", r.Cells)).Should().Equal(
            "Title | Complaints Policy", "Version | V3", "Adopted | March 2021", "Review | March 2023");
    }

    [Fact]
    public void Should_Not_Carry_A_Table_Onto_The_Next_Page_When_An_Ordinary_Word_Space_Sits_Over_Its_Column_Gap()
    {
        var first = new PageBuilder(1);
        Row(first, 100, "Title", "Complaints Policy", secondLeft: 214);
        Row(first, 120, "Version", "V3", secondLeft: 214);
        Row(first, 140, "Approved by", "Operations Committee", secondLeft: 214);
        var second = new PageBuilder(2);
        second.Line(60, 80, "1. Purpose of this policy", spacing: Size * 0.5);
        second.Line(60, 110, "1.1 This policy explains how we deal with complaints about our services.");

        var blocks = PdfLayout.Instance.Arrange([first.Build(), second.Build()]);

        blocks.Select(b => $"{b.Kind}|{b.Location.Page}|{b.Text.Split('\n')[0]}").Should().Equal(
            "Table|1|Title | Complaints Policy",
            "Paragraph|2|1. Purpose of this policy",
            "Paragraph|2|1.1 This policy explains how we deal with complaints about our services.");
        blocks[0].Rows.Should().HaveCount(3);
    }

    private static void Row(PageBuilder page, double top, string first, string second, double secondLeft = 200)
    {
        page.Line(60, top, first);
        page.Line(secondLeft, top, second);
    }

    /// <summary>Places words on an A4 page (a fixed size unless given), one extractor line per call.</summary>
    private sealed class PageBuilder(int number, bool ocr = false)
    {
        private readonly List<WordBox> words = [];
        private int line;

        public void Line(double left, double top, string text, double confidence = 95, double size = Size, double spacing = Size * 0.25)
        {
            line++;
            var x = left;
            foreach (var word in text.Split(' '))
            {
                var width = word.Length * Size * 0.5;
                words.Add(new WordBox(word, x, top, x + width, top + size) { Line = line, Confidence = ocr ? confidence : null });
                x += width + spacing;
            }
        }

        public PageWords Build() => new(number, 595, 842, words) { FromOcr = ocr };
    }
}
