namespace PolicyLint.Ingest.Pdf;

/// <summary>Which library reads a PDF's text layer.</summary>
public enum PdfTextEngine
{
    /// <summary>PdfPig, in-process (the default); Poppler's pdftotext only for a PDF PdfPig cannot open.</summary>
    PdfPig,

    /// <summary>Poppler's pdftotext -bbox-layout, one process per file (kept for comparison and as the fallback).</summary>
    Pdftotext,
}

/// <summary>
/// Limits for reading a PDF. Every external tool runs under <see cref="ToolTimeout"/>; OCR under
/// <see cref="OcrPageTimeout"/> per page, its process tree killed when the time passes.
/// </summary>
public sealed record PdfReaderOptions
{
    /// <summary>The defaults; the environment variable POLICYLINT_PDF_TEXT=pdftotext picks the old text engine (for tools/compare-pdf-engines.sh).</summary>
    public static PdfReaderOptions Default { get; } = new()
    {
        TextEngine = string.Equals(Environment.GetEnvironmentVariable("POLICYLINT_PDF_TEXT"), "pdftotext", StringComparison.OrdinalIgnoreCase)
            ? PdfTextEngine.Pdftotext
            : PdfTextEngine.PdfPig,
        OcrCacheFolder = OcrCache.DefaultFolder(),
    };

    public PdfTextEngine TextEngine { get; init; } = PdfTextEngine.PdfPig;

    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan OcrPageTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Documents with more pages are refused.</summary>
    public int MaxPages { get; init; } = 500;

    /// <summary>Resolution a page is rasterised at for OCR when its image cannot be taken out as stored.</summary>
    public int OcrDpi { get; init; } = 300;

    /// <summary>
    /// The most pixels one page image handed to OCR may have (an A4 page at 300 dpi has 8.7 million).
    /// A larger page is rasterised at a lower resolution that fits; one that would need less than
    /// <see cref="MinOcrDpi"/> to fit is skipped with a warning.
    /// </summary>
    public long MaxOcrPixels { get; init; } = 40_000_000;

    public int MinOcrDpi { get; init; } = 70;

    /// <summary>OCR pages run at once (each Tesseract single-threaded).</summary>
    public int OcrParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Where OCR results are kept by page-image hash, so a re-check of the same scan skips Tesseract;
    /// null for no cache. The default is $POLICYLINT_OCR_CACHE ("off" for none), else
    /// $XDG_CACHE_HOME/policylint/ocr, else ~/.cache/policylint/ocr.
    /// </summary>
    public string? OcrCacheFolder { get; init; }

    /// <summary>Binarise each scanned page at one global threshold before OCR (see <see cref="ScanBinariser"/>).</summary>
    public bool Binarise { get; init; } = true;

    /// <summary>OCR pages whose mean word confidence is below this get a warning.</summary>
    public double LowConfidencePage { get; init; } = 80;
}
