namespace PolicyLint.Ingest.Tests.Assessment;

using PolicyLint.Ingest.Assessment;

public sealed class RowTextTests
{
    [Theory]
    [InlineData("Yes", "yes")]
    [InlineData("[Yes", "yes")]
    [InlineData("Yes Policy", "yes")]
    [InlineData("No", "no")]
    [InlineData("N/A", "n/a")]
    [InlineData("NA", "n/a")]
    [InlineData("Partially", "partial")]
    [InlineData("Yes- needs to improve further", "partial")]
    [InlineData("Yes but improvements can be made", "partial")]
    [InlineData("None", null)]
    [InlineData("2021-22 (YTD Aug) 89%", null)]
    [InlineData("", null)]
    public void Should_Class_An_Answer_Cell(string text, string? expected)
    {
        Answers.Classify(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Section 4.1 of our Complaints Policy", "policy:4.1")]
    [InlineData("Set out in our Group Complaints & Feedback Policy, point 8.", "policy:8")]
    [InlineData("See section 9 in the Complaints Policy and 5.21 in the Complaints Procedure", "policy:9 procedure:5.21")]
    [InlineData("Policy sections 2.2 and 2.5 (Complaints Policy)", "policy:2.2 policy:2.5")]
    [InlineData("points 9, 10 and 13", "policy:9 policy:10 policy:13")]
    [InlineData("Section 3 of our Compensation Policy", "other:3")]
    [InlineData("They must follow section 2 of this Code.", "")]
    [InlineData("Nothing is cited here.", "")]
    public void Should_Read_Citations_From_Evidence(string text, string expected)
    {
        var got = string.Join(' ', CitationReader.Read(text).Select(c => $"{c.Document}:{c.Section}"));

        got.Should().Be(expected);
    }

    [Theory]
    [InlineData("Action: retrain the team. This will be complete by September 2024.", "retrain the team. This will be complete by September 2024.", "2024-09")]
    [InlineData("We are short of staff. New starters will join in Feb 2025.", "New starters will join in Feb 2025.", "2025-02")]
    [InlineData("We do not do this yet.", null, null)]
    public void Should_Read_The_Action_And_Its_Target_Month(string text, string? action, string? target)
    {
        ActionReader.Read(text).Should().Be((action, target));
    }
}
