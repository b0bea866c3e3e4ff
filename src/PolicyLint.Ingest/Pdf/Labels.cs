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
                if (!(newLine && Hyphenated(text, word)))
                {
                    text.Append(' ');
                }
                else
                {
                    text.Length--;
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
        if (Hyphenated(builder, line))
        {
            builder.Length--;
            return builder.Append(line).ToString();
        }

        return builder.Append(' ').Append(line).ToString();
    }

    /// <summary>"complain-" + "ants": a letter, a hyphen, and a lower-case continuation.</summary>
    private static bool Hyphenated(System.Text.StringBuilder text, string next) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLower(text[^2]) && next.Length > 0 && char.IsLower(next[0]);
}
