using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.Facts;
using PolicyLint.Analysis.Rules;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Segmentation;
using PolicyLint.Testing;

namespace PolicyLint.Analysis.Tests.Judging;

public sealed class RuleJudgeTests
{
    private static readonly RuleBook Book = RuleBook.Load(Path.Combine(RepoRoot.Path, "corpus", "rules"));

    private static CodeCatalogue Code(string id) =>
        CodeCatalogueLoader.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "corpus", "codes", id + ".yaml")));

    private static PolicyEvidence Evidence(params string[] lines)
    {
        var document = new Document("p.txt", "0", new ExtractionInfo("text", null, []),
            lines.Select((l, i) => new Block(BlockKind.Paragraph, l, new Location(null, i))).ToList());
        var clauses = ClauseSegmenter.Instance.Segment(document);
        return new PolicyEvidence(clauses, clauses.SelectMany(FactExtractor.Default.Extract).ToList(), [], DocumentMetadata.Empty, new DateOnly(2026, 11, 22));
    }

    [Fact]
    public void Should_Give_Every_Provision_Of_The_Code_A_Verdict()
    {
        var code = Code("hos-2024");

        var judgement = new RuleJudge(Book).Judge(Evidence("1. Scope", "1.1. This policy covers complaints."), code);

        judgement.Provisions.Select(p => p.Id).Should().Equal(code.Provisions.Select(p => p.Id));
    }

    [Fact]
    public void Should_Let_A_Conflict_Outweigh_A_Clause_That_Meets_The_Same_Provision()
    {
        var judgement = new RuleJudge(Book).Judge(Evidence(
            "9. The Ombudsman",
            "9.1. You can contact the Housing Ombudsman at any time.",
            "9.2. You must wait eight weeks after our final response before the Ombudsman will consider your case."), Code("hos-2024"));

        var verdict = judgement.Provisions.Single(p => p.Id == "3.7");
        verdict.Verdict.Should().Be(Verdict.Conflict);
        verdict.Clauses.Should().Equal("9.2");
        verdict.Basis.Should().Be(Basis.Rule);
    }

    [Fact]
    public void Should_Count_A_Confidently_Mapped_Clause_As_Addressing_A_Provision_No_Rule_Covers()
    {
        var evidence = Evidence("4. Learning", "4.1. Our board hears regularly about complaint themes.") with
        {
            Mappings = [new ClauseMapping("4.1", [new ProvisionMatch("9.6", 0.9)])],
        };
        var uncovered = new RuleBook([], Book.Kinds);

        var verdict = new RuleJudge(uncovered).Judge(evidence, Code("hos-2024")).Provisions.Single(p => p.Id == "9.6");

        verdict.Should().BeEquivalentTo(new { Verdict = Verdict.Meets, Basis = Basis.Mapping, Clauses = new[] { "4.1" } });
    }

    [Fact]
    public void Should_Leave_A_Provision_Silent_With_No_Basis_When_Nothing_Covers_It()
    {
        var uncovered = new RuleBook([], Book.Kinds);

        var verdict = new RuleJudge(uncovered).Judge(Evidence("1.1. Nothing here."), Code("hos-2024")).Provisions.Single(p => p.Id == "4.3");

        verdict.Should().BeEquivalentTo(new { Verdict = Verdict.Silent, Basis = Basis.None });
    }

    [Fact]
    public void Should_Drop_The_Findings_Of_A_Rule_The_Configuration_Turns_Off()
    {
        var evidence = Evidence("3. Exclusions", "3.1. We will not consider issues that happened more than six months ago.") with
        {
            Settings = new RuleSettings { DisabledRules = new HashSet<string> { "PL1002" } },
        };

        new RuleJudge(Book).Judge(evidence, Code("hos-2024")).Findings.Should().NotContain(f => f.RuleId == "PL1002");
    }

    [Fact]
    public void Should_Judge_A_Six_Month_Window_As_Meeting_The_2020_Code_And_Conflicting_With_2024()
    {
        var evidence = Evidence("3. Exclusions", "3.1. We will not consider issues that happened more than six months ago.");
        var judge = new RuleJudge(Book);
        var then = judge.Judge(evidence, Code("hos-2020"));
        var now = judge.Judge(evidence, Code("hos-2024"));

        var drift = CodeVersions.Drift(Code("hos-2020"), then.Provisions, Code("hos-2024"), now.Provisions);

        then.Provisions.Single(p => p.Id == "exclusion-window").Verdict.Should().Be(Verdict.Meets);
        now.Provisions.Single(p => p.Id == "2.3").Verdict.Should().Be(Verdict.Conflict);
        drift.Should().Contain(d => d.Provision == "2.3" && d.Then == Verdict.Meets && d.Now == Verdict.Conflict);
    }

    [Theory]
    [InlineData("2020-11", "hos-2020")]
    [InlineData("2023-06", "hos-2022")]
    [InlineData("2024-05", "hos-2024")]
    [InlineData("2019-01", "hos-2020")]
    public void Should_Pick_The_Code_In_Force_When_A_Policy_Was_Adopted(string adopted, string expected)
    {
        var versions = new[] { Code("hos-2020"), Code("hos-2022"), Code("hos-2024") };

        CodeVersions.InForceOn(versions, CodeVersions.StartOf(adopted)!.Value).Id.Should().Be(expected);
    }
}
