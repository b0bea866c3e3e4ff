using System.Security.Cryptography;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Ingest;

/// <summary>Reads input bytes once, with the checks every reader shares. Never writes to the input.</summary>
public static class InputFiles
{
    /// <summary>Inputs larger than this are refused rather than read into memory.</summary>
    public const long MaxBytes = 100L * 1024 * 1024;

    public static byte[] ReadBytes(SourceFile source)
    {
        var info = new FileInfo(source.FullPath);
        if (!info.Exists)
        {
            throw new InputException(source.DisplayPath, "file not found");
        }

        if (info.Length > MaxBytes)
        {
            throw new InputException(source.DisplayPath, $"too large ({info.Length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB)");
        }

        if (info.Length == 0)
        {
            throw new InputException(source.DisplayPath, "empty file");
        }

        try
        {
            return File.ReadAllBytes(source.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(source.DisplayPath, $"cannot be read ({e.Message})");
        }
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
