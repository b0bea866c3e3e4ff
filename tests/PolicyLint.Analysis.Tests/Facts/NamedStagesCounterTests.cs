using PolicyLint.Analysis.Facts;
using PolicyLint.Core.Documents;

namespace PolicyLint.Analysis.Tests.Facts;

public sealed class NamedStagesCounterTests
{
    private static IReadOnlyList<Clause> Clauses(params (string Heading, string Text)[] parts) =>
        parts.Select((p, i) => new Clause($"s{i}.1", p.Text, new Location(null, i)) { HeadingPath = p.Heading.Length == 0 ? [] : [p.Heading] }).ToList();

    [Fact]
    public void Should_Count_The_Stages_A_Page_Names_In_Its_Headings()
    {
        var facts = NamedStagesCounter.Instance.Extract(Clauses(("Stage 1", "We reply within ten working days."), ("Stage 2", "A manager reviews it.")));

        facts.Should().ContainSingle().Which.Amount.Should().Be(2);
    }

    [Fact]
    public void Should_Count_A_Third_Stage_Named_In_Prose()
    {
        var facts = NamedStagesCounter.Instance.Extract(Clauses(
            ("", "At stage one a caseworker replies."),
            ("", "At stage two a manager reviews it."),
            ("", "At stage three the chief executive looks at it.")));

        facts.Should().ContainSingle().Which.Amount.Should().Be(3);
    }

    [Fact]
    public void Should_Not_Count_The_Ombudsmans_Stage_Or_A_Stage_That_Is_Ruled_Out()
    {
        var facts = NamedStagesCounter.Instance.Extract(Clauses(
            ("Stage 1", "We reply within ten working days."),
            ("Stage 2", "A manager reviews it."),
            ("", "There is no stage 3 in our process."),
            ("", "Stage 3 is the Housing Ombudsman.")));

        facts.Should().ContainSingle().Which.Amount.Should().Be(2);
    }

    [Fact]
    public void Should_Not_Count_A_Lone_Stage_2_That_May_Be_A_Reference()
    {
        NamedStagesCounter.Instance.Extract(Clauses(("", "See stage 2 of the Code."))).Should().BeEmpty();
    }
}
