using System.Text.RegularExpressions;

namespace PolicyLint.Ingest.Pdf;

/// <summary>Clause numbers ("7.4.1") and list labels ("a.", "(ii)", "•") at the start of a line.</summary>
public static partial class Labels
{
    /// <summary>True when the text starts with a clause number or a list label followed by text.</summary>
    public static bool StartsWithLabel(string text) =>
        ClauseNumber().IsMatch(text) || Letter().IsMatch(text) || Bullet().IsMatch(text);

    /// <summary>True when the text starts with a bare "12." that only counts as a label after a finished sentence.</summary>
    public static bool StartsWithSingleNumber(string text) => SingleNumber().IsMatch(text);

    /// <summary>Splits a bullet or letter label from its text: ("•", "text") or ("b", "text"); null when there is none.</summary>
    public static (string Label, string Text)? SplitListLabel(string text)
    {
        var bullet = Bullet().Match(text);
        if (bullet.Success)
        {
            return ("•", text[bullet.Length..].Trim());
        }

        var letter = Letter().Match(text);
        return letter.Success ? (letter.Groups["label"].Value, text[letter.Length..].Trim()) : null;
    }

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){1,4}\.?\s+\S")]
    private static partial Regex ClauseNumber();

    [GeneratedRegex(@"^\d{1,3}[.)]\s+\S")]
    private static partial Regex SingleNumber();

    [GeneratedRegex(@"^(\((?<label>[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)|(?<label>[a-z]|[ivx]{2,5})[.)])\s+(?=\S)")]
    private static partial Regex Letter();

    [GeneratedRegex(@"^[•▪◦●○■□➢✓\-–*·](?=\s)\s*")]
    private static partial Regex Bullet();
}

/// <summary>Joins words and lines into text, mending words hyphenated across a line break.</summary>
public static class TextJoin
{
    public static string Words(IReadOnlyList<WordBox> words)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Text.Replace("\u00ad", string.Empty, StringComparison.Ordinal);
            if (i > 0)
            {
                var newLine = words[i].Top >= words[i - 1].Bottom - (0.4 * words[i - 1].Height);
                switch (newLine ? Break(text, word) : LineBreak.Space)
                {
                    case LineBreak.Space:
                        text.Append(' ');
                        break;
                    case LineBreak.SoftHyphen:
                        text.Length--;
                        break;
                }
            }

            text.Append(word);
        }

        return text.ToString();
    }

    /// <summary>Appends a line to a paragraph, dropping the hyphen of a word split at the line break.</summary>
    public static string Lines(string paragraph, string line)
    {
        if (paragraph.Length == 0)
        {
            return line;
        }

        var builder = new System.Text.StringBuilder(paragraph);
        switch (Break(builder, line))
        {
            case LineBreak.SoftHyphen:
                builder.Length--;
                return builder.Append(line).ToString();
            case LineBreak.HardHyphen:
                return builder.Append(line).ToString();
            default:
                return builder.Append(' ').Append(line).ToString();
        }
    }

    /// <summary>
    /// How a line ending in a hyphen joins the next: "complain-" + "ants" is one word split by
    /// hyphenation (the hyphen goes); "L-" + "REF", "2023-" + "24" and "out-" + "of-hours" are
    /// hyphenated words broken at their own hyphen (it stays, with no space); anything else is a space.
    /// </summary>
    private static LineBreak Break(System.Text.StringBuilder text, string next)
    {
        if (text.Length < 2 || text[^1] != '-' || next.Length == 0 || !char.IsLetterOrDigit(text[^2]))
        {
            return LineBreak.Space;
        }

        if (char.IsLower(text[^2]) && char.IsLower(next[0]))
        {
            return next.TrimEnd('.', ',', ';', ':').Contains('-', StringComparison.Ordinal) || HyphenPrefixes.Contains(LastWord(text))
                ? LineBreak.HardHyphen
                : LineBreak.SoftHyphen;
        }

        return char.IsLetterOrDigit(next[0]) && !char.IsLower(text[^2]) ? LineBreak.HardHyphen : LineBreak.Space;
    }

    /// <summary>The word before the final hyphen ("self" in "... the self-").</summary>
    private static string LastWord(System.Text.StringBuilder text)
    {
        var end = text.Length - 1;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text.ToString(start, end - start).ToLowerInvariant();
    }

    /// <summary>Words that keep their hyphen before the next word ("self-assessment", "e-learning", "twenty-one").</summary>
    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.Ordinal)
    {
        "self", "non", "co", "ex", "e", "cross", "well", "part", "full", "half", "long", "short", "out", "multi",
        "pre", "post", "anti", "semi", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "first",
        "second", "third", "face", "follow", "high", "low", "day", "year", "month", "week", "on", "off", "in",
    };

    private enum LineBreak
    {
        Space,
        SoftHyphen,
        HardHyphen,
    }
}
