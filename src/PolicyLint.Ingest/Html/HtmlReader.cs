using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PolicyLint.Core.Documents;
using Document = PolicyLint.Core.Documents.Document;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Text;

namespace PolicyLint.Ingest.Html;

/// <summary>
/// Reads a saved web page with AngleSharp: headings (h1-h6), paragraphs, list items with their
/// computed numbers (ol start/type, li value; "•" for ul) and tables (header from th or thead). Page
/// furniture is dropped: nav, header, footer, aside, forms, scripts, styles, saved page headers and footers, and anything whose role,
/// id or class marks navigation, cookie banners or menus. Method "html".
/// </summary>
public sealed partial class HtmlReader : IDocumentReader
{
    private readonly InputLimits limits;

    public HtmlReader()
        : this(InputLimits.Default)
    {
    }

    public HtmlReader(InputLimits limits)
    {
        this.limits = limits ?? throw new ArgumentNullException(nameof(limits));
    }

    public static HtmlReader Instance { get; } = new();

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "header", "footer", "aside", "script", "style", "noscript", "form", "template", "iframe", "svg", "button", "select", "textarea",
    };

    public Document Read(SourceFile source)
    {
        var bytes = InputFiles.ReadBytes(source, limits.MaxHtmlBytes);
        var html = PlainTextReader.Decode(bytes);
        var depth = HtmlNesting.MaxDepth(html);
        if (depth > limits.MaxDepth)
        {
            throw new InputException(source.DisplayPath, $"the HTML page nests elements {depth} deep (the limit is {limits.MaxDepth})");
        }

        var parser = new HtmlParser();
        IHtmlDocument document;
        try
        {
            document = parser.ParseDocument(html);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            throw new InputException(source.DisplayPath, $"not readable as HTML ({e.Message})");
        }

        var blocks = new List<Block>();
        var root = (IElement?)document.Body ?? document.DocumentElement;
        Walk(root, blocks, listDepth: 0, depth: 0);
        if (blocks.Count == 0)
        {
            throw new InputException(source.DisplayPath, "no text found in the HTML page");
        }

        return new Document(source.DisplayPath, InputFiles.Sha256(bytes), new ExtractionInfo("html", null, []), blocks);
    }

    /// <summary>Elements deeper than this are read as the text of the element that holds them (a second guard behind <see cref="HtmlNesting"/>).</summary>
    private const int MaxWalkDepth = 512;

    private static void Walk(IElement element, List<Block> blocks, int listDepth, int depth)
    {
        if (depth > MaxWalkDepth)
        {
            Add(blocks, BlockKind.Paragraph, Text(element));
            return;
        }

        foreach (var child in element.Children)
        {
            if (IsFurniture(child))
            {
                continue;
            }

            var name = child.LocalName;
            if (name.Length == 2 && name[0] == 'h' && char.IsAsciiDigit(name[1]))
            {
                Add(blocks, BlockKind.Heading, Text(child), level: name[1] - '0');
            }
            else if (name is "p" or "pre" or "blockquote" or "address" or "dt" or "dd" or "caption" or "figcaption")
            {
                if (child.QuerySelector("p, div, ul, ol, table") is null)
                {
                    Add(blocks, BlockKind.Paragraph, Text(child));
                }
                else
                {
                    Walk(child, blocks, listDepth, depth + 1);
                }
            }
            else if (name is "ul" or "ol")
            {
                List(child, blocks, listDepth);
            }
            else if (name == "table")
            {
                Table(child, blocks);
            }
            else if (child.Children.Length == 0 || !child.Children.Any(IsBlockLevel))
            {
                // A div or section holding only inline content is a paragraph of its own.
                Add(blocks, BlockKind.Paragraph, Text(child));
            }
            else
            {
                Walk(child, blocks, listDepth, depth + 1);
            }
        }
    }

    private static void List(IElement list, List<Block> blocks, int depth)
    {
        var ordered = list.LocalName == "ol";
        var number = int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        var type = list.GetAttribute("type") ?? "1";
        if (ordered && list.HasAttribute("reversed"))
        {
            number = int.TryParse(list.GetAttribute("start"), out start) ? start : list.Children.Count(c => c.LocalName == "li");
        }

        foreach (var item in list.Children.Where(c => c.LocalName == "li" && !IsFurniture(c)))
        {
            if (int.TryParse(item.GetAttribute("value"), out var value))
            {
                number = value;
            }

            var label = ordered ? Label(number, type) : "•";
            var own = OwnText(item);
            if (own.Length > 0)
            {
                Add(blocks, BlockKind.ListItem, own, listNumber: label, level: depth);
            }

            foreach (var nested in item.Children.Where(c => c.LocalName is "ul" or "ol" or "table" or "p" or "div"))
            {
                if (nested.LocalName is "ul" or "ol")
                {
                    List(nested, blocks, depth + 1);
                }
                else if (nested.LocalName == "table")
                {
                    Table(nested, blocks);
                }
            }

            number += ordered && list.HasAttribute("reversed") ? -1 : 1;
        }
    }

    /// <summary>The item's text without the text of lists and tables nested in it.</summary>
    private static string OwnText(IElement item)
    {
        var clone = (IElement)item.Clone(deep: true);
        foreach (var nested in clone.QuerySelectorAll("ul, ol, table").ToList())
        {
            nested.Remove();
        }

        return Text(clone);
    }

    private static void Table(IElement table, List<Block> blocks)
    {
        var rows = new List<TableRow>();
        foreach (var row in table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table))
        {
            var cells = row.Children.Where(c => c.LocalName is "td" or "th").ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            var header = row.ParentElement?.LocalName == "thead" || cells.All(c => c.LocalName == "th");
            rows.Add(new TableRow(cells.Select(Text).ToList(), header));
        }

        if (rows.Count == 0)
        {
            return;
        }

        var text = string.Join("\n", rows.Select(r => string.Join(" | ", r.Cells)));
        blocks.Add(new Block(BlockKind.Table, text, new Location(null, blocks.Count)) { Rows = rows });
    }

    private static void Add(List<Block> blocks, BlockKind kind, string text, string? listNumber = null, int? level = null)
    {
        if (text.Length == 0)
        {
            return;
        }

        blocks.Add(new Block(kind, text, new Location(null, blocks.Count)) { ListNumber = listNumber, Level = level });
    }

    private static bool IsBlockLevel(IElement element) => element.LocalName is
        "p" or "div" or "section" or "article" or "main" or "ul" or "ol" or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
        or "blockquote" or "pre" or "dl" or "figure" or "address" or "header" or "footer" or "nav" or "aside" or "form";

    private static bool IsFurniture(IElement element)
    {
        if (Dropped.Contains(element.LocalName) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        // Word processors save page headers and footers as <div title="header"> / <div title="footer">.
        if (element.LocalName == "div" && element.GetAttribute("title") is "header" or "footer")
        {
            return true;
        }

        var role = element.GetAttribute("role") ?? string.Empty;
        if (role is "navigation" or "banner" or "contentinfo" or "search" or "dialog" or "alertdialog" or "menu" or "menubar")
        {
            return true;
        }

        var marks = $"{element.Id} {element.ClassName}";
        return FurnitureMark().IsMatch(marks);
    }

    /// <summary>Visible text with whitespace collapsed, as a reader sees it.</summary>
    private static string Text(IElement element) => Whitespace().Replace(element.TextContent, " ").Trim();

    private static string Label(int number, string type) => type switch
    {
        "a" => Letters(number).ToLowerInvariant(),
        "A" => Letters(number),
        "i" => Roman(number).ToLowerInvariant(),
        "I" => Roman(number),
        _ => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A, B, ... Z, AA, AB...: base-26 letters, so even int.MaxValue is seven letters.</summary>
    private static string Letters(int number)
    {
        var label = string.Empty;
        for (var n = Math.Max(1, number); n > 0; n = (n - 1) / 26)
        {
            label = (char)('A' + ((n - 1) % 26)) + label;
        }

        return label;
    }

    /// <summary>Roman numerals up to 3999; larger numbers (which would need thousands of M's) are shown in decimal.</summary>
    private static string Roman(int number)
    {
        if (number >= 4000)
        {
            return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        (int Value, string Numeral)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new System.Text.StringBuilder();
        var n = Math.Max(1, number);
        foreach (var (value, numeral) in numerals)
        {
            while (n >= value)
            {
                text.Append(numeral);
                n -= value;
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|cookies?|cookie-banner|consent|gdpr|skip-link|site-header|site-footer|masthead|sidebar)($|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureMark();
}
