using System.Text;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Ingest.Segmentation;

/// <summary>
/// Cuts a document into clauses by its own numbering. A numbered paragraph (computed list number or a
/// number typed at its start) opens a clause; lettered items, bullets and unnumbered paragraphs that
/// follow belong to it; paragraphs before the first number become "pN" clauses (N = block index).
/// Short numbered lines without a full stop ("7.4. Stage one") are headings: they name the clauses
/// numbered beneath them. A document with fewer than two clause numbers (a web page, a leaflet) is
/// cut by its headings instead: see <see cref="SegmentUnnumbered"/>.
/// </summary>
public sealed class ClauseSegmenter : IClauseSegmenter
{
    public static ClauseSegmenter Instance { get; } = new();

    public IReadOnlyList<Clause> Segment(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var labels = document.Blocks.Select(LabelOf).ToList();
        if (labels.Count(l => l.Kind == LabelKind.ClauseNumber) < 2)
        {
            return SegmentUnnumbered(document, labels);
        }

        var clauses = new List<Clause>();
        var headingTitles = new Dictionary<string, string>(StringComparer.Ordinal);
        var unnumberedHeadings = new SortedDictionary<int, string>();
        Builder? current = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Close()
        {
            if (current is not null)
            {
                clauses.Add(current.Build());
                current = null;
            }
        }

        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            if (block.Kind == BlockKind.Table)
            {
                var tableText = TableText(block);
                if (current is null)
                {
                    clauses.Add(new Clause($"p{block.Location.Paragraph}", tableText, block.Location) { HeadingPath = HeadingsFrom(unnumberedHeadings) });
                }
                else
                {
                    current.AppendParagraph(tableText);
                }

                continue;
            }

            var label = labels[i];

            if (label.Kind == LabelKind.None && block.Kind == BlockKind.Heading)
            {
                // An unnumbered heading names what follows; it closes the open clause.
                Close();
                OpenHeading(unnumberedHeadings, block.Level ?? 1, label.Rest);
                continue;
            }

            if (label.Kind == LabelKind.ClauseNumber && seen.Add(label.Value))
            {
                Close();
                var isHeading = LooksLikeHeading(label.Value, label.Rest, block);
                if (isHeading)
                {
                    headingTitles[label.Value] = label.Rest;
                    if (ClauseNumbers.Depth(label.Value) == 1)
                    {
                        unnumberedHeadings.Clear();
                    }
                }

                var path = AncestorHeadings(label.Value, headingTitles);
                if (path.Count == 0)
                {
                    path = HeadingsFrom(unnumberedHeadings);
                }

                current = new Builder(label.Value, block.Location, path, isHeading, block.LowConfidenceNumber);
                current.AppendParagraph(label.Rest);
                continue;
            }

            if (current is null)
            {
                clauses.Add(new Clause($"p{block.Location.Paragraph}", block.Text.Trim(), block.Location) { HeadingPath = HeadingsFrom(unnumberedHeadings) });
                continue;
            }

            if (label.Kind == LabelKind.Item)
            {
                current.AppendItem(label.Value, label.Rest);
            }
            else
            {
                // A repeated number (e.g. "2.1" typed twice) or plain text: both stay with the open clause.
                current.AppendParagraph(label.Kind == LabelKind.ClauseNumber ? block.Text.Trim() : label.Rest);
            }
        }

        Close();
        return clauses;
    }

    /// <summary>The block's leading label; a table has none (its cells are not clause text to number).</summary>
    private static LeadingLabel LabelOf(Block block) =>
        block.Kind == BlockKind.Table ? new LeadingLabel(LabelKind.None, string.Empty, block.Text)
        : block.ListNumber is { Length: > 0 } listNumber ? ClauseNumbers.FromListNumber(listNumber, block.Text)
        : ClauseNumbers.Read(block.Text);

    /// <summary>A heading at this level replaces the heading there and closes every deeper one.</summary>
    private static void OpenHeading(SortedDictionary<int, string> headings, int level, string title)
    {
        foreach (var deeper in headings.Keys.Where(k => k >= level).ToList())
        {
            headings.Remove(deeper);
        }

        headings[level] = title;
    }

    private static string TableText(Block block) => string.Join("\n", (block.Rows ?? []).Select(r => string.Join(" | ", r.Cells)));

    /// <summary>
    /// Text without clause numbers: headings (marked, or inferred from the line's shape) open sections,
    /// and every paragraph gets the id "sS.P" (section S, paragraph P; S is 0 before the first heading),
    /// so a reader can find it. A paragraph ending in a colon takes the bullets beneath it. Every clause
    /// carries the headings above it, outermost first, so a stage named once in a heading reaches the
    /// timescales listed beneath it.
    /// </summary>
    private static IReadOnlyList<Clause> SegmentUnnumbered(Document document, IReadOnlyList<LeadingLabel> labels)
    {
        var clauses = new List<Clause>();
        var headings = new SortedDictionary<int, string>();
        var section = 0;
        var paragraph = 0;
        Builder? current = null;

        void Close()
        {
            if (current is not null)
            {
                clauses.Add(current.Build());
                current = null;
            }
        }

        var blocks = document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var label = labels[i];
            var isLast = i == blocks.Count - 1;
            var inferred = block.Kind == BlockKind.Paragraph && label.Kind == LabelKind.None && !isLast && HeadingShape.IsHeading(block.Text);
            if (block.Kind == BlockKind.Heading || inferred)
            {
                Close();
                var title = label.Rest.TrimEnd(':').Trim();
                OpenHeading(headings, block.Kind == BlockKind.Heading ? block.Level ?? 1 : HeadingShape.LevelOf(title), title);
                section++;
                paragraph = 0;
                continue;
            }

            var text = block.Kind == BlockKind.Table ? TableText(block) : label.Rest;
            if (current is not null && current.TakesItems && (label.Kind == LabelKind.Item || block.Kind == BlockKind.Table))
            {
                if (block.Kind == BlockKind.Table)
                {
                    current.AppendParagraph(text);
                }
                else
                {
                    current.AppendItem(label.Value, label.Rest);
                }

                continue;
            }

            Close();
            paragraph++;
            current = new Builder($"s{section}.{paragraph}", block.Location, HeadingsFrom(headings), isHeading: false, block.LowConfidenceNumber);
            if (label.Kind == LabelKind.Item)
            {
                current.AppendItem(label.Value, label.Rest);
            }
            else
            {
                current.AppendParagraph(text);
                current.TakesItems = text.TrimEnd().EndsWith(':');
            }

            if (!current.TakesItems)
            {
                Close();
            }
        }

        Close();
        return clauses;
    }

    private static bool LooksLikeHeading(string id, string rest, Block block)
    {
        if (block.Kind == BlockKind.Heading)
        {
            return true;
        }

        var text = rest.Trim();
        if (text.Length == 0 || text.EndsWith('.') || text.EndsWith(':') || text.EndsWith(';') || text.Contains(". ", StringComparison.Ordinal))
        {
            return false;
        }

        // A section number ("3.") names a section even when its title is long; deeper numbers only when short.
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return ClauseNumbers.Depth(id) == 1 ? text.Length <= 140 : words <= 9;
    }

    private static List<string> AncestorHeadings(string id, Dictionary<string, string> titles)
    {
        var path = new List<string>();
        for (var parent = ClauseNumbers.Parent(id); parent is not null; parent = ClauseNumbers.Parent(parent))
        {
            if (titles.TryGetValue(parent, out var title))
            {
                path.Insert(0, title);
            }
        }

        if (titles.TryGetValue(id, out var own))
        {
            path.Add(own);
        }

        return path;
    }

    private static List<string> HeadingsFrom(SortedDictionary<int, string> headings) => headings.Values.ToList();

    private sealed class Builder(string id, Location location, List<string> path, bool isHeading, bool lowConfidence)
    {
        private readonly StringBuilder text = new();
        private readonly List<ClauseItem> items = [];

        /// <summary>True while the clause is a lead-in ("We will:") whose bullets follow.</summary>
        public bool TakesItems { get; set; }

        public void AppendParagraph(string paragraph)
        {
            if (paragraph.Length == 0)
            {
                return;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(paragraph);
        }

        public void AppendItem(string itemLabel, string itemText)
        {
            items.Add(new ClauseItem(itemLabel, itemText));
            AppendParagraph(itemLabel == "•" ? "• " + itemText : $"{itemLabel}. {itemText}");
        }

        public Clause Build() => new(id, text.ToString(), location)
        {
            HeadingPath = path,
            Heading = path.Count > 0 ? path[^1] : null,
            Items = items,
            IsHeading = isHeading,
            LowConfidenceId = lowConfidence,
        };
    }
}
