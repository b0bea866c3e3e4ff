using System.Globalization;

namespace PolicyLint.Ingest.Pdf;

/// <summary>
/// Reads Tesseract's TSV output (level, page, block, paragraph, line, word, left, top, width, height,
/// confidence, text) for one page image into word boxes, scaled from pixels to points. A table's
/// vertical rule read as "|" at either end of a word is dropped, and so are specks of punctuation.
/// </summary>
public static class TesseractTsvParser
{
    private const int WordLevel = 5;

    /// <param name="tsv">Tesseract's TSV output for one image.</param>
    /// <param name="pageNumber">The PDF page the image was made from (1-based).</param>
    /// <param name="dpi">The resolution the page was rasterised at, to turn pixels into points.</param>
    public static PageWords Parse(string tsv, int pageNumber, double dpi)
    {
        var scale = 72.0 / dpi;
        var words = new List<WordBox>();
        double width = 0, height = 0;
        var lines = new Dictionary<(int Block, int Paragraph, int Line), int>();
        foreach (var raw in tsv.Split('\n'))
        {
            var fields = raw.TrimEnd('\r').Split('\t');
            if (fields.Length < 12 || !int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                continue;
            }

            var left = Int(fields[6]);
            var top = Int(fields[7]);
            var w = Int(fields[8]);
            var h = Int(fields[9]);
            if (level == 1)
            {
                width = w * scale;
                height = h * scale;
                continue;
            }

            var text = fields[11].Trim().Trim('|');
            if (level != WordLevel || text.Length == 0)
            {
                continue;
            }

            var key = (Int(fields[2]), Int(fields[3]), Int(fields[4]));
            if (!lines.TryGetValue(key, out var line))
            {
                line = lines.Count + 1;
                lines[key] = line;
            }

            if (words.Count > 0 && words[^1].Line == line)
            {
                text = StageNumber(words[^1].Text, text);
            }

            var confidence = double.TryParse(fields[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : 0;
            words.Add(new WordBox(text, left * scale, top * scale, (left + w) * scale, (top + h) * scale)
            {
                Line = line,
                Confidence = Math.Max(0, confidence),
            });
        }

        return new PageWords(pageNumber, width, height, WithoutSpecks(words)) { FromOcr = true };
    }

    /// <summary>
    /// Table rules and dust read as words: punctuation alone in a box far smaller than the page's
    /// type ("." or ";" a point high along a ruled line) is no text.
    /// </summary>
    private static List<WordBox> WithoutSpecks(List<WordBox> words)
    {
        if (words.Count == 0)
        {
            return words;
        }

        var typical = words.Select(w => w.Height).Order().ElementAt(words.Count / 2);
        return words.Where(w => w.Text.Any(char.IsLetterOrDigit) || w.Height >= 0.3 * typical).ToList();
    }

    /// <summary>
    /// "Stage O" and "Stage l" are "Stage 0" and "Stage 1" misread: after the word "Stage", a lone
    /// O or l (with any closing punctuation) can only be a digit. "Stage I" is left alone: it may be a
    /// Roman numeral.
    /// </summary>
    internal static string StageNumber(string previous, string word)
    {
        if (!previous.Equals("Stage", StringComparison.OrdinalIgnoreCase) || word.Length == 0 || word.Length > 2
            || (word.Length == 2 && !".,:;)".Contains(word[1], StringComparison.Ordinal)))
        {
            return word;
        }

        return word[0] switch
        {
            'O' or 'o' => "0" + word[1..],
            'l' => "1" + word[1..],
            _ => word,
        };
    }

    private static int Int(string field) =>
        int.TryParse(field, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
