using PolicyLint.Core.Documents;

namespace PolicyLint.Ingest.Pdf;

/// <summary>Turns the words of a document's pages into blocks in reading order.</summary>
public interface IPageLayout
{
    IReadOnlyList<Block> Arrange(IReadOnlyList<PageWords> pages);
}

/// <summary>
/// The layout pipeline shared by text-layer and OCR pages: lines from word boxes, running headers and
/// page numbers dropped, two-column pages put in reading order, tables rebuilt (and joined across page
/// breaks), then the remaining lines merged into paragraphs, headings and list items.
/// </summary>
public sealed class PdfLayout : IPageLayout
{
    public static PdfLayout Instance { get; } = new();

    public IReadOnlyList<Block> Arrange(IReadOnlyList<PageWords> pages)
    {
        var lines = pages.Select(p => (p, TextLineBuilder.Build(p))).ToList();
        var kept = RunningText.Remove(lines);
        var items = new List<LayoutItem>();
        foreach (var pageLines in kept)
        {
            var carried = items.Count > 0 && items[^1].Table is { } last ? last.Boundaries : null;
            items.AddRange(TableFinder.Find(ColumnSplitter.Order(pageLines), carried));
        }

        var textLines = items.Where(i => i.Line is not null).Select(i => i.Line!).ToList();
        var metrics = Metrics.Of(textLines.Where(l => !l.FromOcr).ToList());
        var ocrMetrics = Metrics.Of(textLines.Where(l => l.FromOcr).ToList());
        return new Assembler(metrics, ocrMetrics).Run(items);
    }

    /// <summary>Body type size and the usual line pitch (as a multiple of the line height) of running text.</summary>
    private sealed record Metrics(double BodyHeight, double PitchRatio)
    {
        public static Metrics Of(IReadOnlyList<TextLine> lines)
        {
            if (lines.Count == 0)
            {
                return new Metrics(10, 1.2);
            }

            var heights = lines.Select(l => l.Height).Order().ToArray();
            var ratios = new List<double>();
            for (var i = 1; i < lines.Count; i++)
            {
                var (a, b) = (lines[i - 1], lines[i]);
                var pitch = b.Middle - a.Middle;
                if (a.Page == b.Page && pitch > 0 && Math.Abs(a.Height - b.Height) <= 0.1 * a.Height && pitch < 3 * a.Height)
                {
                    ratios.Add(pitch / heights[heights.Length / 2]);
                }
            }

            ratios.Sort();
            return new Metrics(heights[heights.Length / 2], ratios.Count == 0 ? 1.2 : ratios[ratios.Count / 4]);
        }
    }

    private sealed class Assembler(Metrics textMetrics, Metrics ocrMetrics)
    {
        private readonly List<Block> blocks = [];
        private readonly List<TextLine> paragraph = [];
        private readonly List<TextLine> pageLines = [];
        private TableInProgress? table;

        public IReadOnlyList<Block> Run(IReadOnlyList<LayoutItem> items)
        {
            pageLines.AddRange(items.Where(i => i.Line is not null).Select(i => i.Line!));
            foreach (var item in items)
            {
                if (item.Table is { } found)
                {
                    FlushParagraph();
                    if (table is not null && table.Continues(found))
                    {
                        table.Append(found);
                    }
                    else
                    {
                        FlushTable();
                        table = new TableInProgress(found);
                    }

                    continue;
                }

                var line = item.Line!;
                FlushTable();
                if (paragraph.Count > 0 && Breaks(paragraph, line))
                {
                    FlushParagraph();
                }

                paragraph.Add(line);
            }

            FlushParagraph();
            FlushTable();
            return blocks;
        }

        private bool Breaks(List<TextLine> current, TextLine line)
        {
            var previous = current[^1];
            var text = line.Text;
            var ended = EndsSentence(previous.Text);
            var pitch = line.Middle - previous.Middle;
            if (line.Page != previous.Page || pitch <= 0)
            {
                // A new page or column continues the paragraph only mid-sentence.
                return ended || !char.IsLower(text[0]) || Labels.StartsWithLabel(text);
            }

            if (Labels.StartsWithLabel(text) || (ended && Labels.StartsWithSingleNumber(text)))
            {
                return true;
            }

            // OCR boxes hug the glyphs, so a line's measured height varies with its letters.
            var metrics = line.FromOcr ? ocrMetrics : textMetrics;
            var height = previous.Height;
            if (Math.Max(height, line.Height) / Math.Min(height, line.Height) > (line.FromOcr ? 1.4 : 1.15))
            {
                return true;
            }

            if (pitch / Math.Max(height, metrics.BodyHeight) > metrics.PitchRatio * 1.3)
            {
                return true;
            }

            if (current.Count >= 2 && Math.Abs(line.Left - previous.Left) > height)
            {
                return true;
            }

            var right = pageLines.Where(l => l.Page == previous.Page && l.Left < previous.Right && l.Right > previous.Left).Max(l => l.Right);
            var width = right - previous.Left;
            return ended && previous.Right < right - (0.3 * width);
        }

        private static bool EndsSentence(string text) => text.Length > 0 && ".:!?".Contains(text[^1], StringComparison.Ordinal);

        private void FlushParagraph()
        {
            if (paragraph.Count == 0)
            {
                return;
            }

            var text = paragraph.Aggregate(string.Empty, (joined, line) => TextJoin.Lines(joined, line.Text));
            var first = paragraph[0].FirstWord;
            var lowConfidence = false;
            var (token, flagged) = ClauseNumbers.Normalise(first);
            if (flagged || token != first.Text)
            {
                text = token + text[first.Text.Length..];
                lowConfidence = flagged;
            }

            var location = new Location(paragraph[0].Page, blocks.Count);
            var metrics = paragraph[0].FromOcr ? ocrMetrics : textMetrics;
            var height = paragraph.Average(l => l.Height);
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            Block block;
            if (paragraph.Count <= 2 && height >= (paragraph[0].FromOcr ? 1.2 : 1.15) * metrics.BodyHeight && words <= 20 && !".,;:".Contains(text[^1], StringComparison.Ordinal))
            {
                block = new Block(BlockKind.Heading, text, location) { Level = HeadingLevel(height, metrics) };
            }
            else if (Labels.SplitListLabel(text) is { } item)
            {
                block = new Block(BlockKind.ListItem, item.Text, location) { ListNumber = item.Label, Level = 0 };
            }
            else
            {
                block = new Block(BlockKind.Paragraph, text, location);
            }

            blocks.Add(block with { LowConfidenceNumber = lowConfidence });
            paragraph.Clear();
        }

        /// <summary>Level 1 for type at least 1.6 times the body size, 2 from 1.3, else 3.</summary>
        private static int HeadingLevel(double height, Metrics metrics) =>
            height >= 1.6 * metrics.BodyHeight ? 1 : height >= 1.3 * metrics.BodyHeight ? 2 : 3;

        private void FlushTable()
        {
            if (table is null)
            {
                return;
            }

            blocks.Add(table.ToBlock(blocks.Count));
            table = null;
        }
    }

    /// <summary>A table being collected, possibly over several pages.</summary>
    private sealed class TableInProgress
    {
        private readonly List<List<List<WordBox>>> rows = [];
        private readonly PdfTable first;
        private int lastPage;
        private bool repeatedHeader;

        public TableInProgress(PdfTable table)
        {
            first = table;
            lastPage = table.Page;
            rows.AddRange(table.Rows.Select(r => r.Cells.Select(c => c.ToList()).ToList()));
        }

        /// <summary>The next page's table carries on this one: same columns, on the following page.</summary>
        public bool Continues(PdfTable next) =>
            next.Page == lastPage + 1
            && next.Columns == first.Columns
            && next.Boundaries.Zip(first.Boundaries).All(p => Math.Abs(p.First - p.Second) <= 12);

        public void Append(PdfTable next)
        {
            var incoming = next.Rows.ToList();
            if (incoming.Count > 0 && rows.Count > 0 && SameText(incoming[0].Texts, Texts(rows[0])))
            {
                repeatedHeader = true;
                incoming.RemoveAt(0);
            }

            if (incoming.Count > 0 && rows.Count > 0 && incoming[0].Cells[0].Count == 0)
            {
                // The row broke across the page: its first cell stayed on the previous page.
                for (var c = 0; c < incoming[0].Cells.Count; c++)
                {
                    rows[^1][c].AddRange(incoming[0].Cells[c]);
                }

                incoming.RemoveAt(0);
            }

            rows.AddRange(incoming.Select(r => r.Cells.Select(c => c.ToList()).ToList()));
            lastPage = next.Page;
        }

        public Block ToBlock(int index)
        {
            var lowConfidence = false;
            var texts = new List<IReadOnlyList<string>>();
            foreach (var row in rows)
            {
                var cells = Texts(row).ToList();
                if (row[0].Count > 0)
                {
                    var (token, flagged) = ClauseNumbers.Normalise(row[0][0]);
                    if (token != row[0][0].Text)
                    {
                        cells[0] = token + cells[0][row[0][0].Text.Length..];
                    }

                    lowConfidence |= flagged;
                }

                texts.Add(cells);
            }

            var header = repeatedHeader || LooksLikeHeader(texts);
            var tableRows = texts.Select((cells, i) => new TableRow(cells, IsHeader: header && i == 0)).ToList();
            var text = string.Join("\n", texts.Select(cells => string.Join(" | ", cells)));
            return new Block(BlockKind.Table, text, new Location(first.Page, index)) { Rows = tableRows, LowConfidenceNumber = lowConfidence };
        }

        /// <summary>A first row of short labels (no digits, no sentences) above at least one more row.</summary>
        private static bool LooksLikeHeader(List<IReadOnlyList<string>> rows) =>
            rows.Count >= 2
            && rows[0].All(cell => cell.Length > 0
                && cell.Split(' ').Length <= 5
                && !cell.Any(char.IsDigit)
                && !cell.EndsWith('.'));

        private static IReadOnlyList<string> Texts(List<List<WordBox>> row) => row.Select(TextJoin.Words).ToList();

        private static bool SameText(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
            a.Count == b.Count && a.Zip(b).All(p => string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));
    }
}
