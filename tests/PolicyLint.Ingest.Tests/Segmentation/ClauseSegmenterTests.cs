using PolicyLint.Core.Documents;
using PolicyLint.Ingest.Segmentation;

namespace PolicyLint.Ingest.Tests.Segmentation;

public sealed class ClauseSegmenterTests
{
    private static Document Lines(params string[] lines) =>
        new("policy.txt", "0", new ExtractionInfo("text", null, []),
            lines.Select((l, i) => new Block(BlockKind.Paragraph, l, new Location(null, i))).ToList());

    private static IReadOnlyList<Clause> Segment(params string[] lines) => ClauseSegmenter.Instance.Segment(Lines(lines));

    [Fact]
    public void Should_Give_Clauses_The_Numbers_Typed_At_Their_Start_Without_The_Trailing_Dot()
    {
        var clauses = Segment("4. Handling complaints", "4.2. Stage one", "4.2.1. We log the complaint.", "4.2.2 We reply in writing.");

        clauses.Select(c => c.Id).Should().Equal("4", "4.2", "4.2.1", "4.2.2");
        clauses[2].Text.Should().Be("We log the complaint.");
    }

    [Fact]
    public void Should_Keep_Lettered_Items_And_Bullets_Inside_The_Clause_That_Introduces_Them()
    {
        var clauses = Segment(
            "5.1. We will not accept a complaint when:",
            "- a. it is about a neighbour dispute;",
            "- b. court papers have been filed;",
            "• it repeats a closed complaint.",
            "5.2. Next clause.");

        clauses.Select(c => c.Id).Should().Equal("5.1", "5.2");
        clauses[0].Items.Select(i => i.Label).Should().Equal("a", "b", "•");
        clauses[0].Text.Should().Contain("court papers have been filed");
    }

    [Fact]
    public void Should_Attach_Unnumbered_Paragraphs_To_The_Numbered_Clause_Before_Them()
    {
        var clauses = Segment("2. Definitions", "2.1. What is a complaint?", "A complaint is defined as:", "\"Any expression of dissatisfaction.\"", "2.2. What is a comment?");

        var definition = clauses.Single(c => c.Id == "2.1");
        definition.Text.Should().Contain("A complaint is defined as:").And.Contain("Any expression of dissatisfaction.");
        definition.IsHeading.Should().BeTrue();
    }

    [Fact]
    public void Should_Give_Paragraphs_Before_Any_Number_Stable_Ids_From_Their_Position()
    {
        var clauses = Segment("Complaints Policy", "Version\tV2", "1. Purpose", "2. Scope");

        clauses.Select(c => c.Id).Should().Equal("p0", "p1", "1", "2");
    }

    [Fact]
    public void Should_Record_The_Headings_A_Clause_Sits_Under()
    {
        var clauses = Segment("7. How we handle complaints", "7.4. Stage two", "7.4.1. We acknowledge escalations within 5 working days.");

        var clause = clauses.Single(c => c.Id == "7.4.1");
        clause.HeadingPath.Should().Equal("How we handle complaints", "Stage two");
        clause.Heading.Should().Be("Stage two");
    }

    [Fact]
    public void Should_Not_Treat_A_Sentence_Ending_In_A_Full_Stop_As_A_Heading()
    {
        var clauses = Segment("7.3. We have a two stage complaints process.");

        clauses[0].IsHeading.Should().BeFalse();
    }

    [Fact]
    public void Should_Use_Computed_List_Numbers_When_The_Reader_Supplies_Them()
    {
        var blocks = new List<Block>
        {
            new(BlockKind.ListItem, "Stage one", new Location(1, 0)) { ListNumber = "7.4.", Level = 1 },
            new(BlockKind.ListItem, "We log it within two working days.", new Location(1, 1)) { ListNumber = "7.4.1.", Level = 2 },
            new(BlockKind.ListItem, "a reason the delay", new Location(2, 2)) { ListNumber = "a)", Level = 3 },
        };

        var clauses = ClauseSegmenter.Instance.Segment(new Document("p.docx", "0", new ExtractionInfo("docx", 2, []), blocks));

        clauses.Select(c => c.Id).Should().Equal("7.4", "7.4.1");
        clauses[1].Items.Should().ContainSingle().Which.Label.Should().Be("a");
        clauses[1].Location.Page.Should().Be(1);
    }

    [Fact]
    public void Should_Put_Table_Rows_Into_The_Clause_That_Holds_The_Table()
    {
        var blocks = new List<Block>
        {
            new(BlockKind.Paragraph, "3.1. Our timescales are:", new Location(null, 0)),
            new(BlockKind.Table, "", new Location(null, 1)) { Rows = [new TableRow(["Stage 1", "10 working days"])] },
        };

        var clauses = ClauseSegmenter.Instance.Segment(new Document("p.docx", "0", new ExtractionInfo("docx", null, []), blocks));

        clauses.Should().ContainSingle().Which.Text.Should().Contain("Stage 1 | 10 working days");
    }

    [Theory]
    [InlineData("7.4.1. Text", LabelKind.ClauseNumber, "7.4.1")]
    [InlineData("12 Complaints", LabelKind.None, "")]
    [InlineData("3. Exclusions", LabelKind.ClauseNumber, "3")]
    [InlineData("2 working days of receipt", LabelKind.None, "")]
    [InlineData("- c. If the issue is old", LabelKind.Item, "c")]
    [InlineData("(iv) the fourth point", LabelKind.Item, "iv")]
    [InlineData("• By telephone", LabelKind.Item, "•")]
    [InlineData("1.5 million homes are affected", LabelKind.None, "")]
    public void Should_Read_The_Label_At_The_Start_Of_A_Paragraph(string text, LabelKind kind, string value)
    {
        var label = ClauseNumbers.Read(text);

        label.Kind.Should().Be(kind);
        if (kind != LabelKind.None)
        {
            label.Value.Should().Be(value);
        }
    }
}
