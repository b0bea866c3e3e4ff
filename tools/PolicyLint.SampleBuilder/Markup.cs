namespace PolicyLint.SampleBuilder;

public enum ElementKind
{
    Title,
    Heading,
    Clause,
    Letter,
    Roman,
    Bullet,
    Plain,
    TableRow,
    PageBreak,
}

/// <summary>
/// One line of a sample. <see cref="Number"/> is the label the list shows ("3.1.", "b.", "(ii)", "•");
/// <see cref="Depth"/> is the list level (clause depth 0..2, or 0 for letters and 1 for romans).
/// <see cref="ListId"/> is the w:num a letter or roman run belongs to.
/// </summary>
public sealed record Element(ElementKind Kind, string Text, int LineNumber)
{
    public string? Number { get; init; }

    public int Depth { get; init; }

    public int HeadingLevel { get; init; }

    public int ListId { get; init; }

    public IReadOnlyList<string> Cells { get; init; } = [];

    public bool IsHeaderRow { get; init; }

    /// <summary>True for the first row of a table (a new table starts after any other element).</summary>
    public bool StartsTable { get; init; }
}

/// <summary>A parsed sample; <see cref="Landscape"/> turns the page (a "!landscape" line in the markup).</summary>
public sealed record Sample(string Title, IReadOnlyList<Element> Elements)
{
    public bool Landscape { get; init; }
}

public sealed class MarkupException : Exception
{
    public MarkupException(int line, string message)
        : base($"line {line}: {message}")
    {
    }

    public MarkupException()
    {
    }

    public MarkupException(string message)
        : base(message)
    {
    }

    public MarkupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
