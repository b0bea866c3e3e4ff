using System.Text.RegularExpressions;

namespace PolicyLint.Analysis.Rules;

/// <summary>Fills "{name}" placeholders in rule messages; unknown names stay as written.</summary>
public static partial class MessageTemplate
{
    [GeneratedRegex(@"\{(?<name>[a-zA-Z]+)\}")]
    private static partial Regex Placeholder();

    public static string Fill(string template, IReadOnlyDictionary<string, string?> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups["name"].Value, out var v) && v is not null ? v : m.Value);

    public static string Unit(string? unit) => unit switch
    {
        "working-days" => "working days",
        "calendar-days" => "calendar days",
        null => string.Empty,
        _ => unit,
    };

    public static string From(string? from) => from switch
    {
        null => "an unstated starting point",
        "escalation-request" => "the escalation request",
        _ => from,
    };

    public static string Shorten(string text, int max = 240)
    {
        var t = text.Replace('\n', ' ').Trim();
        return t.Length <= max ? t : t[..(max - 1)].TrimEnd() + "…";
    }
}
