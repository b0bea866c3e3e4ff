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

    [GeneratedRegex(@"^[0-9OoIl|]{1,3}([.,][0-9OoIl|]{1,3}){1,4}[.,]?$")]
    private static partial Regex Candidate();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){1,4}$")]
    private static partial Regex Clean();
}
