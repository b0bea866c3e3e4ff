namespace PolicyLint.Analysis.Mapping.Evaluation;

/// <summary>Stratified fold assignment: each class's items are shuffled with a fixed seed and dealt round the folds.</summary>
public static class CrossValidation
{
    public static int[] StratifiedFolds(IReadOnlyList<string> labels, int folds, int seed)
    {
        if (folds < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), "need at least two folds");
        }

        var assignment = new int[labels.Count];
        var random = new Random(seed);
        var next = 0;
        foreach (var group in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            foreach (var i in members)
            {
                assignment[i] = next;
                next = (next + 1) % folds;
            }
        }

        return assignment;
    }
}
