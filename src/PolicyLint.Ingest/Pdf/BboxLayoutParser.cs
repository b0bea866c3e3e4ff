using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace PolicyLint.Ingest.Pdf;

/// <summary>
/// Reads the XHTML that <c>pdftotext -bbox-layout</c> writes (doc / page / flow / block / line / word,
/// each with xMin, yMin, xMax, yMax in points from the top-left) into word boxes per page.
/// </summary>
public static class BboxLayoutParser
{
    public static IReadOnlyList<PageWords> Parse(string xhtml)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xhtml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException($"pdftotext wrote output that is not XHTML ({e.Message})", e);
        }

        var pages = new List<PageWords>();
        foreach (var page in document.Descendants().Where(e => e.Name.LocalName == "page"))
        {
            var words = new List<WordBox>();
            var lineNumber = 0;
            foreach (var line in page.Descendants().Where(e => e.Name.LocalName == "line"))
            {
                lineNumber++;
                foreach (var word in line.Elements().Where(e => e.Name.LocalName == "word"))
                {
                    var text = Bullets.Mend(word.Value.Trim());
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    words.Add(new WordBox(text, Number(word, "xMin"), Number(word, "yMin"), Number(word, "xMax"), Number(word, "yMax"))
                    {
                        Line = lineNumber,
                    });
                }
            }

            pages.Add(new PageWords(pages.Count + 1, Number(page, "width"), Number(page, "height"), words));
        }

        return pages;
    }

    private static double Number(XElement element, string name) =>
        double.TryParse((string?)element.Attribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}

/// <summary>Symbol-font bullets (Word and LibreOffice use private-use code points such as U+F0B7) read as "•".</summary>
public static class Bullets
{
    public static string Mend(string word) =>
        word.Length == 1 && word[0] is >= '\ue000' and <= '\uf8ff' ? "•" : word;

    /// <summary>
    /// OCR reads a bullet as "e", "©", "«", "*", "¢", "e¢" and the like: a first segment of one or two
    /// such characters standing apart from the rest of the line is taken as the bullet it was.
    /// </summary>
    public static TextLine MendOcr(TextLine line)
    {
        if (line.Segments.Count < 2 || line.Segments[0].Words is not [{ Text: { Length: 1 or 2 } text } word] || !IsMisreadBullet(text))
        {
            return line;
        }

        var bullet = new Segment([word with { Text = "•" }]);
        return line with { Segments = [bullet, .. line.Segments.Skip(1)] };
    }

    /// <summary>One or two of the characters OCR turns a bullet into ("e", "«", "¢", "e¢", "»*").</summary>
    public static bool IsMisreadBullet(string text) =>
        text.Length is 1 or 2 && text.All(c => "eo©®«»*°·+¢•".Contains(c, StringComparison.Ordinal)) && text != "oo" && text != "ee";
}
