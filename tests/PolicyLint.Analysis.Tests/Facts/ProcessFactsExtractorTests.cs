using PolicyLint.Analysis.Facts;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;

namespace PolicyLint.Analysis.Tests.Facts;

public sealed class ProcessFactsExtractorTests
{
    private static IReadOnlyList<Fact> Facts(string text, params string[] headings) =>
        ProcessFactsExtractor.Instance.Extract(new Clause("7.1", text, new Location(null, 0)) { HeadingPath = headings });

    [Theory]
    [InlineData("We operate a two stage complaints process.", 2)]
    [InlineData("Our complaints procedure has three stages.", 3)]
    [InlineData("If you are still unhappy you may ask for a Stage 3 panel review of your complaint.", 3)]
    public void Should_Count_The_Stages_The_Policy_Describes(string text, int stages) =>
        Facts(text, "Our process").Where(f => f.Kind == FactKinds.StageCount).Should().ContainSingle().Which.Amount.Should().Be(stages);

    [Theory]
    [InlineData("Before stage 1, complaints go through Stage 0, where a housing officer tries to fix things.", "named")]
    [InlineData("We log early issues as an informal complaint first.", "named")]
    [InlineData("Staff try to sort things out at the first point of contact, and only if they cannot does the formal complaints process start.", "implied")]
    public void Should_Find_A_Step_Before_Stage_One(string text, string subject) =>
        Facts(text, "Handling complaints").Where(f => f.Kind == FactKinds.InformalStage).Should().ContainSingle().Which.Subject.Should().Be(subject);

    [Theory]
    [InlineData("Informal action: we will try to reach an informal agreement with the resident before any formal action.", "Managing unreasonable behaviour")]
    [InlineData("The regulator cannot deal with formal complaints, which go to the provider.", "Care Quality Commission")]
    public void Should_Not_Read_Behaviour_Or_Regulator_Wording_As_An_Informal_Stage(string text, string heading) =>
        Facts(text, heading).Where(f => f.Kind == FactKinds.InformalStage).Should().BeEmpty();

    [Theory]
    [InlineData("To move to stage 2, a tenant must explain why they are still unhappy with our reply.", true)]
    [InlineData("To escalate, you must explain which parts of our response you disagree with.", true)]
    [InlineData("You do not need to give reasons for asking us to escalate your complaint.", false)]
    [InlineData("Please write and set out the parts of our answer you dispute and why.", true)]
    [InlineData("To ask for a review, contact us stating the grounds for your request.", true)]
    [InlineData("We will need you to tell us which points of our reply you think are wrong.", true)]
    [InlineData("When you escalate, you must explain what you remain dissatisfied with.", true)]
    [InlineData("You can escalate simply by telling us why our first answer did not resolve things.", true)]
    [InlineData("Escalate whenever you like; residents are not asked to explain their reasons.", false)]
    public void Should_Tell_Whether_Reasons_Are_Demanded_For_Escalation(string text, bool demanded) =>
        Facts(text, "Stage two").Where(f => f.Kind == FactKinds.Stage2ReasonsRequired).Should().ContainSingle().Which.Value.Should().Be(demanded);

    [Theory]
    [InlineData("If we need more time for the review we will tell you why.")]
    [InlineData("At stage two we have to explain why we reached our decision.")]
    [InlineData("The reviewing manager will give the resident the reasons for the final decision.")]
    public void Should_Not_Take_The_Landlord_Explaining_Itself_For_A_Demand_On_The_Resident(string text) =>
        Facts(text, "Stage two").Where(f => f.Kind == FactKinds.Stage2ReasonsRequired).Should().BeEmpty();

    [Fact]
    public void Should_Find_Refusals_To_Escalate_On_Grounds_Outside_The_Code()
    {
        var facts = Facts("We may refuse to escalate a complaint where no new evidence is provided.", "Stage two");

        facts.Where(f => f.Kind == FactKinds.EscalationRefusal).Should().ContainSingle().Which.Value.Should().BeTrue();
    }

    [Fact]
    public void Should_Not_Treat_A_Promise_Not_To_Refuse_Unreasonably_As_A_Refusal() =>
        Facts("Requests to escalate are never turned down without good cause, and we will not unreasonably refuse to escalate one.", "Stage two").Where(f => f.Kind == FactKinds.EscalationRefusal).Should().BeEmpty();

    [Theory]
    [InlineData("Customers must allow eight weeks after the final response before the Ombudsman will look at the case.", true)]
    [InlineData("You may ask a designated person, such as your MP, to refer the complaint to the Ombudsman.", true)]
    [InlineData("Residents no longer need to wait eight weeks before going to the Ombudsman.", false)]
    public void Should_Find_The_Outdated_Route_To_The_Ombudsman(string text, bool outdated) =>
        Facts(text, "The Ombudsman").Where(f => f.Kind == FactKinds.OmbudsmanWait).Should().ContainSingle().Which.Value.Should().Be(outdated);
}
