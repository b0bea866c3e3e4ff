using PolicyLint.Engine;
using PolicyLint.Analysis.Checking;
using PolicyLint.Analysis.Codes;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;
using PolicyLint.Testing;

namespace PolicyLint.Cli.Tests;

/// <summary>The clause mapper in a real check: what it adds to what the keyword rules find.</summary>
public sealed class MappingInCheckTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    [Fact]
    public void Should_Find_Provisions_The_Keyword_Rules_Miss_In_The_Plain_English_Sample()
    {
        // Given the plain-English sample, checked with and without the trained mapper
        var code = CodeCatalogueLoader.Parse(File.ReadAllText(RepoRoot.Combine("corpus", "codes", "hos-2024.yaml")));
        var stages = Composition.Stages(code);
        var withMapper = Analyse(new Checker(stages), code);
        var rulesOnly = Analyse(new Checker(stages with { Mapper = null }), code);

        // When we look at provisions the rules left silent
        var silentForRules = rulesOnly.Provisions.Where(p => p.Verdict == Verdict.Silent).Select(p => p.Id).ToHashSet();
        var foundByMapping = withMapper.Provisions.Where(p => silentForRules.Contains(p.Id) && p.Verdict != Verdict.Silent).ToList();

        // Then the mapper addresses some of them, citing clauses, and changes nothing the rules decided
        foundByMapping.Should().NotBeEmpty();
        foundByMapping.Should().OnlyContain(p => p.Basis == Basis.Mapping && p.Clauses.Count > 0);
        var rulesVerdicts = rulesOnly.Provisions.ToDictionary(p => p.Id);
        withMapper.Provisions.Where(p => p.Basis == Basis.Rule && p.Verdict != Verdict.Silent)
            .Should().OnlyContain(p => rulesVerdicts[p.Id].Verdict == p.Verdict && rulesVerdicts[p.Id].Clauses.SequenceEqual(p.Clauses));
    }

    [Fact]
    public void Should_Give_Every_Clause_Its_Top_Three_Candidate_Provisions()
    {
        var code = CodeCatalogueLoader.Parse(File.ReadAllText(RepoRoot.Combine("corpus", "codes", "hos-2024.yaml")));

        var analysis = Analyse(Composition.CreateChecker(code), code);

        analysis.Mappings.Should().HaveCount(analysis.Clauses.Count);
        analysis.Mappings.Should().OnlyContain(m => m.Candidates.Count == 3 && m.Candidates.All(c => c.Probability >= 0 && c.Probability <= 1));
    }

    private static DocumentAnalysis Analyse(Checker checker, Core.Codes.CodeCatalogue code)
    {
        var path = RepoRoot.Combine("corpus", "samples", "policies", "willow-plain.txt");
        return checker.Check([new SourceFile("willow-plain.txt", path)], code, AsOf).Documents.Single();
    }
}
