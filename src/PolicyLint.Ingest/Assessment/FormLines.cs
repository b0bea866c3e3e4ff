namespace PolicyLint.Ingest.Assessment;

using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;

/// <summary>One line of a form as the parser sees it: its cells (one cell for plain text) and whether it came from a real table.</summary>
public sealed record FormLine(int Index, string Text, IReadOnlyList<string> Cells, bool FromTable, bool IsHeader = false);

/// <summary>Turns a document's blocks into form lines, and recognises page furniture (column headers, links, headings).</summary>
public static partial class FormLines
{
    public static IReadOnlyList<FormLine> From(Document document)
    {
        var lines = new List<FormLine>();
        foreach (var block in document.Blocks)
        {
            if (block.Kind == BlockKind.Table && block.Rows is { Count: > 0 } rows)
            {
                foreach (var row in rows)
                {
                    var cells = row.Cells.Select(c => c ?? string.Empty).ToList();
                    lines.Add(new FormLine(lines.Count, string.Join('\t', cells), cells, true, row.IsHeader));
                }

                continue;
            }

            foreach (var raw in (block.Text ?? string.Empty).Split('\n'))
            {
                var text = raw.TrimEnd('\r', ' ', '\u00a0');
                if (text.Trim().Length == 0)
                {
                    continue;
                }

                var cells = text.Contains('\t', StringComparison.Ordinal) ? text.Split('\t') : [text];
                lines.Add(new FormLine(lines.Count, text, cells, false));
            }
        }

        return lines;
    }

    /// <summary>Column-header words of a self-assessment form.</summary>
    public static bool IsColumnHeader(string text)
    {
        var t = text.Trim();
        return HeaderPhrase().IsMatch(t) || HeaderFragment().IsMatch(t);
    }

    public static bool IsLink(string text) => Link().IsMatch(text);

    public static bool IsStageHeading(string text) => StageHeading().IsMatch(text);

    public static bool IsRule(string text) => Rule().IsMatch(text);

    [GeneratedRegex(@"(?i)(code\s+provision|code\s+requirement|code\s+section|comply\s*:|commentary\s*(/|&|and)\s*explanation|^\s*self[- ]assessment\s*$)")]
    private static partial Regex HeaderPhrase();

    [GeneratedRegex(@"(?i)^(code|provision|evidence|comply:?|yes\s*/\s*no|[a-z]{2,4}\s*/\s*no|explanation|commentary.*|evidence,? commentary.*)$")]
    private static partial Regex HeaderFragment();

    [GeneratedRegex(@"^\s*https?://\S+\s*$")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?i)^\s*stage\s+(1|2|one|two)\s*$")]
    private static partial Regex StageHeading();

    [GeneratedRegex(@"^[\s\-–—_=\t|]+$")]
    private static partial Regex Rule();
}

/// <summary>A row being assembled from lines or cells, before it becomes an <c>AssessmentRow</c>.</summary>
public sealed class DraftRow
{
    public int AnchorLine { get; set; }

    public string? Provision { get; set; }

    public Dictionary<string, double> IdHints { get; } = new(StringComparer.Ordinal);

    public int? Section { get; set; }

    public List<string> Requirement { get; } = [];

    public string? AnswerText { get; set; }

    public List<string> Evidence { get; } = [];

    public List<string> Commentary { get; } = [];

    public List<(string? Date, string Text)> DatedAnswers { get; } = [];

    public void Hint(IdReading reading, double weight)
    {
        if (IdHints.GetValueOrDefault(reading.Provision) < weight)
        {
            IdHints[reading.Provision] = weight;
        }
    }
}
