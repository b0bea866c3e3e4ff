using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Facts;

/// <summary>Runs the fact extractors over a clause, in a fixed order.</summary>
public sealed class FactExtractor : IFactExtractor
{
    private readonly IReadOnlyList<IFactExtractor> extractors;

    public FactExtractor(IReadOnlyList<IFactExtractor> extractors)
    {
        this.extractors = extractors ?? throw new ArgumentNullException(nameof(extractors));
    }

    public static FactExtractor Default { get; } =
        new([TimescaleExtractor.Instance, ExclusionWindowExtractor.Instance, ProcessFactsExtractor.Instance]);

    public IReadOnlyList<Fact> Extract(Clause clause) => extractors.SelectMany(e => e.Extract(clause)).ToList();
}
