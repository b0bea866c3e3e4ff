using System.Globalization;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Codes;

/// <summary>Which Code versions a document is judged against: one named Code, or "auto".</summary>
public sealed record CodeSelection(CodeCatalogue Main, IReadOnlyList<CodeCatalogue> Versions, bool Auto)
{
    public static CodeSelection Fixed(CodeCatalogue code) => new(code, [code], false);

    /// <summary>Auto: the main Code is the one in force on the check date; the others are compared by adoption date.</summary>
    public static CodeSelection AutoFrom(IReadOnlyList<CodeCatalogue> versions, DateOnly asOf) =>
        new(CodeVersions.InForceOn(versions, asOf), versions, true);
}

/// <summary>Picks Code versions by date and describes how a policy's verdicts drift between them.</summary>
public static class CodeVersions
{
    /// <summary>The id of the Code in force now: the default for checks, and the Code self-assessment rows are placed on.</summary>
    public const string Current = "hos-2024";

    public static IReadOnlyList<CodeCatalogue> LoadAll() =>
        CodeCatalogueLoader.AvailableIds().Select(CodeCatalogueLoader.Load).OrderBy(c => c.Effective).ToList();

    /// <summary>The latest Code whose effective date is on or before the date (the earliest when none is).</summary>
    public static CodeCatalogue InForceOn(IReadOnlyList<CodeCatalogue> versions, DateOnly date)
    {
        var ordered = versions.OrderBy(v => v.Effective).ToList();
        return ordered.LastOrDefault(v => v.Effective <= date) ?? ordered[0];
    }

    /// <summary>The first day a normalised date ("2020-11") can stand for.</summary>
    public static DateOnly? StartOf(string? normalised)
    {
        if (normalised is null)
        {
            return null;
        }

        var parts = normalised.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new DateOnly(parts[0], parts.Length > 1 ? parts[1] : 1, parts.Length > 2 ? parts[2] : 1);
    }

    /// <summary>
    /// Verdicts of the main Code's provisions set against an older Code's topics (each mapped to its nearest
    /// 2024 provisions): what met the older Code and conflicts now, and what conflicted then and meets now.
    /// </summary>
    public static IReadOnlyList<CodeDrift> Drift(CodeCatalogue older, IReadOnlyList<ProvisionVerdict> olderVerdicts, CodeCatalogue main, IReadOnlyList<ProvisionVerdict> mainVerdicts)
    {
        var drift = new List<CodeDrift>();
        var now = mainVerdicts.ToDictionary(v => v.Id, StringComparer.Ordinal);
        foreach (var then in olderVerdicts)
        {
            var topic = older.Find(then.Id);
            var targets = topic is { Maps2024.Count: > 0 } ? topic.Maps2024 : [then.Id];
            foreach (var target in targets)
            {
                if (!now.TryGetValue(target, out var current) || then.Verdict == current.Verdict)
                {
                    continue;
                }

                var wasFine = then.Verdict is Verdict.Meets or Verdict.Stricter;
                if (wasFine && current.Verdict == Verdict.Conflict)
                {
                    drift.Add(new CodeDrift(target, topic?.Id, then.Verdict, current.Verdict,
                        $"met the {Year(older)} Code ({topic?.Title ?? then.Id}); conflicts with the {Year(main)} Code ({target})")
                    { Clause = current.Clauses.FirstOrDefault() });
                }
                else if (then.Verdict == Verdict.Conflict && current.Verdict is Verdict.Meets or Verdict.Stricter)
                {
                    drift.Add(new CodeDrift(target, topic?.Id, then.Verdict, current.Verdict,
                        $"conflicted with the {Year(older)} Code ({topic?.Title ?? then.Id}); meets the {Year(main)} Code ({target})")
                    { Clause = current.Clauses.FirstOrDefault() });
                }
            }
        }

        return drift.DistinctBy(d => (d.Provision, d.Topic)).ToList();
    }

    public static string Summary(CodeCatalogue older, CodeCatalogue main, DocumentMetadata metadata, IReadOnlyList<CodeDrift> drift)
    {
        var adopted = metadata.Adopted ?? "on an unknown date";
        var worse = drift.Where(d => d.Now == Verdict.Conflict).Select(d => d.Provision).Distinct().ToList();
        return worse.Count == 0
            ? $"Adopted {adopted}, when the {Year(older)} Code applied; no provision that met it conflicts with the {Year(main)} Code."
            : $"Adopted {adopted}, when the {Year(older)} Code applied: {worse.Count} provision(s) met the {Year(older)} Code but conflict with the {Year(main)} Code ({string.Join(", ", worse)}).";
    }

    private static string Year(CodeCatalogue code) => code.Effective.Year.ToString(CultureInfo.InvariantCulture);
}
