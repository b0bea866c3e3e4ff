using PolicyLint.Core.Documents;
using PolicyLint.Ingest.Segmentation;

namespace PolicyLint.Ingest.Tests.Segmentation;

/// <summary>Web pages and leaflets carry no clause numbers: their headings do the work.</summary>
public sealed class UnnumberedSegmentationTests
{
    private static IReadOnlyList<Clause> Segment(params string[] lines) =>
        ClauseSegmenter.Instance.Segment(new Document("page.txt", "0", new ExtractionInfo("text", null, []),
            lines.Select((l, i) => new Block(BlockKind.Paragraph, l, new Location(null, i))).ToList()));

    [Fact]
    public void Should_Number_Paragraphs_By_Section_And_Position_When_The_Text_Has_No_Clause_Numbers()
    {
        var clauses = Segment(
            "We welcome feedback about any of our services and we read every complaint.",
            "Stage one",
            "A caseworker will write to you within 10 working days.",
            "You can ask for a review if you disagree with our answer.",
            "Stage two",
            "A senior manager replies within 20 working days.");

        clauses.Select(c => c.Id).Should().Equal("s0.1", "s1.1", "s1.2", "s2.1");
    }

    [Fact]
    public void Should_Carry_An_Inferred_Stage_Heading_To_The_Paragraphs_Beneath_It()
    {
        var clauses = Segment(
            "Stage 2: review",
            "How long it takes",
            "We reply within 20 working days of your request.");

        clauses.Should().ContainSingle().Which.HeadingPath.Should().Equal("Stage 2: review", "How long it takes");
    }

    [Fact]
    public void Should_Close_A_Lower_Heading_When_The_Next_Stage_Heading_Opens()
    {
        var clauses = Segment(
            "Stage one",
            "Timescales",
            "We reply within ten working days.",
            "Stage two",
            "We reply within twenty working days.");

        clauses[1].HeadingPath.Should().Equal("Stage two");
    }

    [Fact]
    public void Should_Give_The_Bullets_Under_A_Lead_In_To_The_Lead_In()
    {
        var clauses = Segment(
            "When we reply we will tell you:",
            "- what we found",
            "- what we will do to put it right",
            "After that you can contact the Ombudsman if you are still unhappy with the outcome.");

        clauses.Should().HaveCount(2);
        clauses[0].Items.Select(i => i.Text).Should().Equal("what we found", "what we will do to put it right");
    }

    [Fact]
    public void Should_Keep_Numbered_Segmentation_For_A_Document_With_Clause_Numbers()
    {
        var clauses = Segment("1. Purpose", "This policy explains how we handle complaints.", "2. Scope");

        clauses.Select(c => c.Id).Should().Equal("1", "2");
    }
}
