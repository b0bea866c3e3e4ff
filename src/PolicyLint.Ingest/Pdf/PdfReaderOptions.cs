namespace PolicyLint.Ingest.Pdf;

/// <summary>Limits for reading a PDF. Every external tool runs under <see cref="ToolTimeout"/>; OCR under <see cref="OcrPageTimeout"/> per page.</summary>
public sealed record PdfReaderOptions
{
    public static PdfReaderOptions Default { get; } = new();

    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan OcrPageTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Documents with more pages are refused.</summary>
    public int MaxPages { get; init; } = 500;

    /// <summary>Resolution pages are rasterised at for OCR.</summary>
    public int OcrDpi { get; init; } = 300;

    /// <summary>OCR pages whose mean word confidence is below this get a warning.</summary>
    public double LowConfidencePage { get; init; } = 80;
}
