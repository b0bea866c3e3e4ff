namespace PolicyLint.Core.Findings;

public enum Verdict
{
    Silent,
    Meets,
    Stricter,
    Warning,
    Conflict,
}

public enum Severity
{
    Note,
    Warning,
    Error,
}

public enum Basis
{
    None,
    Rule,
    Mapping,
}

/// <summary>One notable verdict: a rule fired on a clause (or on the whole document when Provision is null).</summary>
public sealed record Finding(
    string RuleId,
    string? Provision,
    Verdict Verdict,
    Severity Severity,
    string? Clause,
    string? Quote,
    string Message,
    string Recommendation)
{
    public string? Item { get; init; }
    public string? RuleName { get; init; }
    public string? HelpUri { get; init; }
    public bool Suppressed { get; init; }
    public string? SuppressionJustification { get; init; }
    public double Confidence { get; init; } = 1.0;

    /// <summary>A short hash of the cited clause's normalised text, stable across formats; suppressions use it.</summary>
    public string? Fingerprint { get; init; }
}

/// <summary>The verdict for one provision of the Code, with the clauses behind it.</summary>
public sealed record ProvisionVerdict(
    string Id,
    Verdict Verdict,
    IReadOnlyList<string> Clauses,
    double Confidence,
    Basis Basis)
{
    /// <summary>
    /// The verdict the rules gave before suppressions, when every finding behind it was suppressed
    /// (then <see cref="Verdict"/> is the verdict of what remains unsuppressed, else meets).
    /// </summary>
    public Verdict? SuppressedVerdict { get; init; }
}
