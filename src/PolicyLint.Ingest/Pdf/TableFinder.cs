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

    /// <param name="lines">A page's lines in reading order.</param>
    /// <param name="carried">Column boundaries of a table that ended the previous page; lines at the top of this page that keep to them carry it on.</param>
    public static IReadOnlyList<LayoutItem> Find(IReadOnlyList<TextLine> lines, IReadOnlyList<double>? carried = null)
    {
        var items = new List<LayoutItem>();
        var i = 0;
        if (carried is { Count: > 0 })
        {
            i = Carry(lines, carried, items);
        }

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

    private static int Carry(IReadOnlyList<TextLine> lines, IReadOnlyList<double> boundaries, List<LayoutItem> items)
    {
        var region = new List<TextLine>();
        foreach (var raw in lines)
        {
            var line = SplitAt(raw, boundaries.Select(b => (b, b)).ToList());
            var crosses = line.Segments.Any(s => boundaries.Any(b => s.Left < b - 1 && s.Right > b + 1));
            if (crosses || (region.Count > 0 && line.Top - region[^1].Bottom > 2.5 * line.Height))
            {
                break;
            }

            region.Add(line);
        }

        if (region.Count == 0)
        {
            return 0;
        }

        var bounds = boundaries.ToList();
        var rows = Rows(region, bounds);
        while (rows.Count > 1 && rows[^1].Count == 1 && rows[^1][0].Segments.Count == 1 && Column(rows[^1][0].Segments[0], bounds) == 0)
        {
            region.RemoveAt(region.Count - 1);
            rows.RemoveAt(rows.Count - 1);
        }

        if (rows.Count == 1 && region.All(l => l.Segments.Count == 1 && Column(l.Segments[0], bounds) == 0))
        {
            return 0;
        }

        items.Add(new LayoutItem(null, new PdfTable(region[0].Page, bounds, rows.Select(r => Cells(r, bounds)).ToList())));
        return region.Count;
    }

    private static bool TryTable(IReadOnlyList<TextLine> lines, int start, out PdfTable? table, out int used)
    {
        table = null;
        used = 0;
        var region = new List<TextLine> { lines[start] };
        var originals = new List<TextLine> { lines[start] };
        var spans = lines[start].Segments.Select(s => (s.Left, s.Right)).ToList();
        var gaps = Gaps(spans);
        if (gaps.Count == 0)
        {
            return false;
        }

        for (var j = start + 1; j < lines.Count; j++)
        {
            var line = SplitAt(lines[j], gaps);
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
            originals.Add(lines[j]);
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

        if (region.Count(l => l.Segments.Count >= 2) < 2 || IsHangingIndentProse(originals.Take(region.Count).ToList()))
        {
            return false;
        }

        table = new PdfTable(region[0].Page, boundaries, rows.Select(r => Cells(r, boundaries)).ToList());
        used = region.Count;
        return true;
    }

    /// <summary>
    /// Paragraphs and list items with a hanging indent look like a two-column table: the clause number
    /// or list label stands apart at the left, the text to its right, and the item's later lines start
    /// under the text (or between the two). It is prose when every line the extractor read in several
    /// pieces is exactly a bare label and one run of text: a table's rows hold words in their first cells.
    /// </summary>
    private static bool IsHangingIndentProse(IReadOnlyList<TextLine> region)
    {
        var split = region.Where(l => l.Segments.Count >= 2).ToList();
        return split.Count > 0 && split.All(l => l.Segments.Count == 2 && IsBareLabel(l.Segments[0]));
    }

    /// <summary>One word that is a clause number ("4.1.", "12") or a list label ("a.", "(ii)", "•") and nothing else.</summary>
    private static bool IsBareLabel(Segment segment) =>
        segment.Words.Count == 1
        && (Labels.StartsWithLabel(segment.Text + " x") || Labels.StartsWithSingleNumber(segment.Text + " x") || BareNumber(segment.Text));

    private static bool BareNumber(string text) => text.Length is > 0 and <= 3 && text.All(char.IsDigit);

    /// <summary>
    /// Cuts the region into rows at horizontal strips no cell prints in (cell padding and borders):
    /// the gaps between the vertical extents of all segments. Where OCR's tight word boxes leave small
    /// gaps between the lines of one cell too, only the wider cluster of gaps counts. A table with no
    /// free strips at all starts a row at each line with text in the first column.
    /// </summary>
    private static List<List<TextLine>> Rows(List<TextLine> region, List<double> boundaries)
    {
        var extents = region.SelectMany(l => l.Segments).Select(s => (s.Top, s.Bottom)).OrderBy(e => e.Top).ToList();
        var gaps = new List<(double From, double To)>();
        var reach = extents[0].Bottom;
        foreach (var (top, bottom) in extents.Skip(1))
        {
            if (top - reach >= 1)
            {
                gaps.Add((reach, top));
            }

            reach = Math.Max(reach, bottom);
        }

        // A jump in the spacing separates rows only when the narrower strips are tight line spacing
        // within a cell. OCR's boxes hug the glyphs, so its strips between the lines of one cell are
        // wider and vary with ascenders and descenders; strips wider than that are all row breaks.
        var height = region.Select(l => l.Height).Order().ElementAt(region.Count / 2);
        var sizes = gaps.Select(g => g.To - g.From).ToList();
        var withinCell = region[0].FromOcr ? 0.7 * height : 0.35 * height;
        var threshold = SplitPoint(sizes) is { } split && sizes.Where(g => g < split).Max() < withinCell ? split : 0;
        var cuts = gaps.Where(g => g.To - g.From > threshold).Select(g => (g.From + g.To) / 2).ToList();

        var rows = new List<List<TextLine>> { new() { region[0] } };
        for (var k = 1; k < region.Count; k++)
        {
            var newRow = cuts.Count > 0
                ? cuts.Any(c => c > region[k - 1].Middle && c < region[k].Middle)
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

    /// <summary>
    /// Cuts a segment where a word gap lines up with a column gap: the extractor sometimes runs two
    /// cells together when the gap between them is narrow.
    /// </summary>
    private static TextLine SplitAt(TextLine line, IReadOnlyList<(double From, double To)> gaps)
    {
        var segments = new List<Segment>();
        var changed = false;
        foreach (var segment in line.Segments)
        {
            var run = new List<WordBox> { segment.Words[0] };
            var spacing = segment.Words.Skip(1).Select((w, k) => w.Left - segment.Words[k].Right).ToList();
            for (var k = 1; k < segment.Words.Count; k++)
            {
                var (before, after) = (segment.Words[k - 1], segment.Words[k]);
                var gap = after.Left - before.Right;
                if (gap >= 0.4 * segment.Words.Max(w => w.Height) && WiderThanWordSpacing(gap, spacing, k - 1) && gaps.Any(g => before.Right <= g.To && after.Left >= g.From))
                {
                    segments.Add(new Segment(run));
                    run = [];
                    changed = true;
                }

                run.Add(after);
            }

            segments.Add(new Segment(run));
        }

        return changed ? line with { Segments = segments } : line;
    }

    /// <summary>
    /// A cut between two cells is wider than the spaces between the words of the run; an ordinary
    /// space that happens to sit over a column gap is not a cut. With fewer than two other spaces to
    /// compare against, any gap counts.
    /// </summary>
    private static bool WiderThanWordSpacing(double gap, IReadOnlyList<double> spacing, int index)
    {
        var others = spacing.Where((_, k) => k != index).Order().ToArray();
        return others.Length < 2 || gap >= 1.5 * others[others.Length / 2];
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
