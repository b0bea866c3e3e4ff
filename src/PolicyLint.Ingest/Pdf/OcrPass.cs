using System.Globalization;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Processes;

namespace PolicyLint.Ingest.Pdf;

/// <summary>
/// OCRs the scanned pages of a document, up to <see cref="PdfReaderOptions.OcrParallelism"/> pages at
/// once, each Tesseract single-threaded (OMP_THREAD_LIMIT=1) under its timeout. A page that is one
/// stored image is handed over as that image; any other is rasterised by pdftoppm to uncompressed
/// greyscale PGM, at a resolution lowered as far as needed to stay under
/// <see cref="PdfReaderOptions.MaxOcrPixels"/>. Either way the page is binarised at one threshold
/// (<see cref="ScanBinariser"/>) before Tesseract reads it.
/// </summary>
internal sealed class OcrPass(IProcessRunner runner, PdfReaderOptions options, SourceFile source, TempFolder temp, string input)
{
    public IReadOnlyList<PageWords> Run(IReadOnlyList<SourcePage> pages, List<string> warnings, out List<OcrPage> ocrPages)
    {
        ocrPages = [];
        var scanned = pages.Where(p => p.Scanned).ToList();
        if (scanned.Count == 0)
        {
            return pages.Select(p => p.Words).ToList();
        }

        if (!ExternalProcessRunner.IsOnPath("tesseract"))
        {
            if (pages.All(p => p.Scanned))
            {
                throw new InputException(source.DisplayPath, $"the PDF has no text layer and OCR is not available (install the Debian packages {PdfReader.TesseractPackages})");
            }

            warnings.AddRange(scanned.Select(p => $"page {p.Words.Number} has no text layer and was skipped: OCR is not available (install the Debian packages {PdfReader.TesseractPackages})"));
            return pages.Select(p => p.Words).ToList();
        }

        var results = new PageWords?[scanned.Count];
        var notes = new string?[scanned.Count];
        var cached = new bool[scanned.Count];
        try
        {
            Parallel.For(0, scanned.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.OcrParallelism) }, i =>
                (results[i], notes[i], cached[i]) = Ocr(scanned[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is InputException) is InputException first)
        {
            throw first;
        }

        var byNumber = new Dictionary<int, PageWords>();
        for (var i = 0; i < scanned.Count; i++)
        {
            var page = scanned[i].Words;
            var ocr = results[i]!;
            byNumber[page.Number] = ocr;
            if (notes[i] is { } note)
            {
                warnings.Add(note);
            }

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

        var reused = scanned.Where((_, i) => cached[i]).Select(p => PdfReader.Number(p.Words.Number)).ToList();
        if (reused.Count > 0)
        {
            warnings.Add($"OCR of page{(reused.Count == 1 ? string.Empty : "s")} {string.Join(", ", reused)} was taken from the OCR cache (the same page images were read before; POLICYLINT_OCR_CACHE=off reads them again)");
        }

        return pages.Select(p => byNumber.GetValueOrDefault(p.Words.Number, p.Words)).ToList();
    }

    private (PageWords Words, string? Note, bool Cached) Ocr(SourcePage scan)
    {
        var page = scan.Words;
        var name = temp.File($"page-{page.Number}");
        string image;
        double dpi;
        double left = 0, top = 0;
        string? note = null;
        if (scan.Image is { } stored)
        {
            image = $"{name}.{stored.Extension}";
            File.WriteAllBytes(image, stored.Bytes);
            (dpi, left, top) = (stored.Dpi, stored.Left, stored.Top);
        }
        else
        {
            dpi = RasterDpi(page);
            if (dpi < options.MinOcrDpi)
            {
                return (page, string.Create(CultureInfo.InvariantCulture, $"page {page.Number} is too large to OCR ({page.Width / 72:0.#} x {page.Height / 72:0.#} inches) and was skipped"), false);
            }

            if (dpi < options.OcrDpi)
            {
                note = string.Create(CultureInfo.InvariantCulture, $"page {page.Number} is large ({page.Width / 72:0.#} x {page.Height / 72:0.#} inches) and was OCR'd at {Math.Floor(dpi):0} dpi");
            }

            var r = Math.Floor(dpi).ToString(CultureInfo.InvariantCulture);
            var raster = runner.Run(new ProcessRequest("pdftoppm", ["-r", r, "-gray", "-f", PdfReader.Number(page.Number), "-l", PdfReader.Number(page.Number), "-singlefile", input, name], PdfReader.PopplerPackage)
            {
                WorkingDirectory = temp.FullPath,
                Timeout = options.OcrPageTimeout,
            });
            PdfReader.Require(source, raster, "pdftoppm");
            image = name + ".pgm";
            dpi = Math.Floor(dpi);
        }

        var cache = OcrCache.Open(options.OcrCacheFolder);
        var key = cache is not null && File.Exists(image) ? OcrCache.Key(File.ReadAllBytes(image), dpi, options.Binarise) : null;
        if (key is not null && cache!.Find(key) is { } remembered)
        {
            File.Delete(image);
            return (Place(page, TesseractTsvParser.Parse(remembered, page.Number, dpi), left, top), note, true);
        }

        // One global threshold for the page (see ScanBinariser); an image it cannot read goes as it is.
        if (options.Binarise && File.Exists(image) && ScanBinariser.Binarise(File.ReadAllBytes(image)) is { } binary)
        {
            File.Delete(image);
            image = name + ".bw.pgm";
            File.WriteAllBytes(image, binary);
        }

        // Page segmentation mode 4 (one column of text of varying sizes): the automatic mode 3 drops
        // short words standing alone at the margin, such as a heading's "5." or a list's "a.". The
        // layout rebuilds lines, columns and tables from the word boxes itself.
        var request = new ProcessRequest("tesseract", [image, "-", "-l", "eng", "--psm", "4", "tsv"], PdfReader.TesseractPackages)
        {
            WorkingDirectory = temp.FullPath,
            Timeout = options.OcrPageTimeout,
            Environment = new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" },
        };
        var result = runner.Run(request);
        PdfReader.Require(source, result, "tesseract");
        File.Delete(image);
        if (key is not null)
        {
            cache!.Store(key, result.StandardOutput);
        }

        return (Place(page, TesseractTsvParser.Parse(result.StandardOutput, page.Number, dpi), left, top), note, false);
    }

    /// <summary>The OCR words moved onto the page (the image's offset from its top-left corner, in points).</summary>
    private static PageWords Place(PageWords page, PageWords words, double left, double top)
    {
        var placed = left == 0 && top == 0
            ? words.Words
            : words.Words.Select(w => w with { Left = w.Left + left, Right = w.Right + left, Top = w.Top + top, Bottom = w.Bottom + top }).ToList();
        return new PageWords(page.Number, page.Width > 0 ? page.Width : words.Width, page.Height > 0 ? page.Height : words.Height, placed) { FromOcr = true };
    }

    /// <summary>The configured resolution, or a lower one at which the page's raster stays under the pixel bound.</summary>
    private double RasterDpi(PageWords page)
    {
        var squareInches = page.Width / 72 * (page.Height / 72);
        if (squareInches <= 0)
        {
            return options.OcrDpi;
        }

        var fits = Math.Sqrt(options.MaxOcrPixels / squareInches);
        return Math.Min(options.OcrDpi, fits);
    }
}
