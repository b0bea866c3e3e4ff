using System.Text.RegularExpressions;

namespace PolicyLint.SampleBuilder;

/// <summary>
/// Reads the sample markup. One element per line; blank lines and &lt;!-- comments --&gt; are skipped.
/// <code>
/// = Title                      title paragraph
/// | cell | cell |              table row (consecutive rows form one table; a |---| line marks the row above as a header)
/// # 3. Heading                 numbered section heading (Heading 1, outline-numbered)
/// # Heading / ## Heading       unnumbered heading 1 / heading 2
/// 3.1. Text / 3.1.1. Text      numbered clause at depth 1 / 2
/// a. Text / (ii) Text          lettered item / roman sub-item (lettering restarts after each clause)
/// - Text                       bullet
/// +++                          page break
/// \Text                        plain paragraph, taken as written (for typed numbers)
/// !landscape                   the document's pages are landscape (anywhere; for wide self-assessment tables)
/// Text                         plain paragraph
/// </code>
/// The numbers written in the markup are checked against the numbering the document will compute.
/// </summary>
public static partial class MarkupParser
{
    public static Sample Parse(IReadOnlyList<string> lines)
    {
        var elements = new List<Element>();
        var counters = new int[3];
        var letter = 0;
        var roman = 0;
        var letterListId = 0;
        var nextListId = 10;
        var inTable = false;
        var landscape = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || (line.StartsWith("<!--", StringComparison.Ordinal) && line.EndsWith("-->", StringComparison.Ordinal)))
            {
                continue;
            }

            if (line == "!landscape")
            {
                landscape = true;
                continue;
            }

            if (line.StartsWith('|'))
            {
                if (SeparatorRow().IsMatch(line))
                {
                    if (!inTable)
                    {
                        throw new MarkupException(lineNumber, "a |---| line must follow a table row");
                    }

                    elements[^1] = elements[^1] with { IsHeaderRow = true };
                    continue;
                }

                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToList();
                elements.Add(new Element(ElementKind.TableRow, string.Join('\t', cells), lineNumber) { Cells = cells, StartsTable = !inTable });
                inTable = true;
                continue;
            }

            inTable = false;
            if (line != "+++" && !line.StartsWith('\\') && Lettered().IsMatch(line) is false && Roman().IsMatch(line) is false)
            {
                letterListId = 0;
            }

            Element element;
            if (line == "+++")
            {
                element = new Element(ElementKind.PageBreak, string.Empty, lineNumber);
            }
            else if (line.StartsWith("= ", StringComparison.Ordinal))
            {
                element = new Element(ElementKind.Title, line[2..].Trim(), lineNumber);
            }
            else if (line.StartsWith('#'))
            {
                var level = line.TakeWhile(c => c == '#').Count();
                var text = line[level..].Trim();
                var numbered = SectionNumber().Match(text);
                if (level == 1 && numbered.Success)
                {
                    counters[0]++;
                    counters[1] = 0;
                    counters[2] = 0;
                    var expected = $"{counters[0]}.";
                    Check(lineNumber, numbered.Groups[1].Value, expected);
                    element = new Element(ElementKind.Heading, text[numbered.Length..].Trim(), lineNumber) { Number = expected, HeadingLevel = 1 };
                }
                else
                {
                    element = new Element(ElementKind.Heading, text, lineNumber) { HeadingLevel = level };
                }
            }
            else if (ClauseNumber().Match(line) is { Success: true } clause)
            {
                var written = clause.Groups[1].Value;
                var depth = written.Count(c => c == '.') - 1;
                if (depth is < 1 or > 2)
                {
                    throw new MarkupException(lineNumber, $"clause numbers have two or three parts ('{written}')");
                }

                counters[depth]++;
                if (depth == 1)
                {
                    counters[2] = 0;
                }

                var expected = string.Concat(counters.Take(depth + 1).Select(n => $"{n}."));
                Check(lineNumber, written, expected);
                element = new Element(ElementKind.Clause, line[clause.Length..].Trim(), lineNumber) { Number = expected, Depth = depth };
            }
            else if (Lettered().Match(line) is { Success: true } lettered)
            {
                if (letterListId == 0)
                {
                    letterListId = nextListId++;
                    letter = 0;
                }

                letter++;
                roman = 0;
                var expected = $"{(char)('a' + letter - 1)}.";
                Check(lineNumber, lettered.Groups[1].Value, expected);
                element = new Element(ElementKind.Letter, line[lettered.Length..].Trim(), lineNumber) { Number = expected, ListId = letterListId };
            }
            else if (Roman().Match(line) is { Success: true } romanMatch)
            {
                if (letterListId == 0)
                {
                    throw new MarkupException(lineNumber, "a roman sub-item must follow a lettered item");
                }

                roman++;
                var expected = $"({RomanNumeral(roman)})";
                Check(lineNumber, romanMatch.Groups[1].Value, expected);
                element = new Element(ElementKind.Roman, line[romanMatch.Length..].Trim(), lineNumber) { Number = expected, Depth = 1, ListId = letterListId };
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                element = new Element(ElementKind.Bullet, line[2..].Trim(), lineNumber) { Number = "•" };
            }
            else
            {
                element = new Element(ElementKind.Plain, line.StartsWith('\\') ? line[1..] : line, lineNumber);
            }

            if (element.Kind != ElementKind.PageBreak && element.Text.Length == 0)
            {
                throw new MarkupException(lineNumber, "the line has a number or marker but no text");
            }

            elements.Add(element);
        }

        var title = elements.FirstOrDefault(e => e.Kind == ElementKind.Title)?.Text
            ?? throw new MarkupException(1, "a sample needs a '= Title' line");
        return new Sample(title, elements) { Landscape = landscape };
    }

    private static void Check(int line, string written, string expected)
    {
        if (written != expected)
        {
            throw new MarkupException(line, $"the markup says '{written}' but the list will show '{expected}'");
        }
    }

    private static string RomanNumeral(int value) => value switch
    {
        1 => "i",
        2 => "ii",
        3 => "iii",
        4 => "iv",
        5 => "v",
        6 => "vi",
        7 => "vii",
        8 => "viii",
        9 => "ix",
        10 => "x",
        _ => throw new MarkupException(0, "more than ten roman sub-items"),
    };

    [GeneratedRegex(@"^\|\s*-{3,}")]
    private static partial Regex SeparatorRow();

    [GeneratedRegex(@"^(\d+\.)\s")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^(\d+\.\d+\.(?:\d+\.)?)\s")]
    private static partial Regex ClauseNumber();

    [GeneratedRegex(@"^([a-z]\.)\s")]
    private static partial Regex Lettered();

    [GeneratedRegex(@"^(\([ivx]+\))\s")]
    private static partial Regex Roman();
}
