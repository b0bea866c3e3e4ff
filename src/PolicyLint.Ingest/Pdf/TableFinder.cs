namespace PolicyLint.Ingest.Pdf;

/// <summary>One table row as read from the page: for each column, the words of the cell in reading order (empty when the cell is blank).</summary>
public sealed record PdfTableRow(IReadOnlyList<IReadOnlyList<WordBox>> Cells)
{
    public IReadOnlyList<string> Texts => Cells.Select(TextJoin.Words).ToList();
}

/// <summary>A table found on one page: its column boundaries (x where each column after the first starts) and its rows.</summary>
public sealed record PdfTable(int Page, IReadOnlyList<double> Boundaries, IReadOnlyList<PdfTableRow> Rows)
{
    public int Columns => Boundaries.Count + 1;
}

/// <summary>Either a line of running text or a table, in reading order.</summary>
public sealed record LayoutItem(TextLine? Line, PdfTable? Table);

/// <summary>
/// Finds tables among a page's lines from word positions alone. A table is a run of lines whose
/// segments leave the same vertical gaps free (the column gaps persist from line to line); a line that
/// prints across a gap ends it. Rows start where the line spacing jumps (cell padding), or, when every
/// line is evenly spaced, at each line that has text in the first column.
/// </summary>
public static class TableFinder
{
    private const double MinimumGap = 3;

    public static IReadOnlyList<LayoutItem> Find(IReadOnlyList<TextLine> lines)
    {
        var items = new List<LayoutItem>();
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Segments.Count >= 2 && TryTable(lines, i, out var table, out var used))
            {
                items.Add(new LayoutItem(null, table));
                i += used;
                continue;
            }

            items.Add(new LayoutItem(lines[i], null));
            i++;
        }

        return items;
    }

    private static bool TryTable(IReadOnlyList<TextLine> lines, int start, out PdfTable? table, out int used)
    {
        table = null;
        used = 0;
        var region = new List<TextLine> { lines[start] };
        var spans = lines[start].Segments.Select(s => (s.Left, s.Right)).ToList();
        var gaps = Gaps(spans);
        if (gaps.Count == 0)
        {
            return false;
        }

        for (var j = start + 1; j < lines.Count; j++)
        {
            var line = lines[j];
            if (line.Top - region[^1].Bottom > 2.5 * line.Height || line.Middle <= region[^1].Middle)
            {
                break;
            }

            var widened = spans.Concat(line.Segments.Select(s => (s.Left, s.Right))).ToList();
            var after = Gaps(widened);
            if (after.Count < gaps.Count)
            {
                break;
            }

            region.Add(line);
            spans = widened;
            gaps = after;
        }

        if (region.Count(l => l.Segments.Count >= 2) < 2)
        {
            return false;
        }

        var boundaries = gaps.Select(g => (g.From + g.To) / 2).ToList();
        var rows = Rows(region, boundaries);

        // A lone first-column line at the end is text that follows the table (a heading), not a row.
        while (rows.Count > 1 && rows[^1].Count == 1 && rows[^1][0].Segments.Count == 1 && Column(rows[^1][0].Segments[0], boundaries) == 0)
        {
            region.RemoveAt(region.Count - 1);
            rows.RemoveAt(rows.Count - 1);
        }

        if (region.Count(l => l.Segments.Count >= 2) < 2 || IsNumberedList(rows, boundaries))
        {
            return false;
        }

        table = new PdfTable(region[0].Page, boundaries, rows.Select(r => Cells(r, boundaries)).ToList());
        used = region.Count;
        return true;
    }

    /// <summary>Two "columns" where the first holds only clause numbers or list labels are a numbered list with hanging indents.</summary>
    private static bool IsNumberedList(List<List<TextLine>> rows, List<double> boundaries)
    {
        if (boundaries.Count != 1)
        {
            return false;
        }

        var firsts = rows
            .SelectMany(r => r)
            .SelectMany(l => l.Segments)
            .Where(s => Column(s, boundaries) == 0)
            .Select(s => s.Text)
            .ToList();
        return firsts.Count > 0 && firsts.All(t => Labels.StartsWithLabel(t + " x"));
    }

    private static List<List<TextLine>> Rows(List<TextLine> region, List<double> boundaries)
    {
        var pitches = new List<double>();
        for (var k = 1; k < region.Count; k++)
        {
            pitches.Add(region[k].Middle - region[k - 1].Middle);
        }

        var threshold = SplitPoint(pitches);
        var rows = new List<List<TextLine>> { new() { region[0] } };
        for (var k = 1; k < region.Count; k++)
        {
            var newRow = threshold is { } t
                ? pitches[k - 1] > t
                : region[k].Segments.Any(s => Column(s, boundaries) == 0);
            if (newRow)
            {
                rows.Add([region[k]]);
            }
            else
            {
                rows[^1].Add(region[k]);
            }
        }

        return rows;
    }

    /// <summary>
    /// Where line spacing jumps: sorted pitches split at the biggest ratio between neighbours, if that
    /// ratio is above 1.2 (tight lines within a cell, looser lines between rows). Null when spacing is even.
    /// </summary>
    internal static double? SplitPoint(IReadOnlyList<double> pitches)
    {
        var sorted = pitches.Where(p => p > 0).Order().ToArray();
        double best = 1.2;
        double? split = null;
        for (var k = 1; k < sorted.Length; k++)
        {
            var ratio = sorted[k] / sorted[k - 1];
            if (ratio > best)
            {
                best = ratio;
                split = (sorted[k] + sorted[k - 1]) / 2;
            }
        }

        return split;
    }

    private static PdfTableRow Cells(List<TextLine> lines, List<double> boundaries)
    {
        var cells = Enumerable.Range(0, boundaries.Count + 1).Select(_ => new List<WordBox>()).ToList();
        foreach (var segment in lines.SelectMany(l => l.Segments))
        {
            cells[Column(segment, boundaries)].AddRange(segment.Words);
        }

        return new PdfTableRow(cells);
    }

    internal static int Column(Segment segment, IReadOnlyList<double> boundaries)
    {
        var column = 0;
        while (column < boundaries.Count && segment.Left > boundaries[column])
        {
            column++;
        }

        return column;
    }

    /// <summary>The free strips between the covered spans, at least <see cref="MinimumGap"/> wide.</summary>
    private static List<(double From, double To)> Gaps(List<(double Left, double Right)> spans)
    {
        var gaps = new List<(double From, double To)>();
        var ordered = spans.OrderBy(s => s.Left).ToList();
        var reach = ordered[0].Right;
        foreach (var (left, right) in ordered.Skip(1))
        {
            if (left - reach >= MinimumGap)
            {
                gaps.Add((reach, left));
            }

            reach = Math.Max(reach, right);
        }

        return gaps;
    }
}
