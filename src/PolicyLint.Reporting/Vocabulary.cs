using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;

namespace PolicyLint.Reporting;

/// <summary>The lower-case words the report contract uses for PolicyLint's enums.</summary>
public static class Vocabulary
{
    public static IReadOnlyList<string> Verdicts { get; } = ["meets", "stricter", "conflict", "silent", "warning"];

    public static IReadOnlyList<string> Severities { get; } = ["error", "warning", "note"];

    public static IReadOnlyList<string> Bases { get; } = ["rule", "mapping", "none"];

    public static IReadOnlyList<string> Kinds { get; } = ["policy", "self-assessment", "unknown"];

    public static IReadOnlyList<string> Answers { get; } = ["yes", "no", "partial", "n/a"];

    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Meets => "meets",
        Verdict.Stricter => "stricter",
        Verdict.Conflict => "conflict",
        Verdict.Silent => "silent",
        Verdict.Warning => "warning",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "no contract word for this verdict"),
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "no contract word for this severity"),
    };

    public static string Of(Basis basis) => basis switch
    {
        Basis.Rule => "rule",
        Basis.Mapping => "mapping",
        Basis.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "no contract word for this basis"),
    };

    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.Policy => "policy",
        DocumentKind.SelfAssessment => "self-assessment",
        DocumentKind.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no contract word for this kind"),
    };

    /// <summary>
    /// Normalises a parsed answer to the contract's words (yes, no, partial, n/a), or null when the
    /// parser could not read one. Anything else is reported as null rather than invented.
    /// </summary>
    public static string? Answer(string? answer)
    {
        var value = answer?.Trim().ToLowerInvariant();
        return value switch
        {
            "yes" or "y" => "yes",
            "no" or "n" => "no",
            "partial" or "partly" or "partially" => "partial",
            "n/a" or "na" or "not applicable" => "n/a",
            _ => null,
        };
    }
}

/// <summary>The document's version and dates as one phrase ("version V4, adopted 2020-11, next review 2024-04").</summary>
public static class MetadataText
{
    public static IReadOnlyList<string> Parts(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var parts = new List<string>();
        if (metadata.Version is not null)
        {
            parts.Add($"version {metadata.Version}");
        }

        if (metadata.Adopted is not null)
        {
            parts.Add($"adopted {metadata.Adopted}");
        }

        if (metadata.NextReview is not null)
        {
            parts.Add($"next review {metadata.NextReview}");
        }

        return parts;
    }
}
