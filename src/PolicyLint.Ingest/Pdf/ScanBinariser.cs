using System.Globalization;
using System.Text;
using StbImageSharp;

namespace PolicyLint.Ingest.Pdf;

/// <summary>
/// Turns a scanned page into black and white at one threshold for the whole page (Otsu's, from the
/// page's grey-level histogram) before OCR. Tesseract's own local binarisation breaks up small glyphs
/// on pages with light scanner noise and JPEG artefacts: on the team's noisy 300 dpi samples it read
/// hanging-indent clause numbers such as "5.2." as "Di2:", which one global threshold reads cleanly.
/// A page whose paper is one flat grey (a clean rendering, not a scan) is left as it is.
/// Reads JPEG (decoded in-process) and binary PGM/PPM; writes binary PGM. Linear in the pixels, which
/// the caller has already bounded.
/// </summary>
public static class ScanBinariser
{
    /// <summary>The page as a black-and-white PGM, or null when the image is in a form this cannot read (it then goes to OCR as it is).</summary>
    public static byte[]? Binarise(byte[] image)
    {
        var grey = Grey(image);
        if (grey is null)
        {
            return null;
        }

        var (pixels, width, height) = grey.Value;
        var threshold = Otsu(pixels);
        if (FlatPaper(pixels, threshold))
        {
            // A clean rendering (paper of one grey): Tesseract's own binarisation reads it as well or better.
            return null;
        }

        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{width} {height}\n255\n"));
        var output = new byte[header.Length + pixels.Length];
        header.CopyTo(output, 0);
        for (var i = 0; i < pixels.Length; i++)
        {
            output[header.Length + i] = pixels[i] > threshold ? (byte)255 : (byte)0;
        }

        return output;
    }

    /// <summary>
    /// True when most of the paper (pixels above the threshold) is one exact grey, as in a rendering;
    /// scanner noise leaves almost no two paper pixels alike. Anti-aliased glyph edges do not count
    /// against a rendering, since they are few beside the paper.
    /// </summary>
    private static bool FlatPaper(byte[] pixels, int threshold)
    {
        var histogram = new long[256];
        long paper = 0;
        foreach (var p in pixels)
        {
            if (p > threshold)
            {
                histogram[p]++;
                paper++;
            }
        }

        return paper == 0 || histogram.Max() >= 0.8 * paper;
    }

    /// <summary>Otsu's threshold: the grey level that best separates ink from paper (largest between-class variance).</summary>
    public static int Otsu(ReadOnlySpan<byte> pixels)
    {
        var histogram = new long[256];
        foreach (var p in pixels)
        {
            histogram[p]++;
        }

        double total = pixels.Length, sum = 0;
        for (var i = 0; i < 256; i++)
        {
            sum += i * (double)histogram[i];
        }

        double below = 0, sumBelow = 0, best = -1;
        var threshold = 127;
        for (var t = 0; t < 256; t++)
        {
            below += histogram[t];
            if (below == 0)
            {
                continue;
            }

            var above = total - below;
            if (above == 0)
            {
                break;
            }

            sumBelow += t * (double)histogram[t];
            var meanBelow = sumBelow / below;
            var meanAbove = (sum - sumBelow) / above;
            var variance = below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (variance > best)
            {
                best = variance;
                threshold = t;
            }
        }

        return threshold;
    }

    private static (byte[] Pixels, int Width, int Height)? Grey(byte[] image)
    {
        if (image.Length > 3 && image[0] == 0xFF && image[1] == 0xD8 && image[2] == 0xFF)
        {
            var decoded = ImageResult.FromMemory(image, ColorComponents.Grey);
            return (decoded.Data, decoded.Width, decoded.Height);
        }

        return Pnm(image);
    }

    /// <summary>Binary PGM (P5) or PPM (P6) with 8-bit samples, as pdftoppm and <see cref="PageImage"/> write them.</summary>
    private static (byte[] Pixels, int Width, int Height)? Pnm(byte[] image)
    {
        if (image.Length < 3 || image[0] != 'P' || (image[1] != '5' && image[1] != '6'))
        {
            return null;
        }

        var components = image[1] == '5' ? 1 : 3;
        var position = 2;
        var fields = new int[3];
        for (var f = 0; f < 3; f++)
        {
            while (position < image.Length && (char.IsWhiteSpace((char)image[position]) || image[position] == '#'))
            {
                if (image[position] == '#')
                {
                    while (position < image.Length && image[position] != '\n')
                    {
                        position++;
                    }
                }

                position++;
            }

            var start = position;
            while (position < image.Length && char.IsAsciiDigit((char)image[position]))
            {
                position++;
            }

            if (position == start || position - start > 9)
            {
                return null;
            }

            fields[f] = int.Parse(Encoding.ASCII.GetString(image, start, position - start), CultureInfo.InvariantCulture);
        }

        position++;
        var (width, height, max) = (fields[0], fields[1], fields[2]);
        var count = (long)width * height;
        if (max != 255 || width <= 0 || height <= 0 || image.Length - position < count * components)
        {
            return null;
        }

        var pixels = new byte[count];
        if (components == 1)
        {
            Array.Copy(image, position, pixels, 0, count);
        }
        else
        {
            for (long i = 0; i < count; i++)
            {
                var at = position + (3 * i);
                pixels[i] = (byte)(((299 * image[at]) + (587 * image[at + 1]) + (114 * image[at + 2])) / 1000);
            }
        }

        return (pixels, width, height);
    }
}
