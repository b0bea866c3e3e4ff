namespace PolicyLint.Core.Documents;

/// <summary>
/// A numbered clause of a policy, with the lettered items and bullets it introduces and the
/// unnumbered paragraphs that follow it. Id is the document's own number ("7.4.1", no trailing dot)
/// or a stable "pN" for unnumbered paragraphs before the first number.
/// </summary>
public sealed record Clause(string Id, string Text, Location Location)
{
    /// <summary>The heading the clause sits under (nearest first-level or clause heading), if any.</summary>
    public string? Heading { get; init; }

    /// <summary>Headings from the outermost to the innermost, e.g. ["How we will handle the complaint", "Stage one"].</summary>
    public IReadOnlyList<string> HeadingPath { get; init; } = [];

    /// <summary>Sub-items (a., b., bullets) the clause holds, in order; their text is also inside <see cref="Text"/>.</summary>
    public IReadOnlyList<ClauseItem> Items { get; init; } = [];

    /// <summary>True when the clause number was read by OCR with low confidence.</summary>
    public bool LowConfidenceId { get; init; }

    /// <summary>True when the clause is a heading only (e.g. "7.4 Stage one").</summary>
    public bool IsHeading { get; init; }
}

public sealed record ClauseItem(string Label, string Text);

/// <summary>Front matter read from a document. Dates are normalised to "YYYY-MM" or "YYYY-MM-DD" where possible.</summary>
public sealed record DocumentMetadata(string? Title, string? Version, string? Adopted, string? NextReview)
{
    public static DocumentMetadata Empty { get; } = new(null, null, null, null);
}

public enum DocumentKind
{
    Policy,
    SelfAssessment,
    Unknown,
}
