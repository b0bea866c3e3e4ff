namespace PolicyLint.Core.Assessments;

/// <summary>A parsed self-assessment: the Code version its form follows, and one row per provision.</summary>
public sealed record Assessment(string CodeVersion, IReadOnlyList<AssessmentRow> Rows)
{
    /// <summary>Lines the parser could not place in any row (OCR noise, page furniture).</summary>
    public IReadOnlyList<string> Unparsed { get; init; } = [];

    /// <summary>The date the assessment states it was made, when it says ("2024-06-21").</summary>
    public string? Date { get; init; }
}

/// <summary>
/// One row. Answer is yes, no, partial, n/a, or null when unreadable. For old forms, Question holds the
/// form's own wording and Provision the nearest 2024 provision (with Item for "6.19 g").
/// </summary>
public sealed record AssessmentRow(string? Provision, string? Answer)
{
    public string? Item { get; init; }
    public string? Question { get; init; }
    public IReadOnlyList<DatedAnswer> Answers { get; init; } = [];
    public string? Requirement { get; init; }
    public string? Evidence { get; init; }
    public string? Commentary { get; init; }
    public IReadOnlyList<Citation> Citations { get; init; } = [];
    public string? Action { get; init; }
    public string? Target { get; init; }
    public bool? Overdue { get; init; }
    /// <summary>The answer text as written ("Yes- needs to improve further").</summary>
    public string? AnswerText { get; init; }
}

public sealed record DatedAnswer(string? Date, string? Answer, string? Text = null);

/// <summary>A reference from a row to a section of another document: document is "policy", "procedure" or other.</summary>
public sealed record Citation(string Document, string Section);

public sealed record CrossCheck(string SelfAssessment, string Policy, IReadOnlyList<CrossCheckItem> Items)
{
    /// <summary>Why this policy was taken to be the self-assessment's own (e.g. "--pair", "landlord named in both").</summary>
    public string? PairedBy { get; init; }
}

/// <summary>A self-assessment no policy of the run could be matched to; it gets no cross-check, only this note.</summary>
public sealed record UnpairedAssessment(string SelfAssessment, string Note);

/// <summary>Kind: claim-conflict, citation-mismatch, no-evidence, admitted-gap, policy-version-mismatch.</summary>
public sealed record CrossCheckItem(string? Provision, string Kind, string Message)
{
    public string? Claimed { get; init; }
    public string? PolicyClause { get; init; }
    public string? Cited { get; init; }
    public string? Target { get; init; }
    public bool? Overdue { get; init; }
}
