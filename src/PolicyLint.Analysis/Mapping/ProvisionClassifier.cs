namespace PolicyLint.Analysis.Mapping;

/// <summary>A class with its probability, as the classifier or a mapper ranks them.</summary>
public readonly record struct ScoredLabel(string Label, double Probability);

/// <summary>
/// The trained text classifier: TF-IDF features, softmax weights, the class names and the temperature
/// that calibrates its probabilities.
/// </summary>
public sealed class ProvisionClassifier
{
    public ProvisionClassifier(FeatureVocabulary vocabulary, SoftmaxModel model, IReadOnlyList<string> classes, double temperature = 1.0)
    {
        if (model.Classes != classes.Count || model.Dimension != vocabulary.Dimension)
        {
            throw new ArgumentException("the model does not fit its vocabulary or classes", nameof(model));
        }

        Vocabulary = vocabulary;
        Model = model;
        Classes = classes;
        Temperature = temperature;
    }

    public FeatureVocabulary Vocabulary { get; }

    public SoftmaxModel Model { get; }

    public IReadOnlyList<string> Classes { get; }

    public double Temperature { get; }

    public ProvisionClassifier WithTemperature(double temperature) => new(Vocabulary, Model, Classes, temperature);

    /// <summary>Trains on labelled texts; classes are the labels seen, in ordinal order.</summary>
    public static ProvisionClassifier Train(IReadOnlyList<TrainingExample> examples, FeatureSettings features, TrainerSettings trainer)
    {
        var classes = examples.Select(e => e.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var vocabulary = FeatureVocabulary.Fit(examples.Select(e => e.Text).ToList(), features);
        var inputs = examples.Select(e => vocabulary.Vectorise(e.Text)).ToList();
        var labels = examples.Select(e => classIndex[e.Label]).ToList();
        var model = new SoftmaxTrainer(trainer).Train(inputs, labels, vocabulary.Dimension, classes.Count);
        return new ProvisionClassifier(vocabulary, model, classes);
    }

    public double[] Logits(string text) => Model.Logits(Vocabulary.Vectorise(text));

    /// <summary>Calibrated probabilities for every class, in <see cref="Classes"/> order.</summary>
    public double[] Probabilities(string text) => SoftmaxModel.Softmax(Logits(text), Temperature);

    /// <summary>All classes ranked by probability, best first (ties in ordinal order of label).</summary>
    public IReadOnlyList<ScoredLabel> Rank(string text)
    {
        var p = Probabilities(text);
        return Classes.Select((c, i) => new ScoredLabel(c, p[i]))
            .OrderByDescending(s => s.Probability)
            .ThenBy(s => s.Label, StringComparer.Ordinal)
            .ToList();
    }
}
