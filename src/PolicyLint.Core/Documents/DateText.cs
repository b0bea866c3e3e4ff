using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyLint.Core.Documents;

/// <summary>Finds the first date in free text and normalises it: "21 June 2024" → "2024-06-21", "November 2020" → "2020-11".</summary>
public static partial class DateText
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)-(?<m>0[1-9]|1[0-2])(?:-(?<d>[0-3]\d))?\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?:(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+)?(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Named();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)[/.](?<m>[01]?\d)[/.](?<y>(?:19|20)\d\d)\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<m>[01]?\d)[/.](?<y>(?:19|20)\d\d)\b")]
    private static partial Regex MonthYear();

    public static string? FindFirst(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var candidates = new List<(int Index, string Value)>();
        foreach (Match m in Iso().Matches(text))
        {
            candidates.Add((m.Index, m.Groups["d"].Success ? $"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}" : $"{m.Groups["y"].Value}-{m.Groups["m"].Value}"));
        }

        foreach (Match m in Named().Matches(text))
        {
            var month = Array.FindIndex(Months, name => name.StartsWith(m.Groups["mon"].Value.ToLowerInvariant()[..3], StringComparison.Ordinal)) + 1;
            var value = $"{m.Groups["y"].Value}-{month:00}";
            if (m.Groups["d"].Success && int.TryParse(m.Groups["d"].Value, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
            {
                value += $"-{day:00}";
            }

            candidates.Add((m.Index, value));
        }

        foreach (Match m in Numeric().Matches(text))
        {
            if (int.TryParse(m.Groups["m"].Value, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
                && int.TryParse(m.Groups["d"].Value, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
            {
                candidates.Add((m.Index, $"{m.Groups["y"].Value}-{month:00}-{day:00}"));
            }
        }

        if (candidates.Count == 0)
        {
            foreach (Match m in MonthYear().Matches(text))
            {
                if (int.TryParse(m.Groups["m"].Value, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
                {
                    candidates.Add((m.Index, $"{m.Groups["y"].Value}-{month:00}"));
                }
            }
        }

        return candidates.Count == 0 ? null : candidates.MinBy(c => c.Index).Value;
    }

    /// <summary>The last day a normalised date can stand for: "2024-04" → 30 April 2024.</summary>
    public static DateOnly? EndOf(string? normalised)
    {
        if (normalised is null)
        {
            return null;
        }

        var parts = normalised.Split('-');
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 12;
        var day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : DateTime.DaysInMonth(year, month);
        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }
}
