namespace PolicyLint.Analysis.Mapping;

/// <summary>How <see cref="CombinedMapper"/> blends the two sources: p = w·p_classifier + (1 − w)·p_bm25.</summary>
public sealed record BlendSettings(double ClassifierWeight, double Bm25Temperature)
{
    public static BlendSettings Default { get; } = new(0.7, 0.1);
}

/// <summary>What a model file records besides its weights.</summary>
public sealed record ModelManifest
{
    public required string DataHash { get; init; }

    public required string CodeId { get; init; }

    public required int Examples { get; init; }

    public required BlendSettings Blend { get; init; }

    /// <summary>BM25 column weights chosen with the blend (absent in older files: the defaults).</summary>
    public IndexWeights Index { get; init; } = IndexWeights.Default;

    public required FeatureSettings Features { get; init; }

    public required TrainerSettings Trainer { get; init; }
}

/// <summary>A loaded model: the calibrated classifier and its manifest.</summary>
public sealed record TrainedModel(ProvisionClassifier Classifier, ModelManifest Manifest);
