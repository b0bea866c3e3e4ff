using System.Text.RegularExpressions;
using PolicyLint.Core.Assessments;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Testing.Fakes;

/// <summary>A test kind detector: a document whose first block mentions "self-assessment" is one; others are policies.</summary>
public sealed class FirstLineKindDetector : IDocumentKindDetector
{
    public static FirstLineKindDetector Instance { get; } = new();

    public DocumentKind Detect(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var first = document.Blocks.FirstOrDefault()?.Text ?? string.Empty;
        return first.Contains("self-assessment", StringComparison.OrdinalIgnoreCase) ? DocumentKind.SelfAssessment : DocumentKind.Policy;
    }
}

/// <summary>A test metadata reader: the first block is the title; nothing else is read.</summary>
public sealed class FirstLineMetadataReader : IMetadataReader
{
    public static FirstLineMetadataReader Instance { get; } = new();

    public DocumentMetadata Read(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentMetadata(document.Blocks.FirstOrDefault()?.Text, null, null, null);
    }
}

/// <summary>A test self-assessment parser: each block "1.2 TAB answer" is a row.</summary>
public sealed class TabbedAssessmentParser : IAssessmentParser
{
    public static TabbedAssessmentParser Instance { get; } = new();

    public Assessment Parse(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var rows = document.Blocks
            .Select(b => b.Text.Split('\t'))
            .Where(cells => cells.Length >= 2)
            .Select(cells => new AssessmentRow(cells[0].Trim(), cells[1].Trim().ToLowerInvariant()))
            .ToList();
        return new Assessment("hos-2024", rows);
    }
}

/// <summary>A test fact extractor that finds nothing.</summary>
public sealed class NoFacts : IFactExtractor, IDocumentFactExtractor
{
    public static NoFacts Instance { get; } = new();

    public IReadOnlyList<Fact> Extract(Clause clause) => [];

    public IReadOnlyList<Fact> Extract(IReadOnlyList<Clause> clauses) => [];
}

/// <summary>
/// A test judge driven by markers in the clause text: "conflicts with 2.3" makes 2.3 a conflict with a
/// finding (rule PLTEST1) quoting the clause; "meets 1.2" makes 1.2 met. Every other provision is silent.
/// </summary>
public sealed partial class MarkerJudge : IJudge
{
    public const string RuleId = "PLTEST1";

    public static MarkerJudge Instance { get; } = new();

    public Judgement Judge(PolicyEvidence evidence, CodeCatalogue code)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(code);
        var verdicts = new List<ProvisionVerdict>();
        var findings = new List<Finding>();
        foreach (var provision in code.Provisions)
        {
            var conflicting = evidence.Clauses.Where(c => Marker(c.Text, "conflicts with", provision.Id)).ToList();
            var meeting = evidence.Clauses.Where(c => Marker(c.Text, "meets", provision.Id)).ToList();
            if (conflicting.Count > 0)
            {
                verdicts.Add(new ProvisionVerdict(provision.Id, Verdict.Conflict, conflicting.Select(c => c.Id).ToList(), 1, Basis.Rule));
                findings.AddRange(conflicting.Select(c => new Finding(RuleId, provision.Id, Verdict.Conflict, Severity.Error, c.Id, c.Text, $"Clause {c.Id} is marked as conflicting with {provision.Id}.", "Remove the marker.")));
            }
            else if (meeting.Count > 0)
            {
                verdicts.Add(new ProvisionVerdict(provision.Id, Verdict.Meets, meeting.Select(c => c.Id).ToList(), 1, Basis.Rule));
            }
            else
            {
                verdicts.Add(new ProvisionVerdict(provision.Id, Verdict.Silent, [], 0, Basis.None));
            }
        }

        return new Judgement(verdicts, findings);
    }

    private static bool Marker(string text, string marker, string provision) =>
        Regex.IsMatch(text, $@"\b{marker} {Regex.Escape(provision)}(?![\d.]*\d)", RegexOptions.IgnoreCase);
}

/// <summary>A test cross-checker: a row answered "yes" for a provision the policy conflicts with is a claim-conflict.</summary>
public sealed class ClaimCrossChecker : ICrossChecker
{
    public static ClaimCrossChecker Instance { get; } = new();

    public CrossCheck Check(DocumentAnalysis selfAssessment, DocumentAnalysis policy, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(selfAssessment);
        ArgumentNullException.ThrowIfNull(policy);
        var conflicts = policy.Provisions.Where(p => p.Verdict == Verdict.Conflict).ToDictionary(p => p.Id, p => p.Clauses.FirstOrDefault());
        var items = (selfAssessment.Assessment?.Rows ?? [])
            .Where(r => r.Answer == "yes" && r.Provision is not null && conflicts.ContainsKey(r.Provision))
            .Select(r => new CrossCheckItem(r.Provision, "claim-conflict", $"Claims {r.Provision} is met; the policy conflicts with it.")
            {
                Claimed = "yes",
                PolicyClause = conflicts[r.Provision!],
            })
            .ToList();
        return new CrossCheck(selfAssessment.Document.Path, policy.Document.Path, items);
    }
}
