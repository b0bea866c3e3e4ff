using PolicyLint.Ingest.Segmentation;

namespace PolicyLint.Ingest.Tests.Segmentation;

public sealed class HeadingShapeTests
{
    [Theory]
    [InlineData("Stage two complaint")]
    [InlineData("Step 2: review")]
    [InlineData("How long will it take?")]
    [InlineData("If you're still unhappy")]
    [InlineData("Contact us")]
    public void Should_Read_A_Short_Line_That_Ends_No_Sentence_As_A_Heading(string line) =>
        HeadingShape.IsHeading(line).Should().BeTrue();

    [Theory]
    [InlineData("We will reply within ten working days.")]
    [InlineData("- a bullet point")]
    [InlineData("our complaints officer")]
    [InlineData("Stage 1 | 10 working days")]
    [InlineData("If you are not satisfied with our response at the first stage you may ask for your complaint to be reviewed by a senior manager")]
    [InlineData("You can contact us in any of these ways, at any time of day:")]
    public void Should_Not_Read_Prose_Cells_Bullets_Or_Long_Lead_Ins_As_Headings(string line) =>
        HeadingShape.IsHeading(line).Should().BeFalse();

    [Fact]
    public void Should_Put_Stage_Headings_Above_Other_Headings()
    {
        HeadingShape.LevelOf("Stage two").Should().Be(HeadingShape.StageLevel);
        HeadingShape.LevelOf("Timescales").Should().BeGreaterThan(HeadingShape.StageLevel);
    }
}
