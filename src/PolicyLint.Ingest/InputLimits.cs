namespace PolicyLint.Ingest;

/// <summary>
/// The bounds every reader enforces while it reads, so that no input can make a check run out of
/// memory or time. Defaults are sized well above real complaints policies (tens of pages, a few MB).
/// Each breach is an <see cref="Core.Pipeline.InputException"/> naming the limit. The README's
/// "Limits and failures" section lists the same numbers.
/// </summary>
public sealed record InputLimits
{
    public static InputLimits Default { get; } = new();

    /// <summary>Bytes in an input file (the file itself, before any decompression).</summary>
    public long MaxInputBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Bytes in an HTML page: parsing a page costs far more memory per byte than the other formats.</summary>
    public long MaxHtmlBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Entries in a DOCX (zip) package.</summary>
    public int MaxZipEntries { get; init; } = 1000;

    /// <summary>Decompressed bytes of one DOCX part, counted while inflating.</summary>
    public long MaxPartBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Decompressed bytes of all DOCX parts together.</summary>
    public long MaxPackageBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Decompressed-to-compressed ratio allowed for a part larger than 1 MB decompressed.</summary>
    public int MaxCompressionRatio { get; init; } = 400;

    /// <summary>Element nesting in a DOCX part or an HTML page.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Characters in one list label ("iv", "7.4.1", "aaa"); a longer label is shown as its decimal number.</summary>
    public int MaxLabelLength { get; init; } = 16;

    /// <summary>Characters in one line of extracted text (a table row counts as one line).</summary>
    public int MaxLineCharacters { get; init; } = 100_000;

    /// <summary>Characters of extracted text in one document.</summary>
    public int MaxDocumentCharacters { get; init; } = 5_000_000;

    /// <summary>Pixels of one page rasterised for OCR (an A4 page at 300 dpi is about 8.7 million).</summary>
    public long MaxOcrPixels { get; init; } = 40_000_000;

    internal static string Megabytes(long bytes) => (bytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
