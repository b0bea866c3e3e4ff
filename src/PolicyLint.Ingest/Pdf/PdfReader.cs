using System.Globalization;
using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Processes;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace PolicyLint.Ingest.Pdf;

/// <summary>
/// Reads a PDF's text layer in-process with PdfPig and, for pages with no text layer, Tesseract OCR
/// (pages in parallel, each page's own image handed over as stored, or rasterised by Poppler's
/// pdftoppm to uncompressed PGM when it cannot be). Poppler's pdftotext reads a PDF only when PdfPig
/// cannot open it (the reason goes into the extraction warnings) or when
/// <see cref="PdfReaderOptions.TextEngine"/> asks for it. The tools work on a copy in a private temp
/// folder; the user's file is only read. Method is "pdf-ocr" when any page was OCR'd, else "pdf-text".
/// </summary>
public sealed partial class PdfReader : IDocumentReader
{
    public const string PopplerPackage = "poppler-utils";
    public const string TesseractPackages = "tesseract-ocr tesseract-ocr-eng";
    private const string EncryptedCause = "encrypted PDF (it needs a password to open; save an unprotected copy)";

    private readonly IProcessRunner runner;
    private readonly IPageLayout layout;
    private readonly PdfReaderOptions options;

    public PdfReader()
        : this(ExternalProcessRunner.Instance, PdfLayout.Instance, PdfReaderOptions.Default)
    {
    }

    public PdfReader(IProcessRunner runner, IPageLayout layout, PdfReaderOptions options)
    {
        this.runner = runner;
        this.layout = layout;
        this.options = options;
    }

    public static PdfReader Instance { get; } = new();

    public Document Read(SourceFile source)
    {
        var bytes = InputFiles.ReadBytes(source);
        if (!LooksLikePdf(bytes))
        {
            throw new InputException(source.DisplayPath, "not a PDF file (it does not start with %PDF)");
        }

        using var temp = new TempFolder();
        var input = temp.File("input.pdf");
        File.WriteAllBytes(input, bytes);

        var warnings = new List<string>();
        IReadOnlyList<SourcePage>? pages = null;
        if (options.TextEngine == PdfTextEngine.PdfPig)
        {
            try
            {
                pages = ReadWithPdfPig(source, bytes);
            }
            catch (PdfDocumentEncryptedException)
            {
                throw new InputException(source.DisplayPath, EncryptedCause);
            }
            catch (Exception e) when (e is not InputException and not OutOfMemoryException)
            {
                warnings.Add($"PdfPig could not read the PDF ({OneLine(e.Message)}); its text was read with Poppler's pdftotext instead");
            }
        }

        pages ??= new PopplerText(runner, options, source, temp, input).Read(CheckPageCount);
        var read = new OcrPass(runner, options, source, temp, input).Run(pages, warnings, out var ocrPages);

        var blocks = layout.Arrange(read);
        if (blocks.Count == 0)
        {
            throw new InputException(source.DisplayPath, "no text found in the PDF");
        }

        var method = ocrPages.Count > 0 ? "pdf-ocr" : "pdf-text";
        var extraction = new ExtractionInfo(method, pages.Count, warnings) { OcrPages = ocrPages };
        return new Document(source.DisplayPath, InputFiles.Sha256(bytes), extraction, blocks);

        void CheckPageCount(int count) => PageLimit(source, count);
    }

    private IReadOnlyList<SourcePage> ReadWithPdfPig(SourceFile source, byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        PageLimit(source, document.NumberOfPages);
        var pages = new List<SourcePage>(document.NumberOfPages);
        foreach (var page in document.GetPages())
        {
            var words = PdfPigText.Read(page);
            var scanned = page.Letters.Count == 0;
            var image = scanned ? PageImage.Take(page, options.MaxOcrPixels) : null;
            pages.Add(new SourcePage(words, scanned, image));
        }

        return pages;
    }

    private void PageLimit(SourceFile source, int count)
    {
        if (count == 0)
        {
            throw new InputException(source.DisplayPath, "empty PDF (it has no pages)");
        }

        if (count > options.MaxPages)
        {
            throw new InputException(source.DisplayPath, $"too large ({count} pages; the limit is {options.MaxPages})");
        }
    }

    private static bool LooksLikePdf(byte[] bytes)
    {
        var head = System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        return head.Contains("%PDF-", StringComparison.Ordinal);
    }

    private static string OneLine(string message) =>
        message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no detail";

    /// <summary>Turns a failed tool run into the one-line cause the user sees.</summary>
    internal static void Require(SourceFile source, ProcessResult result, string program)
    {
        switch (result.Outcome)
        {
            case ProcessOutcome.NotInstalled:
                var package = program == "tesseract" ? $"the Debian packages {TesseractPackages}" : $"the Debian package {PopplerPackage}";
                throw new InputException(source.DisplayPath, $"{program} is not installed (install {package})");
            case ProcessOutcome.TimedOut:
                throw new InputException(source.DisplayPath, $"{program} timed out reading the PDF and was stopped");
            case ProcessOutcome.Exited when result.ExitCode != 0:
                throw new InputException(source.DisplayPath, Cause(result.StandardError, program));
        }
    }

    private static string Cause(string error, string program)
    {
        if (error.Contains("password", StringComparison.OrdinalIgnoreCase) || error.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
        {
            return EncryptedCause;
        }

        var first = OneLine(error);
        return program is "pdfinfo" or "pdftotext" or "pdffonts"
            ? $"corrupt or unreadable PDF ({program}: {first})"
            : $"{program} failed ({first})";
    }

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    internal static partial Regex PagesLine();
}

/// <summary>One page as read from the text layer: its words, whether it is a scan to OCR, and its own image when that can be handed to OCR as stored.</summary>
internal sealed record SourcePage(PageWords Words, bool Scanned, PageImage? Image);

/// <summary>The Poppler route for the text layer: pdfinfo for the page count, pdftotext -bbox-layout for the words, pdffonts to tell an empty page from a scan.</summary>
internal sealed class PopplerText(IProcessRunner runner, PdfReaderOptions options, SourceFile source, TempFolder temp, string input)
{
    public IReadOnlyList<SourcePage> Read(Action<int> checkPageCount)
    {
        var info = Run("pdfinfo", input);
        PdfReader.Require(source, info, "pdfinfo");
        var match = PdfReader.PagesLine().Match(info.StandardOutput);
        checkPageCount(match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0);

        var output = temp.File("text.html");
        PdfReader.Require(source, Run("pdftotext", "-bbox-layout", "-enc", "UTF-8", input, output), "pdftotext");
        IReadOnlyList<PageWords> pages;
        try
        {
            pages = BboxLayoutParser.Parse(File.ReadAllText(output));
        }
        catch (FormatException e)
        {
            throw new InputException(source.DisplayPath, $"corrupt PDF ({e.Message})");
        }

        return pages.Select(p => new SourcePage(p, p.Words.Count == 0 && !HasFonts(p.Number), null)).ToList();
    }

    private bool HasFonts(int page)
    {
        var fonts = Run("pdffonts", "-f", PdfReader.Number(page), "-l", PdfReader.Number(page), input);
        PdfReader.Require(source, fonts, "pdffonts");

        // Two header lines (names, dashes), then one line per font.
        return fonts.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 2;
    }

    private ProcessResult Run(string program, params string[] arguments) =>
        runner.Run(new ProcessRequest(program, arguments, PdfReader.PopplerPackage) { WorkingDirectory = temp.FullPath, Timeout = options.ToolTimeout });
}
