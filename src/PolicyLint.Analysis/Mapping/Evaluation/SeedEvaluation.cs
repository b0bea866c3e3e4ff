using PolicyLint.Core.Documents;
using YamlDotNet.RepresentationModel;

namespace PolicyLint.Analysis.Mapping.Evaluation;

/// <summary>Clause-id labels for a seed document, as corpus/eval/*-labels.yaml records them.</summary>
public sealed record ClauseLabels(string Document, IReadOnlyDictionary<string, IReadOnlyList<string>> Labels)
{
    public static ClauseLabels Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var document = root.Children.TryGetValue(new YamlScalarNode("document"), out var d) && d is YamlScalarNode ds ? ds.Value ?? string.Empty : string.Empty;
        var labels = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode("clauses"), out var c) && c is YamlMappingNode clauses)
        {
            foreach (var (key, value) in clauses.Children)
            {
                var id = ((YamlScalarNode)key).Value ?? string.Empty;
                labels[id] = value is YamlSequenceNode seq
                    ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? ProvisionClasses.None).ToList()
                    : [((YamlScalarNode)value).Value ?? ProvisionClasses.None];
            }
        }

        return new ClauseLabels(document, labels);
    }
}

/// <summary>A set of labelled texts, and what was left out of it and why.</summary>
public sealed record EvalSet(string Name, IReadOnlyList<EvalItem> Items, IReadOnlyList<string> Notes);

/// <summary>Builds evaluation sets from segmented seed clauses and their labels.</summary>
public static class SeedEvaluation
{
    /// <summary>
    /// One item per labelled clause that has body text (a heading clause counts when its text runs beyond its
    /// heading line, as "What is a complaint?" followed by the definition does); the text is what a mapper
    /// would read in check (heading and text).
    /// Labelled ids the segmenter did not produce, and clauses without a label, are reported in the notes.
    /// </summary>
    public static EvalSet FromClauses(string name, IReadOnlyList<Clause> clauses, ClauseLabels labels)
    {
        var items = new List<EvalItem>();
        var unlabelled = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in clauses.Where(Scored))
        {
            if (!seen.Add(clause.Id))
            {
                continue;
            }

            if (labels.Labels.TryGetValue(clause.Id, out var acceptable) && acceptable.Count > 0)
            {
                items.Add(new EvalItem(clause.Id, MappingText.Of(clause), acceptable));
            }
            else
            {
                unlabelled.Add(clause.Id);
            }
        }

        var missing = labels.Labels.Keys.Where(k => !seen.Contains(k)).ToList();
        var notes = new List<string>();
        if (unlabelled.Count > 0)
        {
            notes.Add($"{name}: {unlabelled.Count} clause(s) without a label, not scored: {string.Join(", ", unlabelled)}");
        }

        if (missing.Count > 0)
        {
            notes.Add($"{name}: {missing.Count} labelled id(s) the segmenter did not produce: {string.Join(", ", missing)}");
        }

        return new EvalSet(name, items, notes);
    }

    /// <summary>True for a clause a mapper reads as content: not a heading, or a heading with more than one line.</summary>
    public static bool Scored(Clause clause) =>
        !clause.IsHeading || clause.Text.Trim().Contains('\n', StringComparison.Ordinal);

    /// <summary>Runs a ranker over a set and scores it.</summary>
    public static EvalResult Score(EvalSet set, ITextRanker ranker) =>
        MappingMetrics.Compute(set.Items, set.Items.Select(i => (IReadOnlyList<string>)ranker.Rank(i.Text).Select(s => s.Label).ToList()).ToList());

    /// <summary>The machine-readable line: <c>eval mapper=M set=S n=N top1=0.000 recall@3=0.000 macroF1=0.00</c>.</summary>
    public static string Line(string mapper, string set, EvalResult result) =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"eval mapper={mapper} set={set} n={result.Count} top1={result.Top1:0.000} recall@3={result.RecallAt3:0.000} macroF1={result.MacroF1:0.00}");
}
