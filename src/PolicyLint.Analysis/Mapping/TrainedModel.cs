namespace PolicyLint.Analysis.Mapping;

/// <summary>
/// How <see cref="CombinedMapper"/> blends its sources: p = w·p_classifier + k·p_neighbours + (1 − w − k)·p_bm25,
/// where p_neighbours is the vote of the <see cref="Neighbours"/> training examples most like the text
/// (BM25 over the examples, softmax at <see cref="NeighbourTemperature"/> over scores divided by the best).
/// </summary>
public sealed record BlendSettings(double ClassifierWeight, double Bm25Temperature)
{
    public static BlendSettings Default { get; } = new(0.7, 0.1);

    /// <summary>Weight of the nearest-example vote (0 in older files: no vote).</summary>
    public double NeighbourWeight { get; init; }

    public int Neighbours { get; init; } = 10;

    public double NeighbourTemperature { get; init; } = 0.2;

    public double Bm25Weight => Math.Max(0.0, 1.0 - ClassifierWeight - NeighbourWeight);
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

/// <summary>A loaded model: the calibrated classifier, its manifest and the training examples its neighbour vote draws on.</summary>
public sealed record TrainedModel(ProvisionClassifier Classifier, ModelManifest Manifest)
{
    public IReadOnlyList<TrainingExample> Examples { get; init; } = [];
}
