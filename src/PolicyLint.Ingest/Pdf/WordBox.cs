namespace PolicyLint.Ingest.Pdf;

/// <summary>
/// One word on a page, in points from the page's top-left corner (y grows downwards), whichever way
/// it was read. <see cref="Line"/> is the extractor's own line number on the page: words that share it
/// were read as one run of text. <see cref="Confidence"/> (0-100) is set for OCR words only.
/// </summary>
public sealed record WordBox(string Text, double Left, double Top, double Right, double Bottom)
{
    public int Line { get; init; }

    public double? Confidence { get; init; }

    public double Height => Bottom - Top;

    public double Middle => (Top + Bottom) / 2;
}

/// <summary>The words of one page (1-based number), with the page size in points.</summary>
public sealed record PageWords(int Number, double Width, double Height, IReadOnlyList<WordBox> Words)
{
    /// <summary>True when the words came from OCR rather than the PDF's text layer.</summary>
    public bool FromOcr { get; init; }
}
