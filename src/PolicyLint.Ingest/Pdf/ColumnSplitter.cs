namespace PolicyLint.Ingest.Pdf;

/// <summary>
/// Puts a two-column page into reading order: lines that span the page stay where they are, and
/// between them the left column is read before the right one. A page is two-column when exactly one
/// vertical gap runs down the middle of its text and both sides hold text; tables, with several such
/// gaps, are left alone.
/// </summary>
public static class ColumnSplitter
{
    public static IReadOnlyList<TextLine> Order(IReadOnlyList<TextLine> lines)
    {
        if (lines.Count < 6)
        {
            return lines;
        }

        var left = lines.Min(l => l.Left);
        var right = lines.Max(l => l.Right);
        var gutters = Gutters(lines, left, right, minWidth: 6, allowed: Math.Max(1, lines.Count / 10));
        if (gutters.Count != 1)
        {
            return lines;
        }

        var middle = (gutters[0].From + gutters[0].To) / 2;
        var share = (middle - left) / (right - left);
        if (share < 0.35 || share > 0.65)
        {
            return lines;
        }

        var leftLines = lines.Count(l => l.Segments.Any(s => s.Right < middle) && !Crosses(l, middle));
        var rightLines = lines.Count(l => l.Segments.Any(s => s.Left > middle) && !Crosses(l, middle));
        if (leftLines < lines.Count * 0.4 || rightLines < lines.Count * 0.4)
        {
            return lines;
        }

        var ordered = new List<TextLine>();
        var leftRun = new List<TextLine>();
        var rightRun = new List<TextLine>();
        foreach (var line in lines)
        {
            if (Crosses(line, middle))
            {
                Flush();
                ordered.Add(line);
                continue;
            }

            var leftPart = line.Segments.Where(s => s.Right < middle).ToList();
            var rightPart = line.Segments.Where(s => s.Left > middle).ToList();
            if (leftPart.Count > 0)
            {
                leftRun.Add(line with { Segments = leftPart });
            }

            if (rightPart.Count > 0)
            {
                rightRun.Add(line with { Segments = rightPart });
            }
        }

        Flush();
        return ordered;

        void Flush()
        {
            ordered.AddRange(leftRun);
            ordered.AddRange(rightRun);
            leftRun.Clear();
            rightRun.Clear();
        }
    }

    private static bool Crosses(TextLine line, double x) => line.Segments.Any(s => s.Left < x && s.Right > x);

    /// <summary>Vertical strips at least <paramref name="minWidth"/> wide, strictly inside the text, that at most <paramref name="allowed"/> lines print across.</summary>
    internal static IReadOnlyList<(double From, double To)> Gutters(IReadOnlyList<TextLine> lines, double left, double right, double minWidth, int allowed)
    {
        var gutters = new List<(double From, double To)>();
        double? start = null;
        for (var x = left; x <= right; x += 1)
        {
            var crossing = lines.Count(l => Crosses(l, x));
            if (crossing <= allowed)
            {
                start ??= x;
            }
            else if (start is not null)
            {
                if (x - start.Value >= minWidth && start.Value > left + 1)
                {
                    gutters.Add((start.Value, x));
                }

                start = null;
            }
        }

        return gutters;
    }
}
