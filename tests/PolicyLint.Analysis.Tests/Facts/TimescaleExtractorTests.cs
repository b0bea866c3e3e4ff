using PolicyLint.Analysis.Facts;
using PolicyLint.Core.Documents;

namespace PolicyLint.Analysis.Tests.Facts;

public sealed class TimescaleExtractorTests
{
    private static Clause Clause(string text, params string[] headings) =>
        new("1.1", text, new Location(null, 0)) { HeadingPath = headings };

    [Theory]
    [InlineData("We will acknowledge your complaint within five (5) working days.", "Stage one", "stage1.acknowledge", 5, "working-days", null)]
    [InlineData("Our written reply goes out within 10 working days of receipt.", "Stage one", "stage1.respond", 10, "working-days", "receipt")]
    [InlineData("We will reply within 10 working days of acknowledging your complaint.", "Stage 1", "stage1.respond", 10, "working-days", "acknowledgement")]
    [InlineData("We log each complaint and acknowledge it by letter within 2 working days of receipt.", "Stage one", "stage1.acknowledge", 2, "working-days", "receipt")]
    [InlineData("Escalation requests are acknowledged within 5 working days of receipt.", "Reviews", "stage2.acknowledge", 5, "working-days", "escalation-request")]
    [InlineData("Our final reply goes out within 20 working days of receipt of an escalation request.", "Stage two", "stage2.respond", 20, "working-days", "escalation-request")]
    [InlineData("We may need a further 10 working days to respond.", "Stage one", "stage1.extend", 10, "working-days", null)]
    [InlineData("Where the review is complex we may extend it by up to 20 working days.", "Stage two", "stage2.extend", 20, "working-days", null)]
    [InlineData("You will hear from us within two weeks.", "Stage one", "stage1.respond", 2, "weeks", null)]
    [InlineData("We aim to respond within 14 days of receiving your complaint.", "Stage one", "stage1.respond", 14, "calendar-days", "receipt")]
    public void Should_Name_The_Timescale_With_Its_Subject_Unit_And_Clock_Start(string text, string heading, string subject, int amount, string unit, string? from)
    {
        var facts = TimescaleExtractor.Instance.Extract(Clause(text, heading));

        var fact = facts.Should().ContainSingle().Subject;
        fact.Subject.Should().Be(subject);
        fact.Amount.Should().Be(amount);
        fact.Unit.Should().Be(unit);
        fact.From.Should().Be(from);
    }

    [Theory]
    [InlineData("If you remain unhappy, you have 20 working days after our reply to ask us to escalate your complaint.", "escalation.window")]
    [InlineData("A resident may appeal against a contact restriction; appeals are accepted up to 20 working days after our letter.", "other")]
    [InlineData("A complaint is closed when there is no further contact after 20 working days.", "other")]
    [InlineData("Residents must allow eight weeks after our final response before the Ombudsman will consider the case.", "other")]
    public void Should_Not_Take_Other_Deadlines_For_The_Landlords_Response_Time(string text, string subject)
    {
        var facts = TimescaleExtractor.Instance.Extract(Clause(text, "Stage two"));

        facts.Should().ContainSingle().Which.Subject.Should().Be(subject);
    }

    [Fact]
    public void Should_Quote_The_Words_Of_The_Timescale()
    {
        var facts = TimescaleExtractor.Instance.Extract(Clause("We acknowledge complaints within 2 working days of receipt.", "Stage one"));

        facts.Single().Quote.Should().Be("within 2 working days of receipt");
    }

    [Fact]
    public void Should_Leave_Windows_In_Months_To_The_Window_Extractor() =>
        TimescaleExtractor.Instance.Extract(Clause("We do not consider issues older than six months.", "Exclusions")).Should().BeEmpty();

    [Fact]
    public void Should_Give_Each_Of_Two_Coordinated_Timescales_Its_Own_Stage_And_Verb()
    {
        var facts = TimescaleExtractor.Instance.Extract(Clause(
            "We acknowledge a stage one complaint within 5 working days and a stage two review is answered within 20 working days."));

        facts.Select(f => (f.Subject, f.Amount)).Should().Equal(("stage1.acknowledge", 5m), ("stage2.respond", 20m));
    }

    [Fact]
    public void Should_Take_The_Stage_From_The_Innermost_Heading_That_Names_One()
    {
        var facts = TimescaleExtractor.Instance.Extract(Clause("We will reply within 20 working days.", "Stage 2: review", "How long it takes"));

        facts.Should().ContainSingle().Which.Subject.Should().Be("stage2.respond");
    }

    [Fact]
    public void Should_Take_The_Stage_From_An_Earlier_Sentence_Of_The_Same_Clause()
    {
        var facts = TimescaleExtractor.Instance.Extract(Clause("If you are still unhappy, a senior manager will look at it again. They will reply within 20 working days."));

        facts.Should().ContainSingle().Which.Subject.Should().Be("stage2.respond");
    }

    [Fact]
    public void Should_Mark_Bare_Days_As_Unqualified_But_Not_Working_Days()
    {
        TimescaleExtractor.Instance.Extract(Clause("We reply within 7 days.", "Stage one")).Single().DaysUnqualified.Should().BeTrue();
        TimescaleExtractor.Instance.Extract(Clause("We reply within 7 working days.", "Stage one")).Single().DaysUnqualified.Should().BeFalse();
    }

    [Fact]
    public void Should_Read_The_Upper_Bound_Of_A_Range()
    {
        var facts = TimescaleExtractor.Instance.Extract(Clause("We usually reply within 10 to 15 working days.", "Stage one"));

        facts.Should().ContainSingle().Which.Amount.Should().Be(15);
    }
}
