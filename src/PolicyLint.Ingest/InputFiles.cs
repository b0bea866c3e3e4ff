using System.Security.Cryptography;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Ingest;

/// <summary>Reads input bytes once, with the checks every reader shares. Never writes to the input.</summary>
public static class InputFiles
{
    /// <summary>Inputs larger than this are refused rather than read into memory.</summary>
    public static long MaxBytes => InputLimits.Default.MaxInputBytes;

    public static byte[] ReadBytes(SourceFile source) => ReadBytes(source, InputLimits.Default.MaxInputBytes);

    /// <summary>
    /// Reads the final target of the path (symbolic links followed), refusing anything that is not a
    /// regular file (a device, a FIFO, a socket, a folder) before opening it, and reading no more than
    /// <paramref name="maxBytes"/> + 1 bytes whatever size the file claims.
    /// </summary>
    public static byte[] ReadBytes(SourceFile source, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(source);
        var identity = FileIdentity.Of(source.FullPath);
        switch (identity.Kind)
        {
            case FileKind.Missing:
                throw new InputException(source.DisplayPath, File.Exists(source.FullPath) || new FileInfo(source.FullPath).LinkTarget is not null ? "cannot be read (a link to a file that does not exist)" : "file not found");
            case FileKind.Directory:
                throw new InputException(source.DisplayPath, "is a folder, not a file");
            case FileKind.Other:
                throw new InputException(source.DisplayPath, "not a regular file (a device, FIFO or socket, or a link to one); PolicyLint reads only regular files");
        }

        if (identity.Size > maxBytes)
        {
            throw new InputException(source.DisplayPath, TooLarge(identity.Size, maxBytes));
        }

        if (identity.Size == 0)
        {
            throw new InputException(source.DisplayPath, "empty file");
        }

        try
        {
            using var stream = new FileStream(source.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var buffer = new MemoryStream((int)Math.Min(identity.Size, maxBytes));
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > maxBytes)
                {
                    // The file grew while it was read.
                    throw new InputException(source.DisplayPath, TooLarge(buffer.Length + n, maxBytes));
                }

                buffer.Write(chunk, 0, n);
            }

            return buffer.Length == 0 ? throw new InputException(source.DisplayPath, "empty file") : buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(source.DisplayPath, $"cannot be read ({e.Message})");
        }
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string TooLarge(long size, long limit) =>
        size >= 1024 * 1024
            ? $"too large ({InputLimits.Megabytes(size)}; the limit is {InputLimits.Megabytes(limit)})"
            : $"too large ({size} bytes; the limit is {InputLimits.Megabytes(limit)})";
}
