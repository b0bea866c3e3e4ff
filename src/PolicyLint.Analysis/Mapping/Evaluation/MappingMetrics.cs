namespace PolicyLint.Analysis.Mapping.Evaluation;

/// <summary>A text to map and the labels that count as right for it (several when a clause serves several provisions).</summary>
public sealed record EvalItem(string Id, string Text, IReadOnlyList<string> Acceptable);

/// <summary>Scores for one class: how often it was the truth (Support) and how well top-1 found it.</summary>
public sealed record ClassScore(string Label, int Support, int Predicted, double Precision, double Recall, double F1, double RecallAt3);

/// <summary>Scores of one mapper on one set.</summary>
public sealed record EvalResult(int Count, double Top1, double RecallAt3, double MacroF1, IReadOnlyList<ClassScore> Classes);

/// <summary>
/// Top-1 accuracy, recall@3 and macro-F1 of rankings against acceptable labels.
/// Top-1 counts when the first label is any acceptable one; recall@3 when any of the first three is.
/// For F1 each item has one true label: the predicted one when it was acceptable, otherwise the first
/// acceptable label; macro-F1 averages over every label that is true or predicted at least once.
/// </summary>
public static class MappingMetrics
{
    public static EvalResult Compute(IReadOnlyList<EvalItem> items, IReadOnlyList<IReadOnlyList<string>> rankings)
    {
        if (items.Count != rankings.Count)
        {
            throw new ArgumentException("one ranking per item is needed", nameof(rankings));
        }

        if (items.Count == 0)
        {
            return new EvalResult(0, 0, 0, 0, []);
        }

        var truth = new string[items.Count];
        var predicted = new string?[items.Count];
        var inTop3 = new bool[items.Count];
        var top1 = 0;
        var top3 = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var acceptable = items[i].Acceptable;
            var first = rankings[i].Count > 0 ? rankings[i][0] : null;
            predicted[i] = first;
            var hit = first is not null && acceptable.Contains(first, StringComparer.Ordinal);
            truth[i] = hit ? first! : acceptable[0];
            top1 += hit ? 1 : 0;
            inTop3[i] = rankings[i].Take(3).Any(l => acceptable.Contains(l, StringComparer.Ordinal));
            top3 += inTop3[i] ? 1 : 0;
        }

        var labels = truth.Concat(predicted.OfType<string>()).Distinct().Order(StringComparer.Ordinal).ToList();
        var classes = new List<ClassScore>();
        foreach (var label in labels)
        {
            var support = truth.Count(t => t == label);
            var predictedCount = predicted.Count(p => p == label);
            var truePositives = Enumerable.Range(0, items.Count).Count(i => truth[i] == label && predicted[i] == label);
            var precision = predictedCount == 0 ? 0 : truePositives / (double)predictedCount;
            var recall = support == 0 ? 0 : truePositives / (double)support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            var recall3 = support == 0 ? 0 : Enumerable.Range(0, items.Count).Count(i => truth[i] == label && inTop3[i]) / (double)support;
            classes.Add(new ClassScore(label, support, predictedCount, precision, recall, f1, recall3));
        }

        return new EvalResult(
            items.Count,
            top1 / (double)items.Count,
            top3 / (double)items.Count,
            classes.Average(c => c.F1),
            classes);
    }
}
