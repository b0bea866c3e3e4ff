namespace PolicyLint.Analysis.Tests.CrossChecking;

using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.CrossChecking;
using PolicyLint.Core.Assessments;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

public sealed class CrossCheckerTests
{
    private static readonly CodeCatalogue Code = CodeCatalogueLoader.Load("hos-2024");
    private static readonly DateOnly AsOf = new(2024, 11, 1);

    // A harbourside-like policy: section 3 on exclusions (six months, in conflict), 5 on stages,
    // 8 on next steps, 9 on the Ombudsman.
    private static DocumentAnalysis Policy(params (string Provision, string Clause)[] conflicts)
    {
        var location = new Location(null, 0);
        Clause C(string id, string heading, string text) => new(id, text, location) { Heading = heading, HeadingPath = [heading] };
        var clauses = new List<Clause>
        {
            C("3", "Complaints we cannot take on", "Complaints we cannot take on"),
            C("3.1", "Complaints we cannot take on", "We will not accept a complaint about an issue that happened more than six months ago, or matters already before a court."),
            C("3.2", "Complaints we cannot take on", "When we decline a complaint we write to explain why and tell the resident they may ask the Ombudsman to review our decision."),
            C("5", "Our complaint stages", "Our complaint stages"),
            C("5.1", "Our complaint stages", "We acknowledge a stage one complaint within five working days and reply within ten working days of the acknowledgement."),
            C("5.2", "Our complaint stages", "If the resident remains unhappy they may escalate to stage two; we acknowledge within five working days and reply within twenty."),
            C("8", "Next steps", "Next steps"),
            C("8.1", "Next steps", "After our final reply we close the case file and send a short satisfaction survey."),
            C("9", "The Housing Ombudsman", "The Housing Ombudsman"),
            C("9.1", "The Housing Ombudsman", "Residents can contact the Housing Ombudsman at any time for advice, and after our final response to ask for an investigation."),
        };
        var findings = conflicts.Select(c => new Finding("PL1002", c.Provision, Verdict.Conflict, Severity.Error, c.Clause, "six months", "the exclusion window is shorter than the Code allows", "allow twelve months")).ToList();
        var verdicts = Code.Provisions.Select(p => new ProvisionVerdict(p.Id, conflicts.Any(c => c.Provision == p.Id) ? Verdict.Conflict : Verdict.Meets, [], 1, Basis.Rule)).ToList();
        var document = new Document("harbourside-policy.docx", "0", new ExtractionInfo("docx", 3, []), []);
        return new DocumentAnalysis(document, DocumentKind.Policy, new DocumentMetadata("Complaints policy", "V2", "2021-03", "2023-03"), clauses, [], verdicts, findings);
    }

    private static DocumentAnalysis SelfAssessment(params AssessmentRow[] rows)
    {
        var document = new Document("harbourside-sa.txt", "0", new ExtractionInfo("text", null, []), []);
        return new DocumentAnalysis(document, DocumentKind.SelfAssessment, DocumentMetadata.Empty, [], [], [], [])
        {
            Assessment = new Assessment("hos-2024", rows) { Date = "2024-05" },
        };
    }

    private static AssessmentRow Yes(string provision, params string[] policySections) =>
        new(provision, "yes") { Evidence = "Complaints Policy", Citations = policySections.Select(s => new Citation("policy", s)).ToList() };

    private static CrossCheck Check(DocumentAnalysis sa, DocumentAnalysis policy) => new CrossChecker(Code).Check(sa, policy, AsOf);

    [Fact]
    public void Should_Report_A_Claim_Conflict_With_The_Conflicting_Clause_When_A_Yes_Meets_A_Conflict_Verdict()
    {
        var check = Check(SelfAssessment(Yes("2.3", "3.1"), Yes("6.2", "5.1")), Policy(("2.3", "3.1")));

        var conflict = check.Items.Should().ContainSingle(i => i.Kind == CrossChecker.ClaimConflict).Subject;
        (conflict.Provision, conflict.PolicyClause, conflict.Claimed).Should().Be(("2.3", "3.1", "yes"));
        check.Items.Should().NotContain(i => i.Provision == "6.2");
    }

    [Fact]
    public void Should_Not_Report_A_Claim_Conflict_When_The_Row_Admits_The_Gap()
    {
        var check = Check(SelfAssessment(new AssessmentRow("2.3", "no") { Target = "2025-06" }), Policy(("2.3", "3.1")));

        check.Items.Select(i => i.Kind).Should().Equal(CrossChecker.AdmittedGap);
    }

    [Theory]
    [InlineData("2.2", "8", true)]   // exclusions cited at "next steps"
    [InlineData("6.2", "9", true)]   // stage 1 acknowledgement cited at the Ombudsman section
    [InlineData("2.2", "3", false)]
    [InlineData("6.2", "5.1", false)]
    [InlineData("6.10", "5", false)]
    [InlineData("6.2", "14", true)]  // no such section
    public void Should_Report_A_Citation_Mismatch_Only_When_The_Cited_Section_Is_About_Something_Else(string provision, string cited, bool mismatch)
    {
        var check = Check(SelfAssessment(Yes(provision, cited)), Policy());

        check.Items.Any(i => i.Kind == CrossChecker.CitationMismatch && i.Provision == provision && i.Cited == cited).Should().Be(mismatch);
    }

    [Fact]
    public void Should_Report_No_Evidence_When_A_Yes_Has_Neither_Evidence_Nor_Citation()
    {
        var check = Check(SelfAssessment(new AssessmentRow("5.3", "yes"), new AssessmentRow("5.4", "yes") { Evidence = "N/A" }, new AssessmentRow("5.5", "yes") { Evidence = "Contract terms" }), Policy());

        check.Items.Where(i => i.Kind == CrossChecker.NoEvidence).Select(i => i.Provision).Should().Equal("5.3", "5.4");
    }

    [Theory]
    [InlineData("no", "2024-09", true)]
    [InlineData("partial", "2025-01", false)]
    [InlineData("no", null, null)]
    public void Should_Report_An_Admitted_Gap_With_Its_Target_And_Whether_It_Is_Overdue(string answer, string? target, bool? overdue)
    {
        var row = new AssessmentRow("9.3", answer) { Target = target, Action = "publish a learning summary" };

        var gap = Check(SelfAssessment(row), Policy()).Items.Should().ContainSingle().Subject;

        (gap.Kind, gap.Claimed, gap.Target, gap.Overdue).Should().Be((CrossChecker.AdmittedGap, answer, target, overdue));
        gap.Message.Should().Contain("publish a learning summary");
    }

    [Fact]
    public void Should_Report_One_Version_Mismatch_And_Mark_Misses_As_Consequences_When_Many_Citations_Miss()
    {
        var sa = SelfAssessment(Yes("2.1", "8"), Yes("2.2", "8"), Yes("6.2", "9"), Yes("6.10", "9"), Yes("6.11", "5.2"));

        var check = Check(sa, Policy());

        var version = check.Items.Should().ContainSingle(i => i.Kind == CrossChecker.PolicyVersionMismatch).Subject;
        version.Provision.Should().BeNull();
        version.Message.Should().Contain("2023-03").And.Contain("2024-05").And.Contain("V2");
        check.Items.First().Should().BeSameAs(version);
        check.Items.Where(i => i.Kind == CrossChecker.CitationMismatch).Should().HaveCount(4)
            .And.OnlyContain(i => i.Message.Contains("consequence", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Not_Report_A_Version_Mismatch_When_Few_Citations_Miss()
    {
        var sa = SelfAssessment(Yes("2.2", "8"), Yes("2.3", "3"), Yes("6.2", "5.1"), Yes("6.10", "5.2"), Yes("6.11", "5.2"));

        var check = Check(sa, Policy());

        check.Items.Should().NotContain(i => i.Kind == CrossChecker.PolicyVersionMismatch);
        check.Items.Should().ContainSingle(i => i.Kind == CrossChecker.CitationMismatch).Which.Message.Should().NotContain("consequence");
    }

    [Fact]
    public void Should_Name_Both_Documents_In_The_Cross_Check()
    {
        var check = Check(SelfAssessment(), Policy());

        (check.SelfAssessment, check.Policy, check.Items.Count).Should().Be(("harbourside-sa.txt", "harbourside-policy.docx", 0));
    }
}
