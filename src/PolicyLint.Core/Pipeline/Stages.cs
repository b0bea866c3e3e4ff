using PolicyLint.Core.Assessments;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;

namespace PolicyLint.Core.Pipeline;

/// <summary>An input as the user named it, and where it is on disk.</summary>
public sealed record SourceFile(string DisplayPath, string FullPath);

/// <summary>Reads one file format into blocks. Throws <see cref="InputException"/> for unreadable input.</summary>
public interface IDocumentReader
{
    Document Read(SourceFile source);
}

/// <summary>Cuts a document's blocks into numbered clauses.</summary>
public interface IClauseSegmenter
{
    IReadOnlyList<Clause> Segment(Document document);
}

/// <summary>Reads title, version and dates from the front matter.</summary>
public interface IMetadataReader
{
    DocumentMetadata Read(Document document);
}

/// <summary>Tells a policy from a self-assessment.</summary>
public interface IDocumentKindDetector
{
    DocumentKind Detect(Document document);
}

/// <summary>Parses a self-assessment's rows.</summary>
public interface IAssessmentParser
{
    Assessment Parse(Document document);
}

/// <summary>Finds facts (timescales, windows, stage counts...) in one clause.</summary>
public interface IFactExtractor
{
    IReadOnlyList<Fact> Extract(Clause clause);
}

/// <summary>Finds the facts of a whole document: each clause's, and those only the document as a whole shows (stage headings).</summary>
public interface IDocumentFactExtractor
{
    IReadOnlyList<Fact> Extract(IReadOnlyList<Clause> clauses);
}

/// <summary>Gives a clause its candidate provisions, best first.</summary>
public interface IClauseMapper
{
    IReadOnlyList<ProvisionMatch> Map(Clause clause);
}

/// <summary>What the judge sees of a policy.</summary>
public sealed record PolicyEvidence(
    IReadOnlyList<Clause> Clauses,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<ClauseMapping> Mappings,
    DocumentMetadata Metadata,
    DateOnly AsOf)
{
    /// <summary>The user's rule settings for this document (from .policylint.yaml).</summary>
    public RuleSettings Settings { get; init; } = RuleSettings.Empty;
}

/// <summary>Rules turned off and levels changed by configuration.</summary>
public sealed record RuleSettings
{
    public static RuleSettings Empty { get; } = new();

    public IReadOnlySet<string> DisabledRules { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, Severity> Levels { get; init; } = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
}

public sealed record Judgement(IReadOnlyList<ProvisionVerdict> Provisions, IReadOnlyList<Finding> Findings);

/// <summary>Gives every provision of a Code a verdict.</summary>
public interface IJudge
{
    Judgement Judge(PolicyEvidence evidence, CodeCatalogue code);
}

/// <summary>Checks a self-assessment's claims against the policy it cites.</summary>
public interface ICrossChecker
{
    CrossCheck Check(DocumentAnalysis selfAssessment, DocumentAnalysis policy, DateOnly asOf);
}

/// <summary>An input that could not be read. The message is one line naming the cause.</summary>
public sealed class InputException : Exception
{
    public InputException(string path, string cause)
        : base($"{path}: {cause}")
    {
        Path = path;
        Cause = cause;
    }

    public InputException()
    {
        Path = string.Empty;
        Cause = string.Empty;
    }

    public InputException(string message)
        : base(message)
    {
        Path = string.Empty;
        Cause = message;
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
        Cause = message;
    }

    public string Path { get; }

    public string Cause { get; }
}
