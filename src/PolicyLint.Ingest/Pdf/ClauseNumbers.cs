using System.Text.RegularExpressions;

namespace PolicyLint.Ingest.Pdf;

/// <summary>
/// Mends a clause number that OCR read at the start of a block: "7.4.l" → "7.4.1", "7.O" → "7.0",
/// "7,4" → "7.4", "7.4.1." → "7.4.1". Reports whether the number needs a person's look: its shape
/// was repaired (a letter read for a digit, a comma for a point), or OCR's confidence in it was low.
/// </summary>
public static partial class ClauseNumbers
{
    /// <summary>Below this word confidence (0-100) an OCR'd clause number is flagged.</summary>
    public const double LowConfidence = 70;

    public static (string Token, bool Flagged) Normalise(WordBox word)
    {
        var token = word.Text;
        if (word.Confidence is null || !Candidate().IsMatch(token) || !token.Any(char.IsDigit))
        {
            return (token, false);
        }

        var mended = new string(token.Select(c => c switch
        {
            'l' or 'I' or '|' => '1',
            'O' or 'o' => '0',
            ',' => '.',
            _ => c,
        }).ToArray()).TrimEnd('.');
        if (!Clean().IsMatch(mended))
        {
            return (token, word.Confidence < LowConfidence);
        }

        // A full stop after the number is punctuation, not a misread: "4.1." → "4.1" is no repair.
        return (mended, mended != token.TrimEnd('.') || word.Confidence < LowConfidence);
    }

    /// <summary>
    /// OCR splits a clause number at a point ("7. 4.1", "7.4. 1.2"): a line whose first word is a
    /// number ending in a point, followed closely by a dotted number, starts with the two as one word.
    /// A lone digit after "7." is left alone: "7. 4 weeks" may be prose.
    /// </summary>
    public static TextLine JoinSplit(TextLine line)
    {
        var words = line.Segments[0].Words;
        if (words.Count < 2 || !Head().IsMatch(words[0].Text) || !Tail().IsMatch(words[1].Text)
            || words[1].Left - words[0].Right > words[0].Height)
        {
            return line;
        }

        var joined = words[0] with
        {
            Text = words[0].Text + words[1].Text,
            Right = words[1].Right,
            Top = Math.Min(words[0].Top, words[1].Top),
            Bottom = Math.Max(words[0].Bottom, words[1].Bottom),
            Confidence = words[0].Confidence is { } a && words[1].Confidence is { } b ? Math.Min(a, b) : words[0].Confidence,
        };
        var first = new Segment([joined, .. words.Skip(2)]);
        return line with { Segments = [first, .. line.Segments.Skip(1)] };
    }

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){0,3}\.$")]
    private static partial Regex Head();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){1,3}\.?$")]
    private static partial Regex Tail();

    [GeneratedRegex(@"^[0-9OoIl|]{1,3}([.,][0-9OoIl|]{1,3}){1,4}[.,]?$")]
    private static partial Regex Candidate();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){1,4}$")]
    private static partial Regex Clean();
}
