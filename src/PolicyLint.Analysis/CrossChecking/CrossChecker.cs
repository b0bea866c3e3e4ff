namespace PolicyLint.Analysis.CrossChecking;

using System.Globalization;
using PolicyLint.Core.Assessments;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

/// <summary>
/// Checks each claim of a self-assessment against the policy it cites: a "yes" the policy contradicts
/// (claim-conflict), a cited section that is missing or about something else (citation-mismatch), a "yes"
/// with nothing behind it (no-evidence), and gaps the landlord admits (admitted-gap, overdue once the
/// target month has passed). When many citations miss, it says once that the self-assessment was
/// probably written against another version of the policy (policy-version-mismatch).
/// </summary>
public sealed class CrossChecker : ICrossChecker
{
    public const string ClaimConflict = "claim-conflict";
    public const string CitationMismatch = "citation-mismatch";
    public const string NoEvidence = "no-evidence";
    public const string AdmittedGap = "admitted-gap";
    public const string PolicyVersionMismatch = "policy-version-mismatch";

    private readonly CodeCatalogue code;
    private readonly CrossCheckOptions options;

    public CrossChecker(CodeCatalogue code, CrossCheckOptions? options = null)
    {
        this.code = code ?? throw new ArgumentNullException(nameof(code));
        this.options = options ?? CrossCheckOptions.Default;
    }

    public CrossCheck Check(DocumentAnalysis selfAssessment, DocumentAnalysis policy, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(selfAssessment);
        ArgumentNullException.ThrowIfNull(policy);
        var rows = selfAssessment.Assessment?.Rows ?? [];
        var topics = new TopicProfile(policy.Clauses);
        var items = new List<CrossCheckItem>();
        var mismatches = new List<CrossCheckItem>();
        var checkedCitations = 0;
        foreach (var row in rows.Where(r => r.Provision is not null))
        {
            var provision = row.Provision!;
            var claimsYes = row.Answer == "yes";
            if (claimsYes && ConflictClause(policy, provision) is { } conflict)
            {
                items.Add(new CrossCheckItem(provision, ClaimConflict,
                    $"The self-assessment answers yes for {provision}, but the policy contradicts the provision at clause {conflict.Clause}: {conflict.Why}")
                {
                    Claimed = row.Answer,
                    PolicyClause = conflict.Clause,
                });
            }

            if (code.Find(provision) is { } known)
            {
                foreach (var citation in row.Citations.Where(c => c.Document == "policy"))
                {
                    checkedCitations++;
                    if (CitationProblem(topics, known, citation.Section) is { } problem)
                    {
                        mismatches.Add(new CrossCheckItem(provision, CitationMismatch, problem)
                        {
                            Claimed = row.Answer,
                            Cited = citation.Section,
                        });
                    }
                }
            }

            if (claimsYes && row.Citations.Count == 0 && IsBlank(row.Evidence) && IsBlank(row.Commentary))
            {
                items.Add(new CrossCheckItem(provision, NoEvidence,
                    $"The self-assessment answers yes for {provision} but gives no evidence and cites no section of the policy.")
                {
                    Claimed = row.Answer,
                });
            }

            if (row.Answer is "no" or "partial")
            {
                items.Add(Gap(row, provision, asOf));
            }
        }

        var versionMismatch = mismatches.Count >= options.MinimumMismatches
            && checkedCitations > 0
            && (double)mismatches.Count / checkedCitations >= options.MismatchShare;
        if (versionMismatch)
        {
            items.Insert(0, new CrossCheckItem(null, PolicyVersionMismatch, VersionMessage(selfAssessment, policy, mismatches.Count, checkedCitations)));
            mismatches = mismatches
                .Select(m => m with { Message = m.Message + " This is probably a consequence of the version mismatch, not a separate fault." })
                .ToList();
        }

        items.AddRange(mismatches);
        var order = code.Provisions.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var sorted = items
            .Select((item, i) => (item, i))
            .OrderBy(x => x.item.Provision is null ? -1 : order.GetValueOrDefault(x.item.Provision, int.MaxValue))
            .ThenBy(x => x.i)
            .Select(x => x.item)
            .ToList();
        return new CrossCheck(selfAssessment.Document.Path, policy.Document.Path, sorted);
    }

    private static (string Clause, string Why)? ConflictClause(DocumentAnalysis policy, string provision)
    {
        var finding = policy.Findings.FirstOrDefault(f => f.Provision == provision && f.Verdict == Verdict.Conflict && !f.Suppressed);
        if (finding is not null)
        {
            return (finding.Clause ?? "(whole document)", finding.Message);
        }

        var verdict = policy.Provisions.FirstOrDefault(p => p.Id == provision && p.Verdict == Verdict.Conflict);
        return verdict is null ? null : (verdict.Clauses.FirstOrDefault() ?? "(whole document)", "the policy's verdict for this provision is conflict.");
    }

    private string? CitationProblem(TopicProfile topics, Provision provision, string section)
    {
        var top = TopicProfile.Top(section);
        if (!topics.Sections.ContainsKey(top))
        {
            return $"The row for {provision.Id} cites section {section} of the policy, which has no such section.";
        }

        var about = TopicProfile.About(provision);
        var scores = topics.Sections.ToDictionary(kv => kv.Key, kv => topics.Similarity(about, kv.Value), StringComparer.Ordinal);
        var best = scores.OrderByDescending(kv => kv.Value).First();
        var score = scores[top];
        if (best.Key == top || score >= options.RelativeFit * best.Value)
        {
            return null;
        }

        return $"The row for {provision.Id} ({provision.Title ?? provision.SectionTitle}) cites section {section} of the policy, "
            + $"which is about {Describe(topics, top)}; the policy deals with this in section {best.Key} ({Describe(topics, best.Key)}).";
    }

    private static string Describe(TopicProfile topics, string section) =>
        topics.Headings.TryGetValue(section, out var heading) && heading.Length > 0 ? $"\"{heading}\"" : "another subject";

    private static CrossCheckItem Gap(AssessmentRow row, string provision, DateOnly asOf)
    {
        var due = EndOf(row.Target);
        bool? overdue = due is null ? row.Overdue : due < asOf;
        var action = string.IsNullOrWhiteSpace(row.Action) ? "no action is given" : $"the action given is: {Shorten(row.Action)}";
        var when = row.Target is null ? "with no target date" : $"with a target of {row.Target}";
        var late = overdue == true ? $"; that target had passed by {asOf:yyyy-MM-dd}" : string.Empty;
        return new CrossCheckItem(provision, AdmittedGap,
            $"The self-assessment admits it does not fully meet {provision} (answer {row.Answer}); {action}, {when}{late}.")
        {
            Claimed = row.Answer,
            Target = row.Target,
            Overdue = overdue,
        };
    }

    private static string VersionMessage(DocumentAnalysis selfAssessment, DocumentAnalysis policy, int missed, int checkedCount)
    {
        var meta = policy.Metadata;
        var policyDates = new List<string>();
        if (meta.Version is not null)
        {
            policyDates.Add($"version {meta.Version}");
        }

        if (meta.Adopted is not null)
        {
            policyDates.Add($"adopted {meta.Adopted}");
        }

        if (meta.NextReview is not null)
        {
            policyDates.Add($"due for review by {meta.NextReview}");
        }

        var assessed = selfAssessment.Assessment?.Date;
        var reviewPassed = assessed is not null && EndOf(meta.NextReview) is { } review && StartOf(assessed) is { } made && review < made;
        var policyPart = policyDates.Count == 0 ? "the policy supplied" : $"the policy supplied ({string.Join(", ", policyDates)})";
        var assessmentPart = assessed is null ? string.Empty : $" The self-assessment is dated {assessed}";
        var passedPart = reviewPassed ? ", after the policy's review date had passed, so a revised policy probably existed by then." : assessed is null ? string.Empty : ".";
        return $"{missed} of {checkedCount} citations of the policy point at sections about something else or at sections it does not have: "
            + $"the self-assessment was probably written against a different version of the policy than {policyPart}.{assessmentPart}{passedPart}";
    }

    private static bool IsBlank(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Trim().Trim('.').ToLowerInvariant() is "n/a" or "na" or "none" or "-";

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "...";

    private static DateOnly? EndOf(string? month) =>
        StartOf(month) is { } start ? (month!.Length == 7 ? start.AddMonths(1).AddDays(-1) : start) : null;

    private static DateOnly? StartOf(string? date)
    {
        if (date is null)
        {
            return null;
        }

        var formats = new[] { "yyyy-MM-dd", "yyyy-MM" };
        return DateOnly.TryParseExact(date, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}

/// <summary>Thresholds of the cross-check. RelativeFit: a cited section fits when it scores at least this share of the best section.</summary>
public sealed record CrossCheckOptions(double RelativeFit, int MinimumMismatches, double MismatchShare)
{
    public static CrossCheckOptions Default { get; } = new(0.5, 3, 0.3);
}
