using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;

namespace PolicyLint.Ingest.Pdf;

/// <summary>
/// A scanned page's own image, taken out as the PDF stores it so OCR reads it at its own resolution
/// without a rasterising pass: JPEG data as it is, 8-bit grey or RGB samples written as uncompressed
/// PGM or PPM. <see cref="Dpi"/> turns Tesseract's pixels into points; <see cref="Left"/> and
/// <see cref="Top"/> place the image on the page (points from the top-left corner).
/// </summary>
public sealed record PageImage(byte[] Bytes, string Extension, double Dpi, double Left, double Top)
{
    /// <summary>
    /// The page's image when the page is one image covering (nearly) all of it and stored in a form
    /// Tesseract reads; null otherwise (the page is then rasterised). Images over
    /// <paramref name="maxPixels"/> are left to the rasteriser, which bounds the size.
    /// </summary>
    public static PageImage? Take(Page page, long maxPixels)
    {
        if (page.Rotation.Value != 0 || page.NumberOfImages != 1)
        {
            return null;
        }

        var image = page.GetImages().Single();
        var bounds = image.BoundingBox;
        var (width, height) = (image.WidthInSamples, image.HeightInSamples);
        if (bounds.Width < 0.9 * page.Width || bounds.Height < 0.9 * page.Height || width <= 0 || height <= 0
            || (long)width * height > maxPixels || image.IsImageMask || image.MaskImage is not null)
        {
            return null;
        }

        var dpi = width / (bounds.Width / 72.0);
        var left = bounds.Left;
        var top = page.Height - bounds.Top;
        var raw = image.RawMemory.Span;
        if (raw.Length > 3 && raw[0] == 0xFF && raw[1] == 0xD8 && raw[2] == 0xFF)
        {
            return new PageImage(raw.ToArray(), "jpg", dpi, left, top);
        }

        if (image.BitsPerComponent != 8 || !image.TryGetBytesAsMemory(out var samples))
        {
            return null;
        }

        var (magic, components) = image.ColorSpaceDetails?.Type switch
        {
            ColorSpace.DeviceGray or ColorSpace.CalGray => ("P5", 1),
            ColorSpace.DeviceRGB or ColorSpace.CalRGB => ("P6", 3),
            _ => (string.Empty, 0),
        };
        if (components == 0 || samples.Length != (long)width * height * components || image.Decode is { Count: > 0 } decode && decode[0] > decode[1])
        {
            return null;
        }

        var header = Encoding.ASCII.GetBytes($"{magic}\n{width} {height}\n255\n");
        var bytes = new byte[header.Length + samples.Length];
        header.CopyTo(bytes, 0);
        samples.Span.CopyTo(bytes.AsSpan(header.Length));
        return new PageImage(bytes, components == 1 ? "pgm" : "ppm", dpi, left, top);
    }
}
