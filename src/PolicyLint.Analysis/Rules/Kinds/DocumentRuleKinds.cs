using PolicyLint.Core.Documents;
using PolicyLint.Analysis.Facts;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Rules.Kinds;

/// <summary>A policy whose next review date has passed (as of the check's date) gets a document-level warning.</summary>
public sealed class ReviewDateKind : IRuleKind
{
    public string Name => "review-date";

    public IReadOnlySet<string> ParameterNames { get; } = new HashSet<string>(StringComparer.Ordinal);

    public IReadOnlyList<RuleOutcome> Evaluate(RuleSpec rule, PolicyEvidence evidence, CodeCatalogue code)
    {
        var due = DateText.EndOf(evidence.Metadata.NextReview);
        if (due is null || due.Value >= evidence.AsOf)
        {
            return [];
        }

        var message = MessageTemplate.Fill(rule.Message, new Dictionary<string, string?>
        {
            ["due"] = evidence.Metadata.NextReview,
            ["asOf"] = evidence.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        return [new RuleOutcome(string.Empty, Verdict.Warning, null, evidence.Metadata.NextReview, message, 1.0)];
    }
}

/// <summary>
/// A provision a policy cannot show compliance with (resourcing, culture, what the governing body
/// receives): listed for coverage, never a finding.
/// </summary>
public sealed class NotCheckableKind : IRuleKind
{
    public string Name => "not-checkable";

    public IReadOnlySet<string> ParameterNames { get; } = new HashSet<string>(StringComparer.Ordinal) { "reason" };

    public IReadOnlyList<RuleOutcome> Evaluate(RuleSpec rule, PolicyEvidence evidence, CodeCatalogue code) => [];
}
