using System.Globalization;
using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Processes;

namespace PolicyLint.Ingest.Pdf;

/// <summary>
/// Reads a PDF with Poppler (pdfinfo, pdftotext -bbox-layout, pdffonts, pdftoppm) and, for pages
/// with no text layer, Tesseract OCR. The tools work on a copy in a private temp folder; the user's
/// file is only read. Method is "pdf-ocr" when any page was OCR'd, else "pdf-text".
/// </summary>
public sealed partial class PdfReader : IDocumentReader
{
    public const string PopplerPackage = "poppler-utils";
    public const string TesseractPackages = "tesseract-ocr tesseract-ocr-eng";

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

        var pageCount = PageCount(source, temp, input);
        if (pageCount == 0)
        {
            throw new InputException(source.DisplayPath, "empty PDF (it has no pages)");
        }

        if (pageCount > options.MaxPages)
        {
            throw new InputException(source.DisplayPath, $"too large ({pageCount} pages; the limit is {options.MaxPages})");
        }

        var output = temp.File("text.html");
        Require(source, Run(temp, "pdftotext", PopplerPackage, options.ToolTimeout, "-bbox-layout", "-enc", "UTF-8", input, output), "pdftotext");
        IReadOnlyList<PageWords> pages;
        try
        {
            pages = BboxLayoutParser.Parse(File.ReadAllText(output));
        }
        catch (FormatException e)
        {
            throw new InputException(source.DisplayPath, $"corrupt PDF ({e.Message})");
        }

        var warnings = new List<string>();
        var ocrPages = new List<OcrPage>();
        var read = new List<PageWords>();
        foreach (var page in pages)
        {
            if (page.Words.Count > 0 || HasFonts(source, temp, input, page.Number))
            {
                read.Add(page);
                continue;
            }

            if (!ExternalProcessRunner.IsOnPath("tesseract"))
            {
                if (pages.All(p => p.Words.Count == 0))
                {
                    throw new InputException(source.DisplayPath, $"the PDF has no text layer and OCR is not available (install the Debian packages {TesseractPackages})");
                }

                warnings.Add($"page {page.Number} has no text layer and was skipped: OCR is not available (install the Debian packages {TesseractPackages})");
                read.Add(page);
                continue;
            }

            var ocr = Ocr(source, temp, input, page);
            read.Add(ocr);
            if (ocr.Words.Count == 0)
            {
                warnings.Add($"page {page.Number} has no text layer and OCR found no text on it");
                continue;
            }

            var confidence = Math.Round(ocr.Words.Average(w => w.Confidence ?? 0), 1);
            ocrPages.Add(new OcrPage(page.Number, confidence));
            if (confidence < options.LowConfidencePage)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"page {page.Number} was read by OCR with low confidence (mean {confidence:0.#} of 100); check its text and clause numbers"));
            }
        }

        var blocks = layout.Arrange(read);
        if (blocks.Count == 0)
        {
            throw new InputException(source.DisplayPath, "no text found in the PDF");
        }

        var method = ocrPages.Count > 0 ? "pdf-ocr" : "pdf-text";
        var extraction = new ExtractionInfo(method, pageCount, warnings) { OcrPages = ocrPages };
        return new Document(source.DisplayPath, InputFiles.Sha256(bytes), extraction, blocks);
    }

    private static bool LooksLikePdf(byte[] bytes)
    {
        var head = System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        return head.Contains("%PDF-", StringComparison.Ordinal);
    }

    private int PageCount(SourceFile source, TempFolder temp, string input)
    {
        var info = Run(temp, "pdfinfo", PopplerPackage, options.ToolTimeout, input);
        Require(source, info, "pdfinfo");
        var match = PagesLine().Match(info.StandardOutput);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    private bool HasFonts(SourceFile source, TempFolder temp, string input, int page)
    {
        var fonts = Run(temp, "pdffonts", PopplerPackage, options.ToolTimeout, "-f", Number(page), "-l", Number(page), input);
        Require(source, fonts, "pdffonts");

        // Two header lines (names, dashes), then one line per font.
        return fonts.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 2;
    }

    private PageWords Ocr(SourceFile source, TempFolder temp, string input, PageWords page)
    {
        var image = temp.File($"page-{page.Number}");
        var dpi = options.OcrDpi.ToString(CultureInfo.InvariantCulture);
        Require(source, Run(temp, "pdftoppm", PopplerPackage, options.OcrPageTimeout, "-r", dpi, "-gray", "-png", "-f", Number(page.Number), "-l", Number(page.Number), "-singlefile", input, image), "pdftoppm");
        // Page segmentation mode 4 (one column of text of varying sizes): the automatic mode 3 drops
        // short words standing alone at the margin, such as a heading's "5." or a list's "a.". The
        // layout rebuilds lines, columns and tables from the word boxes itself.
        var request = new ProcessRequest("tesseract", [image + ".png", "-", "-l", "eng", "--psm", "4", "tsv"], TesseractPackages)
        {
            WorkingDirectory = temp.FullPath,
            Timeout = options.OcrPageTimeout,
            Environment = new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" },
        };
        var result = runner.Run(request);
        Require(source, result, "tesseract");
        File.Delete(image + ".png");
        return TesseractTsvParser.Parse(result.StandardOutput, page.Number, options.OcrDpi) with { Number = page.Number };
    }

    private ProcessResult Run(TempFolder temp, string program, string package, TimeSpan timeout, params string[] arguments) =>
        runner.Run(new ProcessRequest(program, arguments, package) { WorkingDirectory = temp.FullPath, Timeout = timeout });

    /// <summary>Turns a failed tool run into the one-line cause the user sees.</summary>
    private static void Require(SourceFile source, ProcessResult result, string program)
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
            return "encrypted PDF (it needs a password to open; save an unprotected copy)";
        }

        var first = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no detail";
        return program is "pdfinfo" or "pdftotext" or "pdffonts"
            ? $"corrupt or unreadable PDF ({program}: {first})"
            : $"{program} failed ({first})";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
