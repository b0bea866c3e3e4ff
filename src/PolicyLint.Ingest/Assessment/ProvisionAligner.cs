namespace PolicyLint.Ingest.Assessment;

using PolicyLint.Core.Codes;

/// <summary>What the aligner knows about one candidate row: numbers seen near it, its text, its section heading.</summary>
public sealed record AlignItem(IReadOnlyDictionary<string, double> IdHints, string Text, int? Section);

/// <summary>
/// Puts candidate rows back on the Code's provisions. Rows follow the Code's order, so this is a
/// monotone alignment (dynamic programming, like a sequence alignment) that rewards a number read near
/// the row, a matching section heading and word overlap (TF-IDF cosine) with the provision's summary and keywords.
/// </summary>
public sealed class ProvisionAligner
{
    private const double MatchBase = 1.0;
    private const double SkipRow = -0.2;
    private const double SimilarityWeight = 2.0;

    private readonly ProvisionIndex index;

    public ProvisionAligner(ProvisionIndex index)
    {
        this.index = index ?? throw new ArgumentNullException(nameof(index));
    }

    /// <summary>For each item, the index into <paramref name="provisions"/> it is placed on, or -1.</summary>
    public int[] Align(IReadOnlyList<AlignItem> items, IReadOnlyList<Provision> provisions)
    {
        var k = items.Count;
        var p = provisions.Count;
        var best = new double[k + 1, p + 1];
        var move = new byte[k + 1, p + 1];
        for (var i = 0; i <= k; i++)
        {
            for (var j = 0; j <= p; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                var value = double.NegativeInfinity;
                byte how = 0;
                if (j > 0 && best[i, j - 1] > value)
                {
                    value = best[i, j - 1];
                    how = 1; // provision without a row
                }

                if (i > 0 && best[i - 1, j] + SkipRow > value)
                {
                    value = best[i - 1, j] + SkipRow;
                    how = 2; // row without a provision
                }

                if (i > 0 && j > 0)
                {
                    var m = best[i - 1, j - 1] + Score(items[i - 1], provisions[j - 1]);
                    if (m > value)
                    {
                        value = m;
                        how = 3;
                    }
                }

                best[i, j] = value;
                move[i, j] = how;
            }
        }

        var result = Enumerable.Repeat(-1, k).ToArray();
        for (int i = k, j = p; i > 0 || j > 0;)
        {
            switch (move[i, j])
            {
                case 1:
                    j--;
                    break;
                case 2:
                    i--;
                    break;
                default:
                    result[i - 1] = j - 1;
                    i--;
                    j--;
                    break;
            }
        }

        return result;
    }

    private double Score(AlignItem item, Provision provision)
    {
        var score = MatchBase + item.IdHints.GetValueOrDefault(provision.Id);
        if (item.Section is { } section)
        {
            score += section == provision.Section ? 0.5 : -1.5;
        }

        if (item.Text.Length > 0)
        {
            score += SimilarityWeight * index.Similarity(item.Text, provision.Id);
        }

        return score;
    }
}
