using System.CommandLine;
using PolicyLint.Analysis.Mapping;
using PolicyLint.Analysis.Mapping.Evaluation;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Pipeline;
using AssessmentParser = PolicyLint.Ingest.Assessment.AssessmentParser;
using PolicyLint.Ingest.Segmentation;
using PolicyLint.Ingest.Text;

namespace PolicyLint.Cli.Commands;

/// <summary>The mappers compared by train and eval, and how the seeds are read; composed here, in one place.</summary>
internal static class MappingSetup
{
    /// <summary>One machine-readable eval line per mapper for the training data's cross-validation.</summary>
    public static void WriteCrossValidationLines(TextWriter output, TrainingRun run)
    {
        foreach (var cv in run.CrossValidation)
        {
            output.WriteLine(SeedEvaluation.Line(cv.Mapper, "training-cv", cv.Result));
        }
    }

    /// <summary>--code, shared by train and eval.</summary>
    public static Option<string> CodeOption(string description) =>
        new("--code") { Description = description, DefaultValueFactory = _ => "hos-2024" };

    /// <summary>--data, shared by train and eval.</summary>
    public static Option<string?> DataOption() =>
        new("--data") { Description = "Folder of training YAML files (default corpus/training/CODE)" };

    public static IReadOnlyList<(string Name, ITextRanker Ranker)> Mappers(TrainedModel model, ProvisionIndex index) =>
    [
        ("bm25", new Bm25Mapper(index, model.Manifest.Blend.Bm25Temperature)),
        ("classifier", new ClassifierMapper(model.Classifier)),
        ("combined", CombinedMapper.Create(model, index)),
    ];

    /// <summary>The seeds are read as any text input is: the plain-text reader, the team's segmenter and self-assessment parser.</summary>
    public static SeedReaders SeedReaders(CodeCatalogue code) =>
        new(
            path => ClauseSegmenter.Instance.Segment(PlainTextReader.Instance.Read(new SourceFile(path, path))),
            path => new AssessmentParser(code).Parse(PlainTextReader.Instance.Read(new SourceFile(path, path))));

    public static List<SeedScore> ScoreSeeds(string seeds, CodeCatalogue code, TrainedModel model, ProvisionIndex index, string labels, TextWriter output, List<string> notes, bool showMisses = false)
    {
        var scores = new List<SeedScore>();
        var mappers = Mappers(model, index);
        foreach (var set in SeedSets.Build(seeds, labels, SeedReaders(code)))
        {
            notes.AddRange(set.Notes);
            if (set.Items.Count == 0)
            {
                continue;
            }

            var results = mappers.Select(m => (m.Name, Result: SeedEvaluation.Score(set, m.Ranker))).ToList();
            foreach (var (name, result) in results)
            {
                output.WriteLine(SeedEvaluation.Line(name, set.Name, result));
                scores.Add(new SeedScore(set.Name, name, result));
            }

            WriteTable(output, set.Name, results);
            if (showMisses)
            {
                var combined = mappers[^1].Ranker;
                foreach (var item in set.Items)
                {
                    var ranked = combined.Rank(item.Text).Take(3).ToList();
                    if (ranked.Count == 0 || !item.Acceptable.Contains(ranked[0].Label, StringComparer.Ordinal))
                    {
                        output.WriteLine($"  miss {set.Name} {item.Id}: want {string.Join("|", item.Acceptable)}; got {string.Join(", ", ranked.Select(r => $"{r.Label} {r.Probability:0.00}"))}");
                    }
                }
            }
        }

        return scores;
    }

    public static void WriteTable(TextWriter output, string set, IReadOnlyList<(string Name, EvalResult Result)> results)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        output.WriteLine($"per provision ({set}; top-1 = recall of the class at rank 1):");
        output.WriteLine(string.Format(c, "  {0,-10} {1,4} " + string.Join(" ", results.Select(r => $"{r.Name + ".top1",16}")) + " {2,16} {3,12}", "provision", "n", "combined.r@3", "combined.F1"));
        var combined = results[^1].Result;
        foreach (var cls in combined.Classes.Where(x => x.Support > 0).OrderBy(x => x.Label, ProvisionOrder.Instance))
        {
            var cells = results.Select(r =>
            {
                var match = r.Result.Classes.FirstOrDefault(x => x.Label == cls.Label);
                return string.Format(c, "{0,16:0.00}", match?.Recall ?? 0);
            });
            output.WriteLine(string.Format(c, "  {0,-10} {1,4} " + string.Join(" ", cells) + " {2,16:0.00} {3,12:0.00}", cls.Label, cls.Support, cls.RecallAt3, cls.F1));
        }
    }
}

/// <summary>Orders provision ids numerically ("5.2" before "5.10"), with "none" last.</summary>
internal sealed class ProvisionOrder : IComparer<string>
{
    public static ProvisionOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = Key(x);
        var b = Key(y);
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(x, y);
    }

    private static int[] Key(string? id) =>
        id is null || ProvisionClasses.IsNone(id)
            ? [int.MaxValue]
            : id.Split('.').Select(p => int.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue - 1).ToArray();
}
