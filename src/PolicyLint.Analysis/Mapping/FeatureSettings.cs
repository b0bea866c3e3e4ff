namespace PolicyLint.Analysis.Mapping;

/// <summary>
/// How text becomes a TF-IDF vector: word unigrams and bigrams, and character n-grams taken inside
/// each word (padded with a space at both ends). Features seen in fewer than <see cref="MinDocumentFrequency"/>
/// training texts are dropped, and at most <see cref="MaxFeatures"/> of the most frequent are kept.
/// </summary>
public sealed record FeatureSettings
{
    public static FeatureSettings Default { get; } = new();

    public bool WordBigrams { get; init; } = true;

    public int CharMin { get; init; } = 3;

    public int CharMax { get; init; } = 5;

    public int MinDocumentFrequency { get; init; } = 2;

    public int MaxFeatures { get; init; } = 20000;
}
