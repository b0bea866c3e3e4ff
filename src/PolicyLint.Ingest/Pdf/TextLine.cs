namespace PolicyLint.Ingest.Pdf;

/// <summary>A run of words the extractor read together, left to right (a table cell's line, or a whole line of text).</summary>
public sealed record Segment(IReadOnlyList<WordBox> Words)
{
    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;

    public double Top => Words.Min(w => w.Top);

    public double Bottom => Words.Max(w => w.Bottom);

    public string Text => string.Join(' ', Words.Select(w => w.Text));
}

/// <summary>
/// Everything printed at one height on a page: one segment for ordinary text, several for table rows
/// or for the two columns of a two-column page.
/// </summary>
public sealed record TextLine(int Page, IReadOnlyList<Segment> Segments)
{
    public double Left => Segments[0].Left;

    public double Right => Segments[^1].Right;

    public double Top => Segments.Min(s => s.Top);

    public double Bottom => Segments.Max(s => s.Bottom);

    public double Middle => (Top + Bottom) / 2;

    /// <summary>Median word height: the line's type size as the extractor measured it.</summary>
    public double Height
    {
        get
        {
            var heights = Segments.SelectMany(s => s.Words).Select(w => w.Height).Order().ToArray();
            return heights[heights.Length / 2];
        }
    }

    public string Text => string.Join(' ', Segments.Select(s => s.Text));

    public WordBox FirstWord => Segments[0].Words[0];

    /// <summary>True when the line was read by OCR.</summary>
    public bool FromOcr => FirstWord.Confidence is not null;
}

/// <summary>Groups a page's words into lines at the same height, each cut into segments where the extractor saw separate runs.</summary>
public static class TextLineBuilder
{
    public static IReadOnlyList<TextLine> Build(PageWords page)
    {
        var segments = new List<Segment>();

        // pdftotext's lines are reliable runs; Tesseract's line numbers cut lines at odd places, so OCR
        // words are regrouped by height and cut only at wide gaps.
        var groups = page.FromOcr ? ByHeight(page.Words) : page.Words.GroupBy(w => w.Line).Select(g => g.ToList()).ToList();
        foreach (var group in groups)
        {
            var words = group.OrderBy(w => w.Left).ToList();
            var height = words.Select(w => w.Height).Order().ElementAt(words.Count / 2);
            var gaps = words.Skip(1).Select((w, i) => w.Left - words[i].Right).Order().ToArray();
            var typical = gaps.Length >= 3 ? Math.Min(gaps[gaps.Length / 2], 0.3 * height) : 0.22 * height;
            var split = page.FromOcr ? 1.2 * height : Math.Max(0.45 * height, 2.2 * typical);
            var run = new List<WordBox> { words[0] };
            for (var i = 1; i < words.Count; i++)
            {
                // A gap much wider than the line's word spacing is a column or cell gap the extractor ran across.
                if (words[i].Left - words[i - 1].Right > split)
                {
                    segments.Add(new Segment(run));
                    run = [];
                }

                run.Add(words[i]);
            }

            segments.Add(new Segment(run));
        }

        var lines = new List<List<Segment>>();
        foreach (var segment in (page.FromOcr ? AttachGlyphs(segments) : segments).OrderBy(s => (s.Top + s.Bottom) / 2))
        {
            var middle = (segment.Top + segment.Bottom) / 2;
            var height = segment.Bottom - segment.Top;
            var home = lines.FirstOrDefault(line =>
            {
                var top = line.Min(s => s.Top);
                var bottom = line.Max(s => s.Bottom);
                var tolerance = 0.45 * Math.Min(height, bottom - top);
                return Math.Abs(middle - ((top + bottom) / 2)) <= tolerance
                    && line.All(s => s.Right <= segment.Left || s.Left >= segment.Right);
            });
            if (home is null)
            {
                lines.Add([segment]);
            }
            else
            {
                home.Add(segment);
            }
        }

        return lines
            .Select(line => new TextLine(page.Number, line.OrderBy(s => s.Left).ToList()))
            .Select(line => page.FromOcr ? Bullets.MendOcr(ClauseNumbers.JoinSplit(Rejoin(line))) : line)
            .OrderBy(line => line.Middle)
            .ToList();
    }

    /// <summary>
    /// A bullet OCR read as a small raised glyph ("*", "·") has a box so much smaller than the letters
    /// beside it that its middle misses the line; it is moved down or up to the middle of the nearest
    /// segment to its right whose band it lies in (within two line heights), so it heads that line.
    /// </summary>
    private static List<Segment> AttachGlyphs(List<Segment> segments)
    {
        var result = new List<Segment>(segments.Count);
        foreach (var segment in segments)
        {
            if (segment.Words is [{ Text: { Length: 1 } text } glyph] && Bullets.IsMisreadBullet(text))
            {
                var middle = (glyph.Top + glyph.Bottom) / 2;
                var host = segments
                    .Where(s => s != segment && s.Left > glyph.Right && s.Left - glyph.Right < 2 * (s.Bottom - s.Top) && s.Top <= middle && s.Bottom >= middle)
                    .OrderBy(s => s.Left)
                    .FirstOrDefault();
                if (host is not null)
                {
                    var shift = ((host.Top + host.Bottom) / 2) - middle;
                    result.Add(new Segment([glyph with { Top = glyph.Top + shift, Bottom = glyph.Bottom + shift }]));
                    continue;
                }
            }

            result.Add(segment);
        }

        return result;
    }

    /// <summary>OCR pieces of one line that sit closer than a column gap are one run of text.</summary>
    private static TextLine Rejoin(TextLine line)
    {
        var joined = new List<List<WordBox>> { line.Segments[0].Words.ToList() };
        foreach (var segment in line.Segments.Skip(1))
        {
            var previous = joined[^1];
            if (segment.Left - previous[^1].Right < 1.2 * line.Height)
            {
                previous.AddRange(segment.Words);
            }
            else
            {
                joined.Add(segment.Words.ToList());
            }
        }

        return line with { Segments = joined.Select(words => new Segment(words)).ToList() };
    }

    private static List<List<WordBox>> ByHeight(IReadOnlyList<WordBox> words)
    {
        var lines = new List<List<WordBox>>();
        foreach (var word in words.OrderBy(w => w.Middle))
        {
            var home = lines.LastOrDefault(line =>
                Math.Abs(line.Average(w => w.Middle) - word.Middle) <= 0.5 * Math.Min(word.Height, line.Max(w => w.Height))
                && line.All(w => w.Right <= word.Left || w.Left >= word.Right));
            if (home is null)
            {
                lines.Add([word]);
            }
            else
            {
                home.Add(word);
            }
        }

        return lines;
    }
}
