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
    [InlineData("It is normally quicker to raise a problem with the team that looks after your home before you use the complaints procedure.")]
    [InlineData("Before making a complaint, please check that you have already contacted the service and given it the chance to put things right.")]
    [InlineData("We will try to settle your complaint informally where we can.")]
    [InlineData("Most complaints are sorted out by ‘front-line’ officers as soon as they are raised.")]
    public void Should_Find_A_Step_Before_The_Procedure_When_The_Resident_Is_Sent_To_The_Service_First(string text) =>
        Facts(text, "Complaints").Where(f => f.Kind == FactKinds.InformalStage).Should().ContainSingle().Which.Subject.Should().Be("implied");

    [Theory]
    [InlineData("At stage 1 a front-line manager investigates and replies within 10 working days.")]
    [InlineData("You do not have to raise it with the service first before you make a complaint.")]
    public void Should_Not_Find_A_Step_Before_The_Procedure_When_The_Sentence_Is_Stage_One_Or_Says_There_Is_None(string text) =>
        Facts(text, "Complaints").Where(f => f.Kind == FactKinds.InformalStage).Should().BeEmpty();

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
    [InlineData("If you want a second look, just let the review officer know that you want one and why.", true)]
    [InlineData("To ask for stage two, write to us making clear what aspects of our reply you disagree with.", true)]
    public void Should_Tell_Whether_Reasons_Are_Demanded_For_Escalation(string text, bool demanded) =>
        Facts(text, "Stage two").Where(f => f.Kind == FactKinds.Stage2ReasonsRequired).Should().ContainSingle().Which.Value.Should().Be(demanded);

    [Theory]
    [InlineData("If we need more time for the review we will tell you why.")]
    [InlineData("At stage two we have to explain why we reached our decision.")]
    [InlineData("The reviewing manager will give the resident the reasons for the final decision.")]
    public void Should_Not_Take_The_Landlord_Explaining_Itself_For_A_Demand_On_The_Resident(string text) =>
        Facts(text, "Stage two").Where(f => f.Kind == FactKinds.Stage2ReasonsRequired).Should().BeEmpty();

    [Fact]
    public void Should_Read_A_Demand_For_Reasons_As_About_Stage_Two_When_An_Earlier_Sentence_Says_So()
    {
        // Given: the sentence asking for reasons names no stage; the one before it asks for a review.
        var text = "If our answer does not settle things, you can ask a senior manager to review your complaint. " +
                   "Contact the officer named in our letter, giving details of why you are not satisfied.";

        // When
        var facts = Facts(text, "Asking us to think again");

        // Then
        facts.Where(f => f.Kind == FactKinds.Stage2ReasonsRequired).Should().ContainSingle().Which.Value.Should().BeTrue();
    }

    [Fact]
    public void Should_Not_Read_A_Request_For_Details_As_About_Stage_Two_When_The_Nearer_Sentence_Is_About_Stage_One()
    {
        // Given: stage 2 is named first, then stage 1, and the request for details follows stage 1.
        var text = "You can ask for stage 2 later if you need to. At stage 1 the team manager looks into it. " +
                   "Contact the team, giving details of why you are not satisfied.";

        // When
        var facts = Facts(text, "How to complain");

        // Then
        facts.Where(f => f.Kind == FactKinds.Stage2ReasonsRequired).Should().BeEmpty();
        Facts(text.Replace("At stage 1 the team manager looks into it. ", string.Empty, StringComparison.Ordinal), "How to complain")
            .Where(f => f.Kind == FactKinds.Stage2ReasonsRequired).Should().ContainSingle("without the stage 1 sentence the request follows stage 2");
    }

    [Theory]
    [InlineData("If we decide that our answer would stay the same, we may give you a final decision at stage 1.")]
    [InlineData("Where we think the matter has been considered fully already and a review would not be of benefit, we will instead explain how to refer it to the Ombudsman.")]
    [InlineData("Requests for a review will not be escalated where you have not given us any new information.")]
    public void Should_Find_Escalation_Withheld_On_The_Merits_As_A_Refusal_Outside_The_Code(string text) =>
        Facts(text, "Stage two").Where(f => f.Kind == FactKinds.EscalationRefusal).Should().ContainSingle().Which.Value.Should().BeTrue();

    [Fact]
    public void Should_Record_A_Refusal_Without_Grounds_Outside_The_Code_As_Limited() =>
        Facts("A request will not be escalated if one of the exclusions in section 3 applies; we will write to say which.", "Stage two")
            .Where(f => f.Kind == FactKinds.EscalationRefusal).Should().ContainSingle().Which.Value.Should().BeFalse();

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
