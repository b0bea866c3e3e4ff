using System.Text.RegularExpressions;

namespace PolicyLint.Ingest.Docx;

/// <summary>
/// What the reader needs from one paragraph style. <see cref="OutlineLevel"/> is w:outlineLvl (0-based;
/// 9 is body text). Null means "not set here", so the value comes from <see cref="BasedOn"/>.
/// </summary>
public sealed record StyleInfo(string Id, string? Name = null, string? BasedOn = null)
{
    public NumberingReference? Numbering { get; init; }

    public int? OutlineLevel { get; init; }

    public bool? PageBreakBefore { get; init; }

    public bool? Bold { get; init; }
}

/// <summary>Paragraph styles by id, with lookups that follow basedOn chains (cycles are cut).</summary>
public sealed partial class StyleSheet
{
    private const int MaxChain = 32;
    private readonly Dictionary<string, StyleInfo> styles;

    public StyleSheet(IEnumerable<StyleInfo> styles)
    {
        this.styles = new Dictionary<string, StyleInfo>(StringComparer.Ordinal);
        foreach (var style in styles)
        {
            this.styles.TryAdd(style.Id, style);
        }
    }

    public static StyleSheet Empty { get; } = new([]);

    public StyleInfo? Find(string? id) => id is not null && styles.TryGetValue(id, out var style) ? style : null;

    /// <summary>The style and the styles it is based on, nearest first.</summary>
    public IEnumerable<StyleInfo> Chain(string? id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var style = Find(id);
        while (style is not null && seen.Add(style.Id) && seen.Count <= MaxChain)
        {
            yield return style;
            style = Find(style.BasedOn);
        }
    }

    /// <summary>numId and ilvl as the style chain gives them; each comes from the nearest style that sets it.</summary>
    public NumberingReference? Numbering(string? id)
    {
        int? numId = null;
        int? level = null;
        foreach (var style in Chain(id))
        {
            numId ??= style.Numbering?.NumId;
            level ??= style.Numbering?.Level;
        }

        return numId is null && level is null ? null : new NumberingReference(numId, level);
    }

    /// <summary>
    /// Heading level (1 = top) the style gives a paragraph: an outline level, a "heading N" name,
    /// or the Title style (level 1). Null when the style is not a heading.
    /// </summary>
    public int? HeadingLevel(string? id)
    {
        foreach (var style in Chain(id))
        {
            if (style.OutlineLevel is int outline)
            {
                return outline is >= 0 and < 9 ? outline + 1 : null;
            }

            var name = style.Name ?? style.Id;
            var match = HeadingName().Match(name);
            if (match.Success)
            {
                return int.Parse(match.Groups[1].Value);
            }

            if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }
        }

        return null;
    }

    public bool PageBreakBefore(string? id) => Chain(id).Select(s => s.PageBreakBefore).FirstOrDefault(b => b is not null) ?? false;

    public bool Bold(string? id) => Chain(id).Select(s => s.Bold).FirstOrDefault(b => b is not null) ?? false;

    [GeneratedRegex(@"^heading\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();
}
