using System.Globalization;
using PolicyLint.Core.Findings;

namespace PolicyLint.Analysis.Rules;

/// <summary>
/// One rule as data (corpus/rules/PLnnnn.Name.yaml): it extends a rule kind written in C# and gives
/// that kind its parameters, the provisions it judges, its level, message and recommendation.
/// </summary>
public sealed record RuleSpec(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Provisions,
    Severity Level,
    string Message,
    string Recommendation)
{
    public IReadOnlyList<string> Codes { get; init; } = [];
    public string? Link { get; init; }
    public string? Description { get; init; }
    public string SourceFile { get; init; } = string.Empty;

    /// <summary>Kind-specific parameters: strings, lists and maps as the YAML gives them.</summary>
    public IReadOnlyDictionary<string, object?> Parameters { get; init; } = new Dictionary<string, object?>();

    /// <summary>Optional per-verdict messages ("stricter", "meets", ...) that replace <see cref="Message"/>.</summary>
    public IReadOnlyDictionary<string, string> Messages { get; init; } = new Dictionary<string, string>();

    public bool AppliesTo(string codeId) => Codes.Count == 0 || Codes.Contains(codeId, StringComparer.Ordinal);

    public string MessageFor(Verdict verdict) =>
        Messages.TryGetValue(verdict.ToString().ToLowerInvariant(), out var m) ? m : Message;

    public string? Text(string key) => Parameters.TryGetValue(key, out var v) ? v as string : null;

    public IReadOnlyList<string> List(string key) => Parameters.TryGetValue(key, out var v) switch
    {
        true when v is IEnumerable<object?> items => items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture) ?? string.Empty).ToList(),
        true when v is string s => [s],
        _ => [],
    };

    public IReadOnlyDictionary<string, object?> Map(string key) =>
        Parameters.TryGetValue(key, out var v) && v is IReadOnlyDictionary<string, object?> m ? m : new Dictionary<string, object?>();

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Maps(string key) =>
        Parameters.TryGetValue(key, out var v) && v is IEnumerable<object?> items
            ? items.OfType<IReadOnlyDictionary<string, object?>>().ToList()
            : [];
}

/// <summary>What one rule concluded about one provision, at one clause (or none when silent).</summary>
public sealed record RuleOutcome(string Provision, Verdict Verdict, string? Clause, string? Quote, string Message, double Confidence)
{
    public string? Item { get; init; }
}
