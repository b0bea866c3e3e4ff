using PolicyLint.Core.Assessments;
using PolicyLint.Core.Documents;

namespace PolicyLint.Analysis.Mapping.Evaluation;

/// <summary>How to read the seeds: a policy segmenter, and a self-assessment parser when one is available.</summary>
public sealed record SeedReaders(
    Func<string, IReadOnlyList<Clause>> SegmentPolicy,
    Func<string, Assessment>? ParseAssessment);

/// <summary>
/// The evaluation sets over the real seed documents (read from a folder outside the project only when
/// named): seed-004-clauses (policy clauses labelled by corpus/eval/seed-004-labels.yaml), seed-rows
/// (the rows of seeds 001 and 003, evidence and commentary, labelled by their own provision) and
/// seed-rows-ocr (the same for seed 000).
/// </summary>
public static class SeedSets
{
    private static readonly HashSet<string> CitationWords = new(StringComparer.Ordinal)
    {
        "detailed", "within", "point", "points", "section", "sections", "paragraph", "para", "page", "policy", "policies",
        "procedure", "procedures", "see", "states", "stated", "state", "set", "out", "outlined", "covered", "included",
        "refer", "reference", "complaints", "complaint", "feedback", "group", "customer", "compensation", "num", "appendix",
        "document", "documents", "website", "link", "clause", "clauses", "https", "http", "www", "co", "uk", "org", "pdf",
    };

    public static IReadOnlyList<EvalSet> Build(string seedsDirectory, string labelsDirectory, SeedReaders readers)
    {
        var sets = new List<EvalSet>();
        var policy = Find(seedsDirectory, "004_");
        var labelsPath = Path.Combine(labelsDirectory, "seed-004-labels.yaml");
        if (policy is null || !File.Exists(labelsPath))
        {
            sets.Add(new EvalSet("seed-004-clauses", [], [$"seed-004-clauses: skipped (need 004_*.txt in {seedsDirectory} and {labelsPath})"]));
        }
        else
        {
            sets.Add(SeedEvaluation.FromClauses("seed-004-clauses", readers.SegmentPolicy(policy), ClauseLabels.Load(labelsPath)));
        }

        sets.Add(Rows("seed-rows", [Find(seedsDirectory, "001_"), Find(seedsDirectory, "003_")], readers));
        sets.Add(Rows("seed-rows-ocr", [Find(seedsDirectory, "000_")], readers));
        return sets;
    }

    /// <summary>One item per row with a provision and informative text; citation-only rows are counted apart.</summary>
    public static EvalSet FromRows(string name, IReadOnlyList<(string Source, AssessmentRow Row)> rows)
    {
        var items = new List<EvalItem>();
        var uninformative = 0;
        var empty = 0;
        foreach (var (source, row) in rows)
        {
            if (string.IsNullOrWhiteSpace(row.Provision))
            {
                continue;
            }

            var text = string.Join(" ", new[] { row.Evidence, row.Commentary }.Where(t => !string.IsNullOrWhiteSpace(t))).Trim();
            if (text.Length == 0)
            {
                empty++;
                continue;
            }

            if (IsCitationOnly(text))
            {
                uninformative++;
                continue;
            }

            items.Add(new EvalItem($"{source}:{row.Provision}{(row.Item is null ? string.Empty : " " + row.Item)}", text, [row.Provision!.Trim()]));
        }

        return new EvalSet(name, items, [$"{name}: {uninformative} citation-only row(s) counted apart as uninformative, {empty} row(s) with no evidence or commentary; not scored"]);
    }

    /// <summary>True when a row's text, once citation words and numbers are removed, has fewer than four content words.</summary>
    public static bool IsCitationOnly(string text) =>
        FtsQuery.SignificantTerms(text).Count(t => !CitationWords.Contains(t) && !t.All(char.IsDigit)) < 4;

    private static EvalSet Rows(string name, IReadOnlyList<string?> files, SeedReaders readers)
    {
        if (readers.ParseAssessment is null)
        {
            return new EvalSet(name, [], [$"{name}: skipped (no self-assessment parser in this build yet)"]);
        }

        var present = files.OfType<string>().ToList();
        if (present.Count == 0)
        {
            return new EvalSet(name, [], [$"{name}: skipped (seed files not found)"]);
        }

        var rows = present.SelectMany(f => readers.ParseAssessment(f).Rows.Select(r => (Path.GetFileName(f)[..3], r))).ToList();
        return FromRows(name, rows);
    }

    private static string? Find(string directory, string prefix) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, prefix + "*.txt").Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
}
