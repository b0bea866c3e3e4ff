using PolicyLint.Analysis.Mapping.Evaluation;
using PolicyLint.Core.Codes;

namespace PolicyLint.Analysis.Mapping;

/// <summary>Everything <see cref="ModelTrainer"/> needs to know besides the data.</summary>
public sealed record TrainingOptions
{
    public static TrainingOptions Default { get; } = new();

    public FeatureSettings Features { get; init; } = FeatureSettings.Default;

    public TrainerSettings Trainer { get; init; } = TrainerSettings.Default;

    public int Folds { get; init; } = 5;

    public int Seed { get; init; } = 20240401;

    /// <summary>Classifier weights tried for the blend (0 = BM25 only, 1 = classifier only).</summary>
    public IReadOnlyList<double> BlendWeights { get; init; } = Enumerable.Range(0, 21).Select(i => i / 20.0).ToList();

    /// <summary>BM25 softmax temperatures tried for the blend.</summary>
    public IReadOnlyList<double> Bm25Temperatures { get; init; } = [0.05, 0.1, 0.2, 0.5];

    /// <summary>BM25 column weights (title, summary, keywords) tried for the blend.</summary>
    public IReadOnlyList<IndexWeights> IndexWeights { get; init; } =
        [Mapping.IndexWeights.Default, new(1, 1, 1), new(1, 1, 3), new(3, 1, 1), new(2, 1, 4)];

    /// <summary>Weights tried for the nearest-example vote (with the classifier weights, summing to at most one).</summary>
    public IReadOnlyList<double> NeighbourWeights { get; init; } = Enumerable.Range(0, 17).Select(i => i / 20.0).ToList();

    /// <summary>How many nearest examples vote, tried.</summary>
    public IReadOnlyList<int> NeighbourCounts { get; init; } = [5, 10, 20];

    /// <summary>Softmax temperatures of the vote, tried.</summary>
    public IReadOnlyList<double> NeighbourTemperatures { get; init; } = [0.1, 0.2, 0.5];
}

/// <summary>Out-of-fold results of a mapper on the training data.</summary>
public sealed record MapperCrossValidation(string Mapper, EvalResult Result);

/// <summary>What a training run produced: the model and the evidence for its card.</summary>
public sealed record TrainingRun(
    TrainedModel Model,
    IReadOnlyList<TrainingExample> Examples,
    IReadOnlyList<MapperCrossValidation> CrossValidation,
    double EceBefore,
    double EceAfter,
    IReadOnlyList<ReliabilityBin> Reliability,
    TimeSpan Elapsed);

/// <summary>
/// Trains the classifier with stratified k-fold cross-validation: out-of-fold logits fit the temperature
/// and, with out-of-fold BM25 rankings, choose the blend weight; the nearest-example vote is then tuned on
/// neighbours found among each fold's training examples only; then the final model is fitted on all
/// examples. Folds train in parallel but each is deterministic, so the run is too.
/// </summary>
public static class ModelTrainer
{
    public static TrainingRun Train(IReadOnlyList<TrainingExample> examples, string dataHash, CodeCatalogue code, TrainingOptions options)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var labels = examples.Select(e => e.Label).ToList();
        var classes = labels.Distinct().Order(StringComparer.Ordinal).ToList();
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var folds = CrossValidation.StratifiedFolds(labels, options.Folds, options.Seed);

        // Out-of-fold logits, in the full class order (a class absent from a fold's training gets −∞).
        var logits = new double[examples.Count][];
        Parallel.For(
            0,
            options.Folds,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) },
            f =>
            {
                var train = examples.Where((_, i) => folds[i] != f).ToList();
                var classifier = ProvisionClassifier.Train(train, options.Features, options.Trainer);
                var map = classifier.Classes.Select(c => classIndex[c]).ToArray();
                for (var i = 0; i < examples.Count; i++)
                {
                    if (folds[i] != f)
                    {
                        continue;
                    }

                    var raw = classifier.Logits(examples[i].Text);
                    var full = Enumerable.Repeat(-1e9, classes.Count).ToArray();
                    for (var k = 0; k < raw.Length; k++)
                    {
                        full[map[k]] = raw[k];
                    }

                    logits[i] = full;
                }
            });

        var truth = labels.Select(l => classIndex[l]).ToList();
        var temperature = Calibration.FitTemperature(logits, truth);
        var before = Confidences(logits, truth, 1.0);
        var after = Confidences(logits, truth, temperature);

        var items = examples.Select((e, i) => new EvalItem(i.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Text, [e.Label])).ToList();
        var probabilities = logits.Select(l => SoftmaxModel.Softmax(l, temperature)).ToList();

        BlendSettings? bestBlend = null;
        EvalResult? bestResult = null;
        IndexWeights bestWeights = IndexWeights.Default;
        IReadOnlyList<IReadOnlyList<IndexHit>> bestHits = [];
        foreach (var weights in options.IndexWeights)
        {
            using var index = new ProvisionIndex(code, weights);
            var hits = examples.Select(e => index.Rank(e.Text, 10)).ToList();
            foreach (var t in options.Bm25Temperatures)
            {
                foreach (var w in options.BlendWeights)
                {
                    var blend = new BlendSettings(w, t);
                    var result = MappingMetrics.Compute(items, Rankings(i => CombinedMapper.Blend(classes, probabilities[i], hits[i], blend), items.Count));
                    if (bestResult is null || Better(result, bestResult))
                    {
                        bestResult = result;
                        bestBlend = blend;
                        bestWeights = weights;
                        bestHits = hits;
                    }
                }
            }
        }

        // Out-of-fold neighbours: each example's nearest among the other folds' examples.
        var maxNeighbours = options.NeighbourCounts.Count == 0 ? 0 : options.NeighbourCounts.Max();
        var neighbours = new IReadOnlyList<IndexHit>[examples.Count];
        for (var f = 0; f < options.Folds; f++)
        {
            var train = examples.Where((_, i) => folds[i] != f).ToList();
            using var index = new ProvisionIndex(code, bestWeights, train);
            for (var i = 0; i < examples.Count; i++)
            {
                if (folds[i] == f)
                {
                    neighbours[i] = maxNeighbours > 0 ? index.Neighbours(examples[i].Text, maxNeighbours) : [];
                }
            }
        }

        var grid = new List<BlendSettings>();
        foreach (var count in options.NeighbourCounts)
        {
            foreach (var nt in options.NeighbourTemperatures)
            {
                foreach (var k in options.NeighbourWeights.Where(k => k > 0))
                {
                    foreach (var w in options.BlendWeights.Where(w => w + k <= 1.0 + 1e-9))
                    {
                        grid.Add(new BlendSettings(w, bestBlend!.Bm25Temperature) { NeighbourWeight = k, Neighbours = count, NeighbourTemperature = nt });
                    }
                }
            }
        }

        var gridResults = new EvalResult[grid.Count];
        Parallel.For(0, grid.Count, g =>
        {
            var blend = grid[g];
            gridResults[g] = MappingMetrics.Compute(items, Rankings(
                i => CombinedMapper.Blend(classes, probabilities[i], bestHits[i], blend, neighbours[i].Take(blend.Neighbours).ToList()),
                items.Count));
        });
        for (var g = 0; g < grid.Count; g++)
        {
            if (Better(gridResults[g], bestResult!))
            {
                bestResult = gridResults[g];
                bestBlend = grid[g];
            }
        }

        var knnOnly = MappingMetrics.Compute(items, Rankings(
            i => CombinedMapper.Vote(neighbours[i].Take(bestBlend!.NeighbourWeight > 0 ? bestBlend.Neighbours : 10).ToList(), bestBlend.NeighbourWeight > 0 ? bestBlend.NeighbourTemperature : 0.2),
            items.Count));
        var bm25 = MappingMetrics.Compute(items, Rankings(i => Bm25Mapper.Distribution(bestHits[i], bestBlend!.Bm25Temperature), items.Count));
        var classifierOnly = MappingMetrics.Compute(items, Rankings(
            i => classes.Select((c, k) => new ScoredLabel(c, probabilities[i][k])).OrderByDescending(s => s.Probability).ThenBy(s => s.Label, StringComparer.Ordinal).ToList(),
            items.Count));

        var final = ProvisionClassifier.Train(examples, options.Features, options.Trainer).WithTemperature(temperature);
        var manifest = new ModelManifest
        {
            DataHash = dataHash,
            CodeId = code.Id,
            Examples = examples.Count,
            Blend = bestBlend!,
            Index = bestWeights,
            Features = options.Features,
            Trainer = options.Trainer,
        };

        return new TrainingRun(
            new TrainedModel(final, manifest) { Examples = examples.Select(e => new TrainingExample(e.Label, e.Text)).ToList() },
            examples,
            [new("bm25", bm25), new("neighbours", knnOnly), new("classifier", classifierOnly), new("combined", bestResult!)],
            Calibration.ExpectedCalibrationError(before),
            Calibration.ExpectedCalibrationError(after),
            Calibration.Reliability(after),
            clock.Elapsed);
    }

    /// <summary>Higher top-1 wins; then higher recall@3; then higher macro-F1; earlier grid points win ties.</summary>
    private static bool Better(EvalResult a, EvalResult b)
    {
        const double eps = 1e-12;
        if (Math.Abs(a.Top1 - b.Top1) > eps)
        {
            return a.Top1 > b.Top1;
        }

        if (Math.Abs(a.RecallAt3 - b.RecallAt3) > eps)
        {
            return a.RecallAt3 > b.RecallAt3;
        }

        return a.MacroF1 > b.MacroF1 + eps;
    }

    private static List<IReadOnlyList<string>> Rankings(Func<int, IReadOnlyList<ScoredLabel>> rank, int count) =>
        Enumerable.Range(0, count).Select(i => (IReadOnlyList<string>)rank(i).Select(s => s.Label).ToList()).ToList();

    private static List<(double Confidence, bool Correct)> Confidences(IReadOnlyList<double[]> logits, IReadOnlyList<int> truth, double temperature) =>
        logits.Select((l, i) =>
        {
            var p = SoftmaxModel.Softmax(l, temperature);
            var best = 0;
            for (var k = 1; k < p.Length; k++)
            {
                if (p[k] > p[best])
                {
                    best = k;
                }
            }

            return (p[best], best == truth[i]);
        }).ToList();
}
