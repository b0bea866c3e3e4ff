namespace PolicyLint.Ingest.Docx;

/// <summary>The number formats a list level can use (w:numFmt). Formats we do not know render as decimal.</summary>
public enum ListNumberFormat
{
    Decimal,
    DecimalZero,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    Bullet,
    None,
}

/// <summary>
/// One level (w:lvl) of an abstract list. <see cref="Text"/> is the level text with %1..%9 standing for
/// the counters of levels 0..8. <see cref="Restart"/> is w:lvlRestart: null restarts after any shallower
/// level, 0 never restarts, n restarts only when level n-1 (0-based) or a shallower one is used.
/// <see cref="ParagraphStyle"/> is the style id a level is tied to (w:lvl/w:pStyle), as in outline-numbered headings.
/// </summary>
public sealed record ListLevel(int Index, ListNumberFormat Format = ListNumberFormat.Decimal, string Text = "", int Start = 1)
{
    public bool IsLegal { get; init; }

    public int? Restart { get; init; }

    public string? ParagraphStyle { get; init; }
}

/// <summary>
/// A w:abstractNum. <see cref="NumStyleLink"/> names a numbering style whose list holds the real levels;
/// <see cref="StyleLink"/> marks the list that defines such a style.
/// </summary>
public sealed record AbstractList(int Id, IReadOnlyList<ListLevel> Levels)
{
    public string? StyleLink { get; init; }

    public string? NumStyleLink { get; init; }

    public ListLevel? Level(int index) => Levels.FirstOrDefault(l => l.Index == index);
}

/// <summary>A w:lvlOverride: a new start value for one level of one list instance, and/or a replacement level.</summary>
public sealed record LevelOverride(int Level, int? StartOverride, ListLevel? Definition = null);

/// <summary>A w:num: the numId paragraphs point at, the abstract list it uses, and its overrides.</summary>
public sealed record ListInstance(int NumId, int AbstractId)
{
    public IReadOnlyList<LevelOverride> Overrides { get; init; } = [];
}

/// <summary>Everything numbering.xml says, in a form the engine can use without OpenXml.</summary>
public sealed record NumberingDefinitions(IReadOnlyList<AbstractList> Abstracts, IReadOnlyList<ListInstance> Instances)
{
    public static NumberingDefinitions Empty { get; } = new([], []);
}

/// <summary>A paragraph's own w:numPr, or a style's. Either part may be missing and then comes from the style chain.</summary>
public sealed record NumberingReference(int? NumId, int? Level);

/// <summary>What a numbered paragraph shows: the label ("7.4.1.", "a.", "(iii)", "•"), its level and list.</summary>
public sealed record ListLabel(string Text, int Level, int NumId, bool IsBullet);
