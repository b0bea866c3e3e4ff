using FluentAssertions;
using PolicyLint.Testing;
using Xunit;

namespace PolicyLint.Core.Tests;

/// <summary>The golden-file switch cannot make a CI run pass: CI refuses it, a developer's run takes it.</summary>
public sealed class GoldenRebaselineTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    public void Should_Refuse_To_Rebaseline_When_Running_Under_CI(string ci) =>
        Golden.RefusesRebaseline("1", ci).Should().BeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public void Should_Allow_A_Rebaseline_When_Run_By_A_Developer(string? ci) =>
        Golden.RefusesRebaseline("1", ci).Should().BeFalse();

    [Fact]
    public void Should_Have_Nothing_To_Refuse_When_The_Switch_Is_Off() =>
        Golden.RefusesRebaseline(null, "true").Should().BeFalse();
}
