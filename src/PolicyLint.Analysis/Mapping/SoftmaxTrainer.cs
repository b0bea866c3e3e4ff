using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace PolicyLint.Analysis.Mapping;

/// <summary>L2 strength and optimiser limits for <see cref="SoftmaxTrainer"/>.</summary>
public sealed record TrainerSettings
{
    public static TrainerSettings Default { get; } = new();

    /// <summary>L2 penalty on the weights (not the biases), added to the mean negative log-likelihood as λ/2·‖W‖².</summary>
    public double L2 { get; init; } = 1e-4;

    public int MaxIterations { get; init; } = 150;

    public double GradientTolerance { get; init; } = 1e-4;

    public int Memory { get; init; } = 7;

    /// <summary>
    /// Class balance: each example's loss is weighted by (mean class size / its class size)^ClassBalance,
    /// normalised to mean one. 0 = plain loss; 1 = fully balanced classes; 0.5 = in between. Keeps a
    /// large, varied class such as "none" from swallowing texts it merely resembles.
    /// </summary>
    public double ClassBalance { get; init; } = 1.0;
}

/// <summary>
/// Fits a <see cref="SoftmaxModel"/> by minimising mean cross-entropy plus L2 with MathNet's L-BFGS,
/// from zero weights, with an analytic gradient. Single-threaded and in fixed order, so the same
/// data gives the same weights bit for bit.
/// </summary>
public sealed class SoftmaxTrainer
{
    private readonly TrainerSettings _settings;

    public SoftmaxTrainer(TrainerSettings settings)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
    }

    public SoftmaxModel Train(IReadOnlyList<SparseVector> inputs, IReadOnlyList<int> labels, int dimension, int classes)
    {
        if (inputs.Count != labels.Count || inputs.Count == 0)
        {
            throw new ArgumentException("need as many labels as inputs, and at least one input", nameof(labels));
        }

        var size = (dimension + 1) * classes;
        var weights = ExampleWeights(labels, classes, _settings.ClassBalance);
        var best = new double[size];
        var bestLoss = double.PositiveInfinity;
        var objective = ObjectiveFunction.Gradient(v =>
        {
            var w = v.AsArray() ?? v.ToArray();
            var gradient = new double[size];
            var loss = LossAndGradient(w, gradient, inputs, labels, weights, dimension, classes, _settings.L2);
            if (loss < bestLoss)
            {
                bestLoss = loss;
                Array.Copy(w, best, size);
            }

            return (loss, Vector<double>.Build.Dense(gradient));
        });

        var minimizer = new LimitedMemoryBfgsMinimizer(_settings.GradientTolerance, 1e-10, 1e-9, _settings.Memory, _settings.MaxIterations);
        try
        {
            var result = minimizer.FindMinimum(objective, Vector<double>.Build.Dense(size));
            var final = result.MinimizingPoint.ToArray();
            return new SoftmaxModel(dimension, classes, final);
        }
        catch (Exception e) when (e is MaximumIterationsException or OptimizationException or ArgumentException)
        {
            // The line search can stop early on flat ground; the best point it evaluated is a good fit.
            return new SoftmaxModel(dimension, classes, best);
        }
    }

    internal static double[] ExampleWeights(IReadOnlyList<int> labels, int classes, double balance)
    {
        var counts = new int[classes];
        foreach (var y in labels)
        {
            counts[y]++;
        }

        var present = counts.Count(c => c > 0);
        var mean = labels.Count / (double)Math.Max(1, present);
        var weights = labels.Select(y => Math.Pow(mean / counts[y], balance)).ToArray();
        var average = weights.Average();
        return weights.Select(x => x / average).ToArray();
    }

    internal static double LossAndGradient(
        double[] w, double[] gradient, IReadOnlyList<SparseVector> inputs, IReadOnlyList<int> labels, double[] weights, int dimension, int classes, double l2)
    {
        var loss = 0.0;
        var logits = new double[classes];
        var scale = 1.0 / inputs.Count;
        var biasOffset = dimension * classes;
        for (var i = 0; i < inputs.Count; i++)
        {
            var x = inputs[i];
            SoftmaxModel.Logits(w, dimension, classes, x, logits);
            var max = double.NegativeInfinity;
            for (var k = 0; k < classes; k++)
            {
                max = Math.Max(max, logits[k]);
            }

            var sum = 0.0;
            for (var k = 0; k < classes; k++)
            {
                logits[k] = Math.Exp(logits[k] - max);
                sum += logits[k];
            }

            var y = labels[i];
            var weight = weights[i];
            loss -= weight * Math.Log(logits[y] / sum);

            // logits now holds (p - onehot) · weight / N.
            for (var k = 0; k < classes; k++)
            {
                logits[k] = ((logits[k] / sum) - (k == y ? 1.0 : 0.0)) * scale * weight;
            }

            var bias = gradient.AsSpan(biasOffset, classes);
            for (var k = 0; k < classes; k++)
            {
                bias[k] += logits[k];
            }

            for (var n = 0; n < x.Count; n++)
            {
                SoftmaxModel.AddScaled(gradient.AsSpan(x.Indices[n] * classes, classes), logits, x.Values[n]);
            }
        }

        loss *= scale;
        var penalty = 0.0;
        for (var j = 0; j < biasOffset; j++)
        {
            penalty += w[j] * w[j];
            gradient[j] += l2 * w[j];
        }

        return loss + (0.5 * l2 * penalty);
    }
}
