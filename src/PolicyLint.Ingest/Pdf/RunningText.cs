using System.Text.RegularExpressions;

namespace PolicyLint.Ingest.Pdf;

/// <summary>
/// Drops running headers, footers and page numbers: lines in the top or bottom margin band that are
/// bare page numbers ("3", "Page 3 of 12", "- 3 -"), or that repeat on several pages at the same height.
/// </summary>
public static partial class RunningText
{
    /// <summary>Share of the page height, at top and bottom, where headers and footers live.</summary>
    public const double MarginBand = 0.12;

    public static IReadOnlyList<IReadOnlyList<TextLine>> Remove(IReadOnlyList<(PageWords Page, IReadOnlyList<TextLine> Lines)> pages)
    {
        var seen = new Dictionary<string, List<(int Page, double Middle)>>();
        foreach (var (page, lines) in pages)
        {
            foreach (var line in lines.Where(l => InBand(page, l)))
            {
                var key = Shape(line.Text);
                if (!seen.TryGetValue(key, out var places))
                {
                    places = [];
                    seen[key] = places;
                }

                places.Add((page.Number, line.Middle));
            }
        }

        var needed = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.5));
        return pages.Select(p => (IReadOnlyList<TextLine>)p.Lines.Where(line => !IsRunning(p.Page, p.Lines, line)).ToList()).ToList();

        bool IsRunning(PageWords page, IReadOnlyList<TextLine> lines, TextLine line)
        {
            if (!InBand(page, line) || !Outermost(lines, line))
            {
                return false;
            }

            var shape = Shape(line.Text);
            if (PageNumber().IsMatch(shape))
            {
                return true;
            }

            var repeats = seen[shape]
                .Where(s => Math.Abs(s.Middle - line.Middle) <= 10)
                .Select(s => s.Page)
                .Distinct()
                .Count();
            return pages.Count >= 2 && repeats >= needed;
        }
    }

    /// <summary>Headers and footers are the first or last two lines of a page, never text between.</summary>
    private static bool Outermost(IReadOnlyList<TextLine> lines, TextLine line)
    {
        var index = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (ReferenceEquals(lines[i], line))
            {
                index = i;
                break;
            }
        }

        return index >= 0 && (index < 2 || index >= lines.Count - 2);
    }

    private static bool InBand(PageWords page, TextLine line) =>
        page.Height > 0 && (line.Middle < page.Height * MarginBand || line.Middle > page.Height * (1 - MarginBand));

    /// <summary>Lower case with every run of digits as "#", so "Page 3 of 12" and "Page 4 of 12" share a shape.</summary>
    private static string Shape(string text) => Digits().Replace(text.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[-–—\s]*(page\s*)?#(\s*(of|/)\s*#)?[-–—\s]*$")]
    private static partial Regex PageNumber();
}
