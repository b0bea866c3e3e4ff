using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Mapping;

/// <summary>Ranks classes for a text, best first, with probabilities that sum to at most one.</summary>
public interface ITextRanker
{
    IReadOnlyList<ScoredLabel> Rank(string text);
}

/// <summary>
/// The text a mapper reads for a clause: the headings it sits under, outermost first, then its own text.
/// A clause's section heading ("Remedies", "Unacceptable behaviour") often names its topic when the
/// clause itself does not.
/// </summary>
public static class MappingText
{
    public static string Of(Clause clause)
    {
        IReadOnlyList<string> path = clause.HeadingPath.Count > 0 ? clause.HeadingPath : clause.Heading is null ? [] : [clause.Heading];
        var headings = path.Where(h => !string.IsNullOrWhiteSpace(h) && !clause.Text.StartsWith(h, StringComparison.Ordinal)).ToList();
        return headings.Count == 0 ? clause.Text : string.Join(". ", headings) + ". " + clause.Text;
    }

    /// <summary>The top <paramref name="count"/> of a ranking as provision matches ("none" included when ranked).</summary>
    public static IReadOnlyList<ProvisionMatch> Top(IReadOnlyList<ScoredLabel> ranking, int count = 3) =>
        ranking.Take(count).Select(s => new ProvisionMatch(s.Label, Math.Round(s.Probability, 4))).ToList();
}

/// <summary>
/// Maps by BM25 alone: the index's scores for a text, divided by the best score and turned into
/// probabilities by a softmax at the given temperature. Never proposes "none".
/// </summary>
public sealed class Bm25Mapper : IClauseMapper, ITextRanker
{
    private readonly ProvisionIndex _index;
    private readonly double _temperature;

    public Bm25Mapper(ProvisionIndex index, double temperature = 0.1)
    {
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _temperature = temperature;
    }

    public IReadOnlyList<ProvisionMatch> Map(Clause clause) => MappingText.Top(Rank(MappingText.Of(clause)));

    public IReadOnlyList<ScoredLabel> Rank(string text) => Distribution(_index.Rank(text, 10), _temperature);

    public static IReadOnlyList<ScoredLabel> Distribution(IReadOnlyList<IndexHit> hits, double temperature)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var max = hits.Max(h => h.Score);
        if (max <= 0)
        {
            return [];
        }

        var p = SoftmaxModel.Softmax(hits.Select(h => h.Score / max).ToArray(), temperature);
        return hits.Select((h, i) => new ScoredLabel(h.Provision, p[i]))
            .OrderByDescending(s => s.Probability)
            .ThenBy(s => s.Label, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>Maps by the trained classifier alone (calibrated probabilities, "none" included).</summary>
public sealed class ClassifierMapper : IClauseMapper, ITextRanker
{
    private readonly ProvisionClassifier _classifier;

    public ClassifierMapper(ProvisionClassifier classifier)
    {
        _classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));
    }

    public IReadOnlyList<ProvisionMatch> Map(Clause clause) => MappingText.Top(Rank(MappingText.Of(clause)));

    public IReadOnlyList<ScoredLabel> Rank(string text) => _classifier.Rank(text);
}

/// <summary>
/// Blends the classifier with BM25 and with the vote of the nearest training examples:
/// p(c) = w·p_classifier(c) + k·p_neighbours(c) + (1 − w − k)·p_bm25(c), where the BM25 distribution
/// shares out the mass the classifier does not give to "none" (and gives "none" the classifier's own
/// share), so the blend can still say a clause speaks to no provision; the neighbours vote "none" too.
/// </summary>
public sealed class CombinedMapper : IClauseMapper, ITextRanker
{
    private readonly ProvisionClassifier _classifier;
    private readonly ProvisionIndex _index;
    private readonly BlendSettings _blend;

    public CombinedMapper(ProvisionClassifier classifier, ProvisionIndex index, BlendSettings blend)
    {
        _classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _blend = blend ?? throw new ArgumentNullException(nameof(blend));
    }

    /// <summary>The mapper check uses: the committed model (fresh or not, as the caller chose to load it) over the Code's index.</summary>
    public static CombinedMapper Create(TrainedModel model, ProvisionIndex index) =>
        new(model.Classifier, index, model.Manifest.Blend);

    public IReadOnlyList<ProvisionMatch> Map(Clause clause) => MappingText.Top(Rank(MappingText.Of(clause)));

    public IReadOnlyList<ScoredLabel> Rank(string text) =>
        Blend(
            _classifier.Classes,
            _classifier.Probabilities(text),
            _index.Rank(text, 10),
            _blend,
            _blend.NeighbourWeight > 0 ? _index.Neighbours(text, _blend.Neighbours) : []);

    /// <summary>The vote of neighbouring examples: each one's share of a softmax over scores divided by the best, summed per label.</summary>
    public static IReadOnlyList<ScoredLabel> Vote(IReadOnlyList<IndexHit> neighbours, double temperature)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in Bm25Mapper.Distribution(neighbours, temperature))
        {
            votes[s.Label] = votes.GetValueOrDefault(s.Label) + s.Probability;
        }

        return votes.Select(p => new ScoredLabel(p.Key, p.Value))
            .OrderByDescending(s => s.Probability)
            .ThenBy(s => s.Label, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<ScoredLabel> Blend(
        IReadOnlyList<string> classes, IReadOnlyList<double> classifier, IReadOnlyList<IndexHit> hits, BlendSettings blend, IReadOnlyList<IndexHit>? neighbours = null)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var none = 0.0;
        for (var k = 0; k < classes.Count; k++)
        {
            scores[classes[k]] = blend.ClassifierWeight * classifier[k];
            if (ProvisionClasses.IsNone(classes[k]))
            {
                none = classifier[k];
            }
        }

        var bm25 = Bm25Mapper.Distribution(hits, blend.Bm25Temperature);
        var vote = blend.NeighbourWeight > 0 && neighbours is { Count: > 0 } ? Vote(neighbours, blend.NeighbourTemperature) : [];
        var rest = vote.Count > 0 ? blend.Bm25Weight : 1.0 - blend.ClassifierWeight;
        if (vote.Count == 0 && blend.NeighbourWeight > 0)
        {
            // No neighbour evidence: its share goes to the classifier.
            for (var k = 0; k < classes.Count; k++)
            {
                scores[classes[k]] = (1.0 - rest) * classifier[k];
            }
        }

        foreach (var v in vote)
        {
            scores[v.Label] = scores.GetValueOrDefault(v.Label) + (blend.NeighbourWeight * v.Probability);
        }

        if (bm25.Count == 0)
        {
            // No index evidence: the classifier speaks for BM25's share too.
            for (var k = 0; k < classes.Count; k++)
            {
                scores[classes[k]] += rest * classifier[k];
            }
        }
        else
        {
            if (scores.ContainsKey(ProvisionClasses.None))
            {
                scores[ProvisionClasses.None] += rest * none;
            }

            foreach (var s in bm25)
            {
                scores[s.Label] = scores.GetValueOrDefault(s.Label) + (rest * (1.0 - none) * s.Probability);
            }
        }

        return scores.Select(p => new ScoredLabel(p.Key, p.Value))
            .OrderByDescending(s => s.Probability)
            .ThenBy(s => s.Label, StringComparer.Ordinal)
            .ToList();
    }
}
