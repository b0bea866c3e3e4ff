using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Ingest.Metadata;

/// <summary>
/// Reads title, version, adoption date and next review date from a document's front matter: label/value
/// pairs in a table, separated by a tab, or "Label: value", within the first blocks of the document.
/// </summary>
public sealed partial class FrontMatterReader : IMetadataReader
{
    private const int FrontMatterBlocks = 40;

    public static FrontMatterReader Instance { get; } = new();

    [GeneratedRegex(@"^(?<label>[A-Za-z][A-Za-z /&()-]{1,40}?)\s*(?:\t+|:\s+|\s{3,})(?<value>\S.*)$")]
    private static partial Regex Pair();

    [GeneratedRegex(@"\b(?:v(?:ersion)?\.?\s*)?(?<v>v?\d+(?:\.\d+)*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VersionValue();

    public DocumentMetadata Read(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string? title = null, version = null, adopted = null, nextReview = null;
        foreach (var (label, value) in Pairs(document.Blocks.Take(FrontMatterBlocks)))
        {
            var l = label.ToLowerInvariant();
            if (nextReview is null && (l.Contains("review", StringComparison.Ordinal) && !l.Contains("last", StringComparison.Ordinal)))
            {
                nextReview = DateText.FindFirst(value);
            }
            else if (adopted is null && (l.Contains("adopt", StringComparison.Ordinal) || l.Contains("approv", StringComparison.Ordinal) || l is "date" or "effective date" or "effective from" or "date of issue" or "issue date"))
            {
                adopted = DateText.FindFirst(value);
            }
            else if (version is null && l.StartsWith("version", StringComparison.Ordinal))
            {
                var m = VersionValue().Match(value);
                version = m.Success ? NormaliseVersion(m.Groups["v"].Value, value) : value.Trim();
            }
            else if (title is null && (l is "policy" or "title" or "policy title" or "document" or "document title" or "policy name"))
            {
                title = value.Trim();
            }
        }

        title ??= document.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text.Trim()
            ?? document.Blocks.FirstOrDefault(b => b.Kind != BlockKind.Table)?.Text.Trim();
        return new DocumentMetadata(title, version, adopted, nextReview);
    }

    private static string NormaliseVersion(string number, string raw) =>
        raw.TrimStart().StartsWith('V') || raw.TrimStart().StartsWith('v') ? "V" + number.TrimStart('v', 'V') : number;

    private static IEnumerable<(string Label, string Value)> Pairs(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Table)
            {
                foreach (var row in block.Rows ?? [])
                {
                    for (var i = 0; i + 1 < row.Cells.Count; i += 2)
                    {
                        yield return (row.Cells[i].Trim().TrimEnd(':'), row.Cells[i + 1]);
                    }
                }

                continue;
            }

            var m = Pair().Match(block.Text.Trim());
            if (m.Success)
            {
                yield return (m.Groups["label"].Value.Trim(), m.Groups["value"].Value);
            }
        }
    }
}
