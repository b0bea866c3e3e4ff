namespace PolicyLint.Analysis.Mapping;

public enum ModelState
{
    Fresh,
    Missing,
    Stale,
}

/// <summary>Whether the committed model matches the training data it claims; Message is one line.</summary>
public sealed record ModelFreshness(ModelState State, string? ModelHash, string CurrentHash, string Message)
{
    public bool IsFresh => State == ModelState.Fresh;
}

/// <summary>A model that is missing or no longer matches its training data. The message is one line.</summary>
public sealed class ModelStaleException : Exception
{
    public ModelStaleException(string message)
        : base(message)
    {
    }

    public ModelStaleException()
    {
    }

    public ModelStaleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Finds, checks and loads the classifier under models/. <see cref="Check"/> tells the caller whether the
/// model is fresh without throwing, so the caller decides whether a stale model warns or fails;
/// <see cref="Load"/> fails on a missing or stale model.
/// </summary>
public static class ModelStore
{
    public const string FileName = "provision-classifier.bin";

    public const string CardName = "MODEL.md";

    public const string StaleMessage = "model is stale: training data changed; run policylint train";

    public static string ModelPath(string modelsDirectory) => Path.Combine(modelsDirectory, FileName);

    public static ModelFreshness Check(string modelsDirectory, string trainingDirectory)
    {
        var current = TrainingData.Hash(trainingDirectory);
        var path = ModelPath(modelsDirectory);
        if (!File.Exists(path))
        {
            return new ModelFreshness(ModelState.Missing, null, current, $"model is missing: no {path}; run policylint train");
        }

        var recorded = ModelFile.ReadManifest(path).DataHash;
        return string.Equals(recorded, current, StringComparison.Ordinal)
            ? new ModelFreshness(ModelState.Fresh, recorded, current, "model is fresh")
            : new ModelFreshness(ModelState.Stale, recorded, current, StaleMessage);
    }

    /// <summary>Loads the model, failing with <see cref="ModelStaleException"/> when it is missing or stale.</summary>
    public static TrainedModel Load(string modelsDirectory, string trainingDirectory)
    {
        var freshness = Check(modelsDirectory, trainingDirectory);
        if (!freshness.IsFresh)
        {
            throw new ModelStaleException(freshness.Message);
        }

        return ModelFile.Read(ModelPath(modelsDirectory));
    }

    /// <summary>Loads the model without comparing it to the training data (for callers that only warn).</summary>
    public static TrainedModel LoadUnchecked(string modelsDirectory)
    {
        var path = ModelPath(modelsDirectory);
        if (!File.Exists(path))
        {
            throw new ModelStaleException($"model is missing: no {path}; run policylint train");
        }

        return ModelFile.Read(path);
    }
}
