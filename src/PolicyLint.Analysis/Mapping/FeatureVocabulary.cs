namespace PolicyLint.Analysis.Mapping;

/// <summary>
/// The fitted feature space: each kept feature's name (in index order) and its inverse document
/// frequency. Vectors are sublinear TF (1 + ln tf) times IDF, scaled to unit length.
/// </summary>
public sealed class FeatureVocabulary
{
    private readonly Dictionary<string, int> _index;

    public FeatureVocabulary(FeatureSettings settings, IReadOnlyList<string> features, IReadOnlyList<double> idf)
    {
        if (features.Count != idf.Count)
        {
            throw new ArgumentException("features and idf differ in length", nameof(idf));
        }

        Settings = settings;
        Features = features;
        Idf = idf;
        _index = new Dictionary<string, int>(features.Count, StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
        {
            _index[features[i]] = i;
        }
    }

    public FeatureSettings Settings { get; }

    public IReadOnlyList<string> Features { get; }

    public IReadOnlyList<double> Idf { get; }

    public int Dimension => Features.Count;

    /// <summary>Fits the vocabulary on training texts: document frequencies, min-df, cap, IDF.</summary>
    public static FeatureVocabulary Fit(IReadOnlyList<string> texts, FeatureSettings settings)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var feature in Extract(text, settings).Keys)
            {
                df[feature] = df.GetValueOrDefault(feature) + 1;
            }
        }

        var kept = df
            .Where(p => p.Value >= settings.MinDocumentFrequency)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(settings.MaxFeatures)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        var n = texts.Count;
        var idf = kept.Select(p => Math.Log((1.0 + n) / (1.0 + p.Value)) + 1.0).ToList();
        return new FeatureVocabulary(settings, kept.Select(p => p.Key).ToList(), idf);
    }

    public SparseVector Vectorise(string text)
    {
        var weights = new SortedDictionary<int, double>();
        foreach (var (feature, count) in Extract(text, Settings))
        {
            if (_index.TryGetValue(feature, out var i))
            {
                weights[i] = (1.0 + Math.Log(count)) * Idf[i];
            }
        }

        var norm = Math.Sqrt(weights.Values.Sum(v => v * v));
        var indices = weights.Keys.ToArray();
        var values = weights.Values.Select(v => norm > 0 ? v / norm : 0).ToArray();
        return new SparseVector(indices, values);
    }

    /// <summary>The raw features of a text with their counts: "w:" words, "b:" word pairs, "c:" character n-grams.</summary>
    public static Dictionary<string, int> Extract(string text, FeatureSettings settings)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokens = TextNormaliser.Tokens(text);
        for (var t = 0; t < tokens.Count; t++)
        {
            Add(counts, "w:" + tokens[t]);
            if (settings.WordBigrams && t + 1 < tokens.Count)
            {
                Add(counts, "b:" + tokens[t] + " " + tokens[t + 1]);
            }

            if (settings.CharMax >= settings.CharMin && settings.CharMin > 0)
            {
                var padded = " " + tokens[t] + " ";
                for (var n = settings.CharMin; n <= settings.CharMax; n++)
                {
                    for (var s = 0; s + n <= padded.Length; s++)
                    {
                        Add(counts, string.Concat("c:", padded.AsSpan(s, n)));
                    }
                }
            }
        }

        return counts;
    }

    private static void Add(Dictionary<string, int> counts, string feature) =>
        counts[feature] = counts.GetValueOrDefault(feature) + 1;
}
