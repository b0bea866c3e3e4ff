using PolicyLint.Core.Findings;

namespace PolicyLint.Analysis.Tests.Rules;

/// <summary>
/// How PL1001 grades a definition of a complaint: all six of the Code's elements meet 1.2, one or two
/// left out is a warning, half or more left out (or a narrowing qualifier) narrows the definition.
/// The definitions are the team's own wording.
/// </summary>
public sealed class ComplaintDefinitionTests
{
    [Theory]
    [InlineData("A complaint is any expression of dissatisfaction, in whatever way it is made, with the standard of our service, or with action or lack of action by us, our staff or anyone acting on our behalf, affecting a tenant or a group of tenants.", Verdict.Meets)]
    [InlineData("A complaint is an expression of dissatisfaction about the standard of service, actions or lack of action by the association, its staff or those acting on behalf of the association. It can affect one resident or many residents.", Verdict.Warning)]
    [InlineData("A complaint is any expression of dissatisfaction with the services we provide, whether it turns out to be justified or not.", Verdict.Conflict)]
    [InlineData("A complaint is a clear expression of dissatisfaction with the standard of service, an action or lack of action by us or our contractors, affecting a resident.", Verdict.Conflict)]
    public void Should_Grade_A_Definition_By_The_Elements_Of_The_Code_It_Keeps(string definition, Verdict expected)
    {
        // Given
        var policy = $"2. What a complaint is\n\n2.1. {definition}\n";

        // When
        var outcomes = PolicyText.Outcomes(PolicyText.Rule("PL1001"), policy);

        // Then
        outcomes.Should().ContainSingle().Which.Verdict.Should().Be(expected);
    }

    [Fact]
    public void Should_Name_What_Is_Missing_When_A_Definition_Is_Narrowed_By_Omission()
    {
        var outcomes = PolicyText.Outcomes(PolicyText.Rule("PL1001"), "2. Definitions\n\n2.1. A complaint is an expression of dissatisfaction from someone who has used one of our services.\n");

        outcomes.Should().ContainSingle().Which.Message.Should().Contain("narrower").And.Contain("however it is made");
    }
}
