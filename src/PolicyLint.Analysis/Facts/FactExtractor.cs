using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Facts;

/// <summary>
/// Runs the clause fact extractors over every clause, in a fixed order, then the document-level
/// ones (a stage count read from the stages a page names).
/// </summary>
public sealed class FactExtractor : IFactExtractor, IDocumentFactExtractor
{
    private readonly IReadOnlyList<IFactExtractor> extractors;
    private readonly IReadOnlyList<IDocumentFactExtractor> documentExtractors;

    public FactExtractor(IReadOnlyList<IFactExtractor> extractors, IReadOnlyList<IDocumentFactExtractor>? documentExtractors = null)
    {
        this.extractors = extractors ?? throw new ArgumentNullException(nameof(extractors));
        this.documentExtractors = documentExtractors ?? [];
    }

    public static FactExtractor Default { get; } =
        new([TimescaleExtractor.Instance, ExclusionWindowExtractor.Instance, ProcessFactsExtractor.Instance], [NamedStagesCounter.Instance]);

    public IReadOnlyList<Fact> Extract(Clause clause) => extractors.SelectMany(e => e.Extract(clause)).ToList();

    public IReadOnlyList<Fact> Extract(IReadOnlyList<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var facts = clauses.SelectMany(Extract).ToList();
        foreach (var extractor in documentExtractors)
        {
            facts.AddRange(extractor.Extract(clauses).Where(f => !facts.Any(g => g.Kind == f.Kind)));
        }

        return facts;
    }
}
