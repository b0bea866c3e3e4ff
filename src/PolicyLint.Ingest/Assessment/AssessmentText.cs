namespace PolicyLint.Ingest.Assessment;

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

/// <summary>Text helpers shared by the self-assessment readers: tag stripping, words, month dates.</summary>
public static partial class AssessmentText
{
    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are",
        "be", "been", "being", "it", "its", "this", "that", "these", "those", "their", "they", "them", "there",
        "must", "should", "will", "may", "can", "any", "all", "not", "no", "if", "when", "where", "which", "who",
        "what", "how", "do", "does", "did", "has", "have", "had", "we", "our", "us", "you", "your", "also", "such",
        "than", "then", "into", "about", "so", "but", "yes", "each", "other", "more", "most", "out", "up",
    };

    /// <summary>
    /// Removes HTML tags and entities. Paragraph, list-item and line-break tags, and bullet characters,
    /// become line breaks so that list items stay on lines of their own.
    /// </summary>
    public static string StripHtml(string text)
    {
        if (text.IndexOf('<', StringComparison.Ordinal) < 0 && text.IndexOf('&', StringComparison.Ordinal) < 0
            && text.IndexOf('\u2022', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var s = BreakingTag().Replace(text, "\n");
        s = AnyTag().Replace(s, string.Empty);
        s = WebUtility.HtmlDecode(s);
        s = s.Replace('\u2022', '\n');
        var lines = s.Split('\n').Select(CollapseSpaces).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    public static string CollapseSpaces(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>Lower-case content words, lightly stemmed, stop words removed.</summary>
    public static IEnumerable<string> Words(string text)
    {
        foreach (Match m in Word().Matches(text.ToLowerInvariant()))
        {
            var w = m.Value.Replace("’", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
            if (w.Length < 2 || StopWords.Contains(w) || w.All(char.IsDigit))
            {
                continue;
            }

            yield return Stem(w);
        }
    }

    /// <summary>A small suffix-stripper: enough to let "complaints", "complained" and "complaint" meet.</summary>
    public static string Stem(string word)
    {
        var w = word;
        foreach (var suffix in new[] { "ations", "ation", "ments", "ment", "ings", "ing", "ies", "ed", "es", "s" })
        {
            if (w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = suffix == "ies" ? w[..^3] + "y" : w[..^suffix.Length];
                break;
            }
        }

        return w;
    }

    /// <summary>Reads "September 2024", "Sept 2021", "21 June 2024" at the start of <paramref name="text"/> or anywhere in it.</summary>
    public static string? FindMonthYear(string text, bool withDay = false)
    {
        var m = MonthYear().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var month = MonthNumber(m.Groups["month"].Value);
        if (month is null)
        {
            return null;
        }

        var year = m.Groups["year"].Value;
        if (withDay && m.Groups["day"].Success)
        {
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (day is >= 1 and <= 31)
            {
                return $"{year}-{month:00}-{day:00}";
            }
        }

        return $"{year}-{month:00}";
    }

    public static int? MonthNumber(string name)
    {
        var n = name.ToLowerInvariant().TrimEnd('.');
        if (n.Length < 3)
        {
            return null;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(n, StringComparison.Ordinal) || (n == "sept" && i == 8))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>The last day of a "YYYY-MM" (or the day of a "YYYY-MM-DD"), or null when it does not parse.</summary>
    public static DateOnly? EndOf(string? monthOrDate)
    {
        if (monthOrDate is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(monthOrDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(monthOrDate + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return first.AddMonths(1).AddDays(-1);
        }

        return null;
    }

    public static string JoinNonEmpty(string separator, IEnumerable<string?> parts)
    {
        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            if (string.IsNullOrWhiteSpace(p))
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(separator);
            }

            sb.Append(p.Trim());
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"<\s*(/?\s*(p|li|ul|ol|div|tr)\b[^>]*|br\s*/?)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakingTag();

    [GeneratedRegex(@"<[^<>]{0,200}>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[ \t\u00a0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[a-z0-9][a-z0-9'’]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<year>20\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();
}
