using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PolicyLint.Ingest.Pdf;

/// <summary>
/// Tesseract's output kept by the SHA-256 of the page image it read (with the resolution, whether the
/// page is binarised and the OCR settings in the key), one small TSV file per page. A cache that
/// cannot be read or written is ignored: OCR then simply runs. Entries larger than
/// <see cref="MaxEntryBytes"/> are not kept.
/// </summary>
public sealed class OcrCache
{
    /// <summary>Changes whenever what is handed to Tesseract, or how, changes; old entries then no longer match.</summary>
    public const string Settings = "tesseract eng psm4 tsv; otsu-binarised v3 (noisy paper only)";

    private const long MaxEntryBytes = 8 * 1024 * 1024;

    private readonly string folder;

    private OcrCache(string folder) => this.folder = folder;

    /// <summary>$POLICYLINT_OCR_CACHE ("off" or empty for none), else $XDG_CACHE_HOME/policylint/ocr, else ~/.cache/policylint/ocr.</summary>
    public static string? DefaultFolder()
    {
        var configured = Environment.GetEnvironmentVariable("POLICYLINT_OCR_CACHE");
        if (configured is not null)
        {
            return configured.Length == 0 || configured.Equals("off", StringComparison.OrdinalIgnoreCase) ? null : configured;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var root = !string.IsNullOrEmpty(xdg) ? xdg : home.Length > 0 ? Path.Combine(home, ".cache") : null;
        return root is null ? null : Path.Combine(root, "policylint", "ocr");
    }

    /// <summary>The cache in that folder, or null when there is none.</summary>
    public static OcrCache? Open(string? folder) => string.IsNullOrEmpty(folder) ? null : new OcrCache(folder);

    public static string Key(byte[] image, double dpi, bool binarised)
    {
        var settings = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Settings}|dpi={dpi:R}|binarised={binarised}|"));
        return Convert.ToHexStringLower(SHA256.HashData([.. settings, .. image]));
    }

    /// <summary>The stored TSV for the key, or null.</summary>
    public string? Find(string key)
    {
        try
        {
            var path = PathOf(key);
            return File.Exists(path) && new FileInfo(path).Length <= MaxEntryBytes ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps the TSV (written to a temporary name and renamed, so a reader never sees half a file).</summary>
    public void Store(string key, string tsv)
    {
        if (Encoding.UTF8.GetByteCount(tsv) > MaxEntryBytes)
        {
            return;
        }

        try
        {
            var path = PathOf(key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var partial = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(partial, tsv);
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No cache this time; the OCR result is used as it is.
        }
    }

    private string PathOf(string key) => Path.Combine(folder, key[..2], key + ".tsv");
}
