namespace PolicyLint.Ingest.Html;

/// <summary>
/// Measures how deep a page's elements nest, in one linear pass over the markup and before any
/// parser builds a tree, so a page of 100,000 nested divs is refused at once instead of costing the
/// parser quadratic time and the tree walk its stack. Void elements, self-closed tags and elements
/// whose end tag HTML lets a page leave out (p, li, td...) are not counted, so sloppy real pages are
/// not mistaken for deep ones; comments and script or style text are skipped.
/// </summary>
public static class HtmlNesting
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body", "!doctype",
    };

    /// <summary>The deepest nesting of counted elements in the markup.</summary>
    public static int MaxDepth(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var max = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var j = start;
            while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '!' or '-' or ':'))
            {
                j++;
            }

            if (j == start)
            {
                i++;
                continue;
            }

            var name = html[start..j];
            var close = html.IndexOf('>', j);
            if (close < 0)
            {
                break;
            }

            var selfClosed = html[close - 1] == '/';
            i = close + 1;
            if (!closing && !selfClosed && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            if (Uncounted.Contains(name) || selfClosed)
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else
            {
                depth++;
                max = Math.Max(max, depth);
            }
        }

        return max;
    }
}
