using PolicyLint.Core.Assessments;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;

namespace PolicyLint.Core.Pipeline;

/// <summary>Everything PolicyLint found in one document.</summary>
public sealed record DocumentAnalysis(
    Document Document,
    DocumentKind Kind,
    DocumentMetadata Metadata,
    IReadOnlyList<Clause> Clauses,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<ProvisionVerdict> Provisions,
    IReadOnlyList<Finding> Findings)
{
    public Assessment? Assessment { get; init; }
    public IReadOnlyList<ClauseMapping> Mappings { get; init; } = [];
    public IReadOnlyList<CodeComparison> CodeComparisons { get; init; } = [];

    /// <summary>Problems with the document's configuration, such as a stale suppression.</summary>
    public IReadOnlyList<string> ConfigWarnings { get; init; } = [];

    /// <summary>The landlord the document names, when it is clear (used to pair self-assessments with policies).</summary>
    public string? Landlord { get; init; }
}

/// <summary>The verdicts of a document under an extra Code version (--code auto).</summary>
public sealed record CodeComparison(string Code, IReadOnlyList<ProvisionVerdict> Provisions, IReadOnlyList<Finding> Findings)
{
    public string? Summary { get; init; }

    /// <summary>Where the verdict under this Code differs from the verdict under the report's main Code.</summary>
    public IReadOnlyList<CodeDrift> Drift { get; init; } = [];

    /// <summary>Why this Code was compared (e.g. "in force when the policy was adopted (2020-11)").</summary>
    public string? Reason { get; init; }
}

/// <summary>One provision whose verdict changed between two Code versions.</summary>
public sealed record CodeDrift(string Provision, string? Topic, Verdict Then, Verdict Now, string Message)
{
    public string? Clause { get; init; }
}

/// <summary>A file that could not be read, and why.</summary>
public sealed record InputError(string Path, string Cause);

public sealed record Report(
    CodeCatalogue Code,
    IReadOnlyList<DocumentAnalysis> Documents,
    IReadOnlyList<CrossCheck> CrossChecks,
    IReadOnlyList<InputError> Errors,
    DateOnly AsOf)
{
    /// <summary>Self-assessments that were not cross-checked because no policy of the run is their landlord's.</summary>
    public IReadOnlyList<UnpairedAssessment> Unpaired { get; init; } = [];
}

/// <summary>Writes a report in one format.</summary>
public interface IReportWriter
{
    void Write(Report report, TextWriter output);
}
