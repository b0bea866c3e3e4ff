using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Tests.Rules;

/// <summary>
/// Wording that looks like a breach of the Code but is not: acceptable exclusions, behaviour
/// management, other regulators, windows the resident has, and periods that are not the exclusion window.
/// The policy below is the team's own, built to hold each trap once.
/// </summary>
public sealed class TrapTests
{
    private const string Policy = """
        3. Exclusions

        3.1. This policy does not cover the following matters:

        - a. a first report of a repair, which we treat as a service request;
        - b. matters with their own route of appeal, for example:
         - Where court proceedings have begun about the matter complained of.
         - Reporting snagging defects within the first 12 months after handover of a new home, which go to the new homes team.
        - c. an issue that first arose more than twelve months before the complaint.

        7. Handling your complaint

        7.1. Stage one

        7.1.1. We will acknowledge your complaint within 5 working days of receipt.

        7.1.2. If we need more time we will write to you with a new date for our response.

        7.2. Stage two

        7.2.1. If you are unhappy with our stage 1 response you have 20 working days after that response to ask us to escalate it to stage 2.

        7.2.2. We will send our stage 2 response within 20 working days of acknowledging your request.

        10. Care services

        10.1. The care regulator does not handle formal complaints itself; these go to the care provider or the social care ombudsman.

        12. Unacceptable behaviour

        12.1. Managing behaviour

        12.1.1. Informal action

        - We will first talk to the resident about their behaviour and try to agree how contact will work.

        12.2. Appeals

        12.2.1. A resident may appeal against a restriction within 20 working days of our letter.
        """;

    private static readonly Judgement Result = PolicyText.Judge(Policy);

    private static readonly PolicyEvidence Evidence = PolicyText.Evidence(Policy);

    [Fact]
    public void Should_Not_Flag_Provision_2_2_When_An_Exclusion_Is_About_Court_Proceedings_Under_Way()
    {
        Result.Findings.Where(f => f.Provision == "2.2")
            .Should().NotContain(f => f.Quote != null && f.Quote.Contains("court proceedings", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Should_Not_Quote_A_Defects_Period_When_Judging_The_Exclusion_Window()
    {
        Result.Findings.Where(f => f.Provision is "2.2" or "2.3")
            .Should().NotContain(f => f.Quote != null && f.Quote.Contains("defects", StringComparison.OrdinalIgnoreCase));
        Evidence.Facts.Where(f => f.Kind == FactKinds.ExclusionWindow)
            .Should().NotContain(f => f.Quote.Contains("defects", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("12.1.1")]
    [InlineData("10.1")]
    public void Should_Not_Report_An_Informal_Stage_When_The_Words_Are_About_Behaviour_Or_Another_Regulator(string clause)
    {
        Result.Findings.Should().NotContain(f => f.Provision == "5.2" && f.Clause == clause);
    }

    [Theory]
    [InlineData("7.2.1")]
    [InlineData("12.2.1")]
    public void Should_Not_Report_A_Stage_Two_Timescale_Conflict_When_20_Days_Is_The_Residents_Window(string clause)
    {
        Result.Findings.Should().NotContain(f => f.Provision == "6.14" && f.Clause == clause && f.Verdict == Verdict.Conflict);
    }

    [Theory]
    [InlineData("6.5")]
    [InlineData("6.13")]
    public void Should_Not_Say_A_Provision_Is_Met_When_The_Policy_Never_Addresses_It(string provision)
    {
        Result.Provisions.Single(p => p.Id == provision).Verdict.Should().BeOneOf(Verdict.Silent, Verdict.Warning);
    }

    [Fact]
    public void Should_Judge_Every_Provision_When_A_Policy_Is_Checked()
    {
        Result.Provisions.Select(p => p.Id).Should().Equal(PolicyText.Code.Provisions.Select(p => p.Id));
    }
}
