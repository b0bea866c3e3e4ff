namespace PolicyLint.Analysis.Mapping;

/// <summary>
/// Weights of a multinomial logistic regression. Layout is feature-major: the weight of feature j for
/// class k is <c>Weights[j * Classes + k]</c>; the last row (j = Dimension) holds the biases.
/// </summary>
public sealed class SoftmaxModel
{
    public SoftmaxModel(int dimension, int classes, double[] weights)
    {
        if (weights.Length != (dimension + 1) * classes)
        {
            throw new ArgumentException($"expected {(dimension + 1) * classes} weights, got {weights.Length}", nameof(weights));
        }

        Dimension = dimension;
        Classes = classes;
        Weights = weights;
    }

    public int Dimension { get; }

    public int Classes { get; }

    public IReadOnlyList<double> Weights { get; }

    public double[] Logits(SparseVector x)
    {
        var logits = new double[Classes];
        Logits(Weights is double[] w ? w : Weights.ToArray(), Dimension, Classes, x, logits);
        return logits;
    }

    internal static void Logits(double[] w, int dimension, int classes, SparseVector x, Span<double> logits)
    {
        w.AsSpan(dimension * classes, classes).CopyTo(logits);
        for (var n = 0; n < x.Count; n++)
        {
            AddScaled(logits, w.AsSpan(x.Indices[n] * classes, classes), x.Values[n]);
        }
    }

    /// <summary>target += scale · source, vectorised.</summary>
    internal static void AddScaled(Span<double> target, ReadOnlySpan<double> source, double scale)
    {
        var k = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var width = System.Numerics.Vector<double>.Count;
            var s = new System.Numerics.Vector<double>(scale);
            for (; k <= target.Length - width; k += width)
            {
                var t = new System.Numerics.Vector<double>(target[k..]);
                (t + (s * new System.Numerics.Vector<double>(source[k..]))).CopyTo(target[k..]);
            }
        }

        for (; k < target.Length; k++)
        {
            target[k] += scale * source[k];
        }
    }

    /// <summary>Softmax of logits divided by a temperature, computed stably.</summary>
    public static double[] Softmax(ReadOnlySpan<double> logits, double temperature = 1.0)
    {
        var result = new double[logits.Length];
        var max = double.NegativeInfinity;
        foreach (var l in logits)
        {
            max = Math.Max(max, l);
        }

        var sum = 0.0;
        for (var k = 0; k < logits.Length; k++)
        {
            result[k] = Math.Exp((logits[k] - max) / temperature);
            sum += result[k];
        }

        for (var k = 0; k < logits.Length; k++)
        {
            result[k] /= sum;
        }

        return result;
    }
}
