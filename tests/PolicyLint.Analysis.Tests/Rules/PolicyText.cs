using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.Facts;
using PolicyLint.Analysis.Rules;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Metadata;
using PolicyLint.Ingest.Segmentation;
using PolicyLint.Ingest.Text;

namespace PolicyLint.Analysis.Tests.Rules;

/// <summary>
/// Runs a policy text through the real pipeline (text reader, segmenter, front matter, facts) and judges
/// it with the rule book and the 2024 catalogue, as the checker does.
/// </summary>
public static class PolicyText
{
    public static readonly DateOnly AsOf = new(2025, 6, 1);

    private static readonly Lazy<RuleBook> LazyBook = new(() => RuleBook.Load());
    private static readonly Lazy<CodeCatalogue> LazyCode = new(() => CodeCatalogueLoader.Load("hos-2024"));

    public static RuleBook Book => LazyBook.Value;

    public static CodeCatalogue Code => LazyCode.Value;

    public static string RulesFolder => CorpusLocator.Corpus("rules");

    public static PolicyEvidence Evidence(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"policylint-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        try
        {
            var document = PlainTextReader.Instance.Read(new SourceFile("policy.txt", path));
            var clauses = ClauseSegmenter.Instance.Segment(document);
            var facts = clauses.SelectMany(FactExtractor.Default.Extract).ToList();
            return new PolicyEvidence(clauses, facts, [], FrontMatterReader.Instance.Read(document), AsOf);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static Judgement Judge(string text) => new RuleJudge(Book).Judge(Evidence(text), Code);

    /// <summary>What one rule alone concludes about a text.</summary>
    public static IReadOnlyList<RuleOutcome> Outcomes(RuleSpec rule, string text) =>
        Book.Kinds[rule.Kind].Evaluate(rule, Evidence(text), Code);

    public static RuleSpec Rule(string id) => Book.Find(id) ?? throw new InvalidOperationException($"no rule {id}");
}
