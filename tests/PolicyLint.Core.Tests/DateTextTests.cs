using PolicyLint.Core.Documents;

namespace PolicyLint.Core.Tests;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("Approved by the Board in November 2020, in force from April 2021", "2020-11")]
    [InlineData("No later than April 2024", "2024-04")]
    [InlineData("21 June 2024", "2024-06-21")]
    [InlineData("1st Sept 2023", "2023-09-01")]
    [InlineData("2025-01-31", "2025-01-31")]
    [InlineData("06/2026", "2026-06")]
    [InlineData("no date here", null)]
    public void Should_Normalise_The_First_Date_In_Free_Text(string text, string? expected) =>
        DateText.FindFirst(text).Should().Be(expected);

    [Fact]
    public void Should_Take_The_Last_Day_Of_The_Month_As_The_End_Of_A_Month_Date() =>
        DateText.EndOf("2024-02").Should().Be(new DateOnly(2024, 2, 29));

    [Fact]
    public void Should_Have_No_End_For_No_Date() =>
        DateText.EndOf(null).Should().BeNull();
}
