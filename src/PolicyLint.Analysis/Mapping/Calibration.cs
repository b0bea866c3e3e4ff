namespace PolicyLint.Analysis.Mapping;

/// <summary>One bin of a reliability summary: predictions whose top probability fell in [Low, High).</summary>
public sealed record ReliabilityBin(double Low, double High, int Count, double MeanConfidence, double Accuracy);

/// <summary>Temperature scaling and expected calibration error over held-out logits.</summary>
public static class Calibration
{
    /// <summary>
    /// The temperature T minimising the mean negative log-likelihood of softmax(logits / T), searched on a
    /// log grid from 0.05 to 20 and refined by golden-section search. Deterministic.
    /// </summary>
    public static double FitTemperature(IReadOnlyList<double[]> logits, IReadOnlyList<int> labels)
    {
        if (logits.Count == 0)
        {
            return 1.0;
        }

        var bestT = 1.0;
        var bestNll = double.PositiveInfinity;
        for (var step = -30; step <= 30; step++)
        {
            var t = Math.Pow(10, step / 23.0);
            var nll = NegativeLogLikelihood(logits, labels, t);
            if (nll < bestNll)
            {
                bestNll = nll;
                bestT = t;
            }
        }

        var lo = bestT / Math.Pow(10, 1 / 23.0);
        var hi = bestT * Math.Pow(10, 1 / 23.0);
        var phi = (Math.Sqrt(5) - 1) / 2;
        for (var i = 0; i < 40; i++)
        {
            var a = hi - (phi * (hi - lo));
            var b = lo + (phi * (hi - lo));
            if (NegativeLogLikelihood(logits, labels, a) < NegativeLogLikelihood(logits, labels, b))
            {
                hi = b;
            }
            else
            {
                lo = a;
            }
        }

        return (lo + hi) / 2;
    }

    public static double NegativeLogLikelihood(IReadOnlyList<double[]> logits, IReadOnlyList<int> labels, double temperature)
    {
        var total = 0.0;
        for (var i = 0; i < logits.Count; i++)
        {
            var p = SoftmaxModel.Softmax(logits[i], temperature);
            total -= Math.Log(Math.Max(p[labels[i]], 1e-300));
        }

        return total / logits.Count;
    }

    /// <summary>Reliability bins of top-1 confidence against top-1 accuracy (equal-width bins).</summary>
    public static IReadOnlyList<ReliabilityBin> Reliability(IReadOnlyList<(double Confidence, bool Correct)> predictions, int bins = 10)
    {
        var result = new List<ReliabilityBin>();
        for (var b = 0; b < bins; b++)
        {
            var low = (double)b / bins;
            var high = (double)(b + 1) / bins;
            var inBin = predictions.Where(p => p.Confidence >= low && (p.Confidence < high || (b == bins - 1 && p.Confidence <= high))).ToList();
            result.Add(new ReliabilityBin(
                low,
                high,
                inBin.Count,
                inBin.Count == 0 ? 0 : inBin.Average(p => p.Confidence),
                inBin.Count == 0 ? 0 : inBin.Count(p => p.Correct) / (double)inBin.Count));
        }

        return result;
    }

    /// <summary>Expected calibration error: the count-weighted mean gap between confidence and accuracy per bin.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<(double Confidence, bool Correct)> predictions, int bins = 10)
    {
        if (predictions.Count == 0)
        {
            return 0;
        }

        return Reliability(predictions, bins).Sum(b => b.Count * Math.Abs(b.MeanConfidence - b.Accuracy)) / predictions.Count;
    }
}
