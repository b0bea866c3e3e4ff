using PolicyLint.Engine;
using System.Text;
using PolicyLint.Analysis.Codes;
using PolicyLint.Core.Pipeline;
using PolicyLint.Testing;

namespace PolicyLint.Cli.Tests;

/// <summary>
/// The team's sample policies, run through the real pipeline: the clauses PolicyLint extracts and the
/// findings it reports are pinned in golden files (rebaseline on purpose with POLICYLINT_REBASELINE=1).
/// </summary>
public sealed class SampleGoldenTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    public static TheoryData<string> Samples => new()
    {
        "harbourside.txt", "harbourside.docx", "meadowbank.txt", "meadowbank.docx",
        "oakfield-2020.txt", "oakfield-2020.docx", "willow-plain.txt", "willow-plain.docx",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Extract_The_Same_Clauses_As_The_Golden_File(string sample)
    {
        var analysis = Analyse(sample);

        var lines = new StringBuilder();
        foreach (var clause in analysis.Clauses)
        {
            lines.Append(clause.Id).Append(" | ").Append(string.Join(" > ", clause.HeadingPath)).Append(" | ")
                .AppendLine(clause.Text.Replace("\n", " ⏎ ", StringComparison.Ordinal));
        }

        Golden.Match(lines.ToString(), $"tests/PolicyLint.Cli.Tests/Golden/{sample}.clauses.txt");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Report_The_Same_Findings_As_The_Golden_File(string sample)
    {
        var analysis = Analyse(sample);

        var lines = new StringBuilder();
        foreach (var f in analysis.Findings)
        {
            lines.AppendLine($"{f.RuleId} | {f.Provision ?? "-"}{(f.Item is null ? string.Empty : " " + f.Item)} | {f.Verdict.ToString().ToLowerInvariant()} | {f.Clause ?? "-"} | {f.Quote}");
        }

        foreach (var p in analysis.Provisions)
        {
            lines.AppendLine($"verdict {p.Id} {p.Verdict.ToString().ToLowerInvariant()} [{string.Join(",", p.Clauses)}] {p.Basis.ToString().ToLowerInvariant()}");
        }

        Golden.Match(lines.ToString(), $"tests/PolicyLint.Cli.Tests/Golden/{sample}.findings.txt");
    }

    [Theory]
    [InlineData("harbourside")]
    [InlineData("meadowbank")]
    [InlineData("oakfield-2020")]
    [InlineData("willow-plain")]
    public void Should_Number_Clauses_Alike_When_The_Sample_Is_Text_Or_Docx(string name)
    {
        static IEnumerable<string> Numbered(DocumentAnalysis a) => a.Clauses.Select(c => c.Id).Where(id => !id.StartsWith('p'));

        Numbered(Analyse(name + ".docx")).Should().Equal(Numbered(Analyse(name + ".txt")));
    }

    [Fact]
    public void Should_Find_What_The_Non_Conforming_Sample_Gets_Wrong_And_Nothing_In_Its_Traps()
    {
        var analysis = Analyse("harbourside.txt");
        string? Verdict(string id) => analysis.Provisions.Single(p => p.Id == id).Verdict.ToString().ToLowerInvariant();

        new[] { "1.2", "2.3", "5.2", "5.3", "5.11", "6.3", "6.12", "6.14", "3.7" }.Select(Verdict).Should().AllBe("conflict");
        Verdict("6.4").Should().Be("warning");
        Verdict("6.2").Should().Be("stricter");
        analysis.Findings.Should().NotContain(f => f.Clause == "9.4" && f.Provision == "2.3", "a defects period is not an exclusion window");
        analysis.Findings.Should().NotContain(f => f.Clause == "10.2" && f.Provision == "5.2", "an informal warning about behaviour is not an informal stage");
        analysis.Findings.Should().NotContain(f => f.Clause == "6.2" && f.Provision == "6.14", "the resident's window to escalate is not the landlord's response time");
        analysis.Findings.Should().NotContain(f => f.Clause == "10.5" && f.Provision == "6.14", "an appeal window is not the landlord's response time");
    }

    [Fact]
    public void Should_Find_No_Conflict_In_The_Conforming_Sample() =>
        Analyse("meadowbank.txt").Findings.Should().NotContain(f => f.Verdict == Core.Findings.Verdict.Conflict);

    [Fact]
    public void Should_Meet_The_2020_Code_And_Report_Drift_Under_Auto_When_A_Policy_Was_Written_To_2020()
    {
        // Given a policy adopted in January 2021 and written to the July 2020 Code
        var path = RepoRoot.Combine("corpus", "samples", "policies", "oakfield-2020.txt");
        var versions = new[] { "hos-2020", "hos-2022", "hos-2024" }
            .Select(id => CodeCatalogueLoader.Parse(File.ReadAllText(RepoRoot.Combine("corpus", "codes", id + ".yaml")))).ToList();
        var checker = Composition.CreateChecker(versions[2]);

        // When it is judged against the 2020 Code, and with --code auto
        var then = checker.Check([new SourceFile("oakfield-2020.txt", path)], versions[0], AsOf).Documents.Single();
        var auto = checker.Check([new SourceFile("oakfield-2020.txt", path)], CodeSelection.AutoFrom(versions, AsOf), AsOf).Documents.Single();

        // Then it meets the 2020 Code, conflicts with 2024, and the drift names the six-month window
        then.Findings.Should().NotContain(f => f.Verdict == Core.Findings.Verdict.Conflict);
        auto.Findings.Should().Contain(f => f.Verdict == Core.Findings.Verdict.Conflict && f.Provision == "2.3");
        var comparison = auto.CodeComparisons.Should().ContainSingle().Subject;
        comparison.Code.Should().Be("hos-2020");
        comparison.Drift.Should().Contain(d => d.Provision == "2.3" && d.Then == Core.Findings.Verdict.Meets && d.Now == Core.Findings.Verdict.Conflict);
    }

    private static DocumentAnalysis Analyse(string sample)
    {
        var path = RepoRoot.Combine("corpus", "samples", "policies", sample);
        var code = CodeCatalogueLoader.Parse(File.ReadAllText(RepoRoot.Combine("corpus", "codes", "hos-2024.yaml")));
        var report = Composition.CreateChecker(code).Check([new SourceFile(sample, path)], code, AsOf);
        report.Errors.Should().BeEmpty();
        return report.Documents.Single();
    }
}
