using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace PolicyLint.Ingest.Pdf;

/// <summary>
/// Reads the text layer of a PDF in-process with PdfPig: letters grouped into words by
/// <see cref="NearestNeighbourWordExtractor"/>, words into lines by <see cref="DocstrumBoundingBoxes"/>,
/// each word boxed the way pdftotext boxes it (from the pen's start to its end along the baseline,
/// and from the font's ascent to its descent), in points from the page's top-left corner.
/// The layout code downstream (columns, running headers, tables) works on these boxes.
/// </summary>
public static partial class PdfPigText
{
    // pdftotext boxes a word from the font's ascent to its descent; PdfPig gives the baseline and the
    // point size, so the box is the point size above and below it in these proportions (usual for
    // the text faces office suites embed).
    private const double Ascent = 0.9;
    private const double Descent = 0.22;

    /// <summary>The words of one page.</summary>
    public static PageWords Read(Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var words = new List<WordBox>();
        if (letters.Count > 0)
        {
            var extracted = NearestNeighbourWordExtractor.Instance.GetWords(letters).ToList();
            var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(extracted);
            var lineNumber = 0;
            foreach (var block in blocks)
            {
                foreach (var line in block.TextLines)
                {
                    lineNumber++;
                    foreach (var word in line.Words)
                    {
                        words.AddRange(Boxes(word, page.Height, lineNumber));
                    }
                }
            }
        }

        return new PageWords(page.Number, page.Width, page.Height, words);
    }

    /// <summary>
    /// The word's box; a heading number the extractor ran into its first word across a narrow tab
    /// ("4.When") gives two boxes, as the letters show them.
    /// </summary>
    private static IEnumerable<WordBox> Boxes(Word word, double pageHeight, int line)
    {
        var text = Bullets.Mend(word.Text.Trim());
        if (text.Length == 0 || word.Letters.Count == 0)
        {
            yield break;
        }

        var joined = NumberRunIntoWord().Match(text);
        if (joined.Success && word.Text.Length == word.Letters.Count)
        {
            var cut = joined.Groups[1].Length;
            yield return Box(joined.Groups[1].Value, word.Letters.Take(cut).ToList(), word, pageHeight, line);
            yield return Box(text[cut..], word.Letters.Skip(cut).ToList(), word, pageHeight, line);
            yield break;
        }

        yield return Box(text, word.Letters, word, pageHeight, line);
    }

    private static WordBox Box(string text, IReadOnlyList<Letter> letters, Word word, double pageHeight, int line)
    {
        var first = letters[0];
        var last = letters[^1];
        var size = letters.Max(l => l.PointSize);
        if (size <= 0)
        {
            size = word.BoundingBox.Height;
        }

        var baseline = first.StartBaseLine.Y;
        var whole = letters.Count == word.Letters.Count;
        var left = whole ? Math.Min(first.StartBaseLine.X, word.BoundingBox.Left) : first.StartBaseLine.X;
        var right = whole ? Math.Max(last.EndBaseLine.X, word.BoundingBox.Right) : last.EndBaseLine.X;
        return new WordBox(text, left, pageHeight - (baseline + (Ascent * size)), right, pageHeight - (baseline - (Descent * size)))
        {
            Line = line,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{1,3}(?:\.\d{1,3}){0,3}\.)(\p{Lu}\p{Ll}+\S*)$")]
    private static partial System.Text.RegularExpressions.Regex NumberRunIntoWord();
}
