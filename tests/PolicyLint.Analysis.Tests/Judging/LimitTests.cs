using PolicyLint.Analysis.Rules.Kinds;
using PolicyLint.Core.Findings;

namespace PolicyLint.Analysis.Tests.Judging;

public sealed class LimitTests
{
    [Theory]
    // Code: 10 working days from acknowledgement (stage 1 response).
    [InlineData(10, "working-days", "acknowledgement", Verdict.Meets)]
    [InlineData(8, "working-days", "acknowledgement", Verdict.Stricter)]
    [InlineData(15, "working-days", "acknowledgement", Verdict.Conflict)]
    [InlineData(10, "working-days", "receipt", Verdict.Stricter)]
    [InlineData(15, "working-days", "receipt", Verdict.Conflict)]
    [InlineData(20, "working-days", "receipt", Verdict.Conflict)]
    [InlineData(2, "weeks", "acknowledgement", Verdict.Meets)]
    [InlineData(1, "months", "acknowledgement", Verdict.Conflict)]
    [InlineData(10, "calendar-days", "acknowledgement", Verdict.Stricter)]
    [InlineData(10, "working-days", null, Verdict.Meets)]
    public void Should_Compare_A_Timescale_With_The_Code_In_The_Right_Direction(int amount, string unit, string? from, Verdict expected) =>
        new Limit(10, "working-days", "acknowledgement").Compare(amount, unit, from).Should().Be(expected);

    [Theory]
    [InlineData(2, "receipt", Verdict.Stricter)]
    [InlineData(5, "receipt", Verdict.Meets)]
    [InlineData(7, "receipt", Verdict.Conflict)]
    [InlineData(3, "logging", Verdict.Warning)]
    public void Should_Treat_A_Later_Clock_Start_As_Needing_A_Look(int amount, string from, Verdict expected) =>
        new Limit(5, "working-days", "receipt").Compare(amount, "working-days", from).Should().Be(expected);

    [Theory]
    // "days" alone: a reader cannot tell working from calendar days.
    [InlineData(4, Verdict.Warning)]
    [InlineData(7, Verdict.Warning)]
    [InlineData(10, Verdict.Warning)]
    [InlineData(28, Verdict.Conflict)]
    public void Should_Not_Let_Unqualified_Days_Meet_A_Working_Day_Limit_Unless_They_Overrun_It_Either_Way(int amount, Verdict expected) =>
        new Limit(10, "working-days", "acknowledgement").Compare(amount, "calendar-days", "acknowledgement", daysUnqualified: true).Should().Be(expected);

    [Fact]
    public void Should_Let_Stated_Calendar_Days_Within_The_Limit_Be_Stricter() =>
        new Limit(10, "working-days", "acknowledgement").Compare(7, "calendar-days", "acknowledgement").Should().Be(Verdict.Stricter);
}
