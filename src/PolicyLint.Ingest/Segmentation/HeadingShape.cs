using System.Text.RegularExpressions;

namespace PolicyLint.Ingest.Segmentation;

/// <summary>
/// Tells a heading from prose in text that has no markup: web pages pasted as text, PDFs and OCR.
/// A heading is a short line that does not end a sentence ("Stage two complaint", "Step 2: review",
/// "How long will it take?", "If you're still unhappy"). Lines that name a stage or a step are
/// section headings; other headings sit beneath the last of those.
/// </summary>
public static partial class HeadingShape
{
    private const int MaxLength = 90;
    private const int MaxWords = 12;
    private const int MaxLeadInWords = 6;

    /// <summary>Level given to an inferred heading that names a stage; other inferred headings are one deeper.</summary>
    public const int StageLevel = 10;

    [GeneratedRegex(@"^\s*(?:(?:stage|step|level|tier|part|phase)\s*(?:[0-9]|zero|one|two|three|four|i{1,3}|iv)\b|(?:first|second|third|final|informal|formal|early|local|independent|frontline|front-line)\s+(?:stage|step|resolution|review|complaint)|(?:the\s+)?(?:review|escalation)\s+(?:stage|step)|stage\s+(?:zero|one|two|three|[0-9]))", RegexOptions.IgnoreCase)]
    private static partial Regex NamesAStage();

    [GeneratedRegex(@"\.\s+[A-Z]|[.;,]$|https?://|\t| \| ")]
    private static partial Regex ProseOrCells();

    [GeneratedRegex(@"^\s*[-–•·▪◦*]")]
    private static partial Regex Bullet();

    /// <summary>True when the line reads as a heading rather than a sentence.</summary>
    public static bool IsHeading(string line)
    {
        var text = line.Trim();
        if (text.Length < 3 || text.Length > MaxLength || Bullet().IsMatch(text) || ProseOrCells().IsMatch(text))
        {
            return false;
        }

        if (!char.IsUpper(text[0]) && !char.IsDigit(text[0]))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > MaxWords)
        {
            return false;
        }

        // "You can contact us by:" introduces a list; only a short line ending in a colon is a heading.
        return !text.EndsWith(':') || words <= MaxLeadInWords || NamesAStage().IsMatch(text);
    }

    /// <summary>The nesting level of an inferred heading: stage headings open sections, others sit inside them.</summary>
    public static int LevelOf(string heading) => NamesAStage().IsMatch(heading) ? StageLevel : StageLevel + 1;
}
