using System.IO.Compression;
using System.Text;

namespace PolicyLint.Web;

/// <summary>The kinds of document an upload can be, told from its bytes.</summary>
public enum UploadKind
{
    Unsupported,
    Pdf,
    Docx,
    Html,
    Text,
}

/// <summary>
/// Tells what an uploaded file is from its bytes alone (the name and the browser's content type are
/// never trusted): PDF by its %PDF- header, DOCX by a zip holding word/document.xml, HTML by its
/// opening markup, and text by being valid UTF-8 without control bytes.
/// </summary>
public static class ContentSniffer
{
    /// <summary>How much of the start of the file is read to tell HTML from text.</summary>
    private const int HeadBytes = 8192;

    /// <summary>A DOCX's central directory is read, never its parts; more entries than this is not a document.</summary>
    private const int MaxZipEntries = 1000;

    public static UploadKind Sniff(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        var head = new byte[HeadBytes];
        var read = stream.ReadAtLeast(head, HeadBytes, throwOnEndOfStream: false);
        var span = head.AsSpan(0, read);
        if (span.StartsWith("%PDF-"u8) || (span.Length > 5 && span[..Math.Min(span.Length, 1024)].IndexOf("%PDF-"u8) >= 0))
        {
            return UploadKind.Pdf;
        }

        if (span.StartsWith("PK\u0003\u0004"u8))
        {
            stream.Position = 0;
            return IsWordDocument(stream) ? UploadKind.Docx : UploadKind.Unsupported;
        }

        if (!IsText(span, complete: read < HeadBytes))
        {
            return UploadKind.Unsupported;
        }

        return LooksLikeHtml(span) ? UploadKind.Html : UploadKind.Text;
    }

    /// <summary>The extension the engine's readers know the kind by.</summary>
    public static string Extension(UploadKind kind) => kind switch
    {
        UploadKind.Pdf => ".pdf",
        UploadKind.Docx => ".docx",
        UploadKind.Html => ".html",
        UploadKind.Text => ".txt",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a supported upload"),
    };

    private static bool IsWordDocument(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return zip.Entries.Count <= MaxZipEntries && zip.Entries.Any(e => e.FullName == "word/document.xml");
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static bool IsText(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.Length == 0)
        {
            return false;
        }

        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                return false;
            }
        }

        // A multi-byte character may be cut at the end of the head: allow up to three trailing bytes.
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        for (var trim = 0; trim <= (complete ? 0 : 3) && trim < head.Length; trim++)
        {
            try
            {
                decoder.GetCharCount(head[..^trim]);
                return true;
            }
            catch (DecoderFallbackException)
            {
            }
        }

        return false;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith('<') && (text.Contains("<body", StringComparison.OrdinalIgnoreCase) || text.Contains("<head", StringComparison.OrdinalIgnoreCase)));
    }
}
