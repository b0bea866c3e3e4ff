using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Reporting;

/// <summary>
/// One row of the Ombudsman's compliance-check table: Provision | Requirement | Observation | Recommendation,
/// with the verdict, clause and quote behind it and, when suppressed, the justification.
/// </summary>
public sealed record OmbudsmanRow(
    string Provision,
    string Requirement,
    string Verdict,
    string Observation,
    string Recommendation)
{
    public string? Clause { get; init; }
    public string? Quote { get; init; }
    public string? Rule { get; init; }
    public string Basis { get; init; } = "none";
    public double Confidence { get; init; }
    public bool Suppressed { get; init; }
    public string? Justification { get; init; }
}

/// <summary>
/// The rows of one policy's table, shared by the HTML, DOCX and CSV reports: every provision of the Code,
/// a row per finding where rules fired (suppressed findings kept, marked, with their justification).
/// </summary>
public static class OmbudsmanTable
{
    public static IReadOnlyList<OmbudsmanRow> Rows(DocumentAnalysis analysis, Report report)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(report);
        var byProvision = analysis.Findings.Where(f => f.Provision is not null).ToLookup(f => f.Provision!, StringComparer.Ordinal);
        var rows = new List<OmbudsmanRow>();
        foreach (var verdict in Coverage.Complete(analysis.Provisions, report.Code))
        {
            var requirement = report.Code.Find(verdict.Id)?.Summary ?? string.Empty;
            var findings = byProvision[verdict.Id].ToList();
            var basis = Vocabulary.Of(verdict.Basis);
            if (findings.Count == 0)
            {
                rows.Add(new OmbudsmanRow(verdict.Id, requirement, Vocabulary.Of(verdict.Verdict), Observation(verdict), string.Empty)
                {
                    Clause = verdict.Clauses.FirstOrDefault(),
                    Basis = basis,
                    Confidence = verdict.Confidence,
                });
                continue;
            }

            foreach (var finding in findings)
            {
                var id = finding.Item is null ? verdict.Id : $"{verdict.Id} {finding.Item}";
                rows.Add(new OmbudsmanRow(id, requirement, Vocabulary.Of(finding.Verdict), Observation(finding), finding.Recommendation)
                {
                    Clause = finding.Clause,
                    Quote = finding.Quote,
                    Rule = finding.RuleId,
                    Basis = "rule",
                    Confidence = finding.Confidence,
                    Suppressed = finding.Suppressed,
                    Justification = finding.SuppressionJustification,
                });
            }
        }

        return rows;
    }

    /// <summary>The verdict, the clause quoted, and the rule's message.</summary>
    public static string Observation(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var quote = finding.Clause is null
            ? string.Empty
            : finding.Quote is null ? $" Clause {finding.Clause}." : $" Clause {finding.Clause} says: “{finding.Quote}”.";
        return $"{Capitalise(Vocabulary.Of(finding.Verdict))}.{quote} {finding.Message}";
    }

    public static string Observation(ProvisionVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return verdict.Verdict switch
        {
            Verdict.Silent => "Not addressed by the policy.",
            _ when verdict.Clauses.Count == 0 => $"{Capitalise(Vocabulary.Of(verdict.Verdict))}.",
            _ => $"{Capitalise(Vocabulary.Of(verdict.Verdict))}: {(verdict.Clauses.Count == 1 ? "clause" : "clauses")} {string.Join(", ", verdict.Clauses)}.",
        };
    }

    public static string Capitalise(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
    }

    /// <summary>The counts a batch summary shows for one document, suppressed findings left out.</summary>
    public static (int Conflicts, int Warnings, int Silent, int Suppressed) Counts(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var live = analysis.Findings.Where(f => !f.Suppressed).ToList();
        return (
            live.Count(f => f.Verdict == Verdict.Conflict),
            live.Count(f => f.Verdict == Verdict.Warning),
            analysis.Provisions.Count(p => p.Verdict == Verdict.Silent),
            analysis.Findings.Count(f => f.Suppressed));
    }
}
