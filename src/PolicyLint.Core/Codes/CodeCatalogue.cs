namespace PolicyLint.Core.Codes;

/// <summary>One version of the Complaint Handling Code, as the team's catalogue describes it.</summary>
public sealed record CodeCatalogue(
    string Id,
    string Title,
    DateOnly Effective,
    IReadOnlyList<Provision> Provisions)
{
    public Provision? Find(string id) => Provisions.FirstOrDefault(p => p.Id == id);

    /// <summary>The date after which this Code no longer applied (older Codes), if any.</summary>
    public DateOnly? Until { get; init; }

    public bool Statutory { get; init; }
}

/// <summary>
/// One provision, summarised in our own words. <see cref="InForm"/> is false for provisions that are
/// not rows of the self-assessment form (1.1). Parameters hold the checkable facts, e.g.
/// "acknowledge.amount" = "5", "acknowledge.unit" = "working-days".
/// </summary>
public sealed record Provision(
    string Id,
    int Section,
    string SectionTitle,
    string Summary)
{
    public string? Title { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
    public bool InForm { get; init; } = true;
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>The Code's own paragraph number where it differs from <see cref="Id"/> (older Codes keyed by topic).</summary>
    public string? Number { get; init; }

    /// <summary>For older Codes: the nearest 2024 provisions this topic corresponds to.</summary>
    public IReadOnlyList<string> Maps2024 { get; init; } = [];
}
