using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace PolicyLint.Web;

/// <summary>An uploaded file as saved: the label shown in the report (from the upload's name, never used as a path), where it is and what its bytes say it is.</summary>
public sealed record UploadedFile(string Label, string Path, UploadKind Kind);

/// <summary>The fields of a check request: the document, an optional policy to cross-check with, the Code and the date.</summary>
public sealed record CheckForm(UploadedFile Document, UploadedFile? Policy, string? Code, DateOnly? AsOf);

/// <summary>A request that cannot be checked, with the HTTP status to answer and a one-line reason.</summary>
public sealed class UploadException : Exception
{
    public UploadException()
    {
    }

    public UploadException(string message)
        : base(message)
    {
    }

    public UploadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UploadException(int status, string message)
        : base(message)
    {
        Status = status;
    }

    public int Status { get; } = StatusCodes.Status400BadRequest;
}

/// <summary>
/// Reads a multipart check request straight into a request's own temporary folder, counting bytes as they
/// arrive so that no file over the limit is ever held whole. Files are saved as "document" and "policy"
/// with the extension their bytes call for; the names the client sent are only labels.
/// </summary>
public static class Uploads
{
    private const int MaxFieldBytes = 4096;
    private const int MaxParts = 16;

    public static async Task<CheckForm> ReadAsync(HttpRequest request, string folder, long maxFileBytes, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadException(StatusCodes.Status415UnsupportedMediaType, "send the document as multipart/form-data with the file in the field 'file'");
        }

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
        {
            throw new UploadException("the multipart boundary is missing or too long");
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        UploadedFile? document = null;
        UploadedFile? policy = null;
        string? code = null;
        DateOnly? asOf = null;
        var parts = 0;
        for (var section = await reader.ReadNextSectionAsync(cancel).ConfigureAwait(false); section is not null; section = await reader.ReadNextSectionAsync(cancel).ConfigureAwait(false))
        {
            if (++parts > MaxParts)
            {
                throw new UploadException($"too many form fields (more than {MaxParts})");
            }

            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
            if (disposition.IsFileDisposition())
            {
                var label = Label(disposition.FileNameStar.Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value);
                switch (name)
                {
                    case "file":
                        document = await SaveAsync(section.Body, folder, "document", label, maxFileBytes, cancel).ConfigureAwait(false);
                        break;
                    case "policy":
                        policy = await SaveAsync(section.Body, folder, "policy", label, maxFileBytes, cancel).ConfigureAwait(false);
                        break;
                    default:
                        throw new UploadException($"unexpected file field '{Label(name)}' (expected 'file' and optionally 'policy')");
                }

                continue;
            }

            var value = (await ReadFieldAsync(section.Body, cancel).ConfigureAwait(false)).Trim();
            switch (name)
            {
                case "code":
                    code = value.Length == 0 ? null : value;
                    break;
                case "asOf":
                    asOf = value.Length == 0 ? null
                        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
                        : throw new UploadException($"asOf: '{Label(value)}' is not a date of the form YYYY-MM-DD");
                    break;
                default:
                    break;
            }
        }

        // A browser sends an empty "policy" part when no file was chosen.
        if (policy is { Kind: UploadKind.Unsupported } && new FileInfo(policy.Path).Length == 0)
        {
            File.Delete(policy.Path);
            policy = null;
        }

        if (document is null || new FileInfo(document.Path).Length == 0)
        {
            throw new UploadException("no document: put the file to check in the field 'file'");
        }

        foreach (var file in new[] { document, policy }.OfType<UploadedFile>().Where(f => f.Kind == UploadKind.Unsupported))
        {
            throw new UploadException(StatusCodes.Status415UnsupportedMediaType, $"{file.Label}: not a PDF, DOCX, HTML or text file (judged by its contents, not its name)");
        }

        return new CheckForm(document, policy, code, asOf);
    }

    /// <summary>The upload's name as a label only: its last segment, control characters and path separators removed, at most 120 characters.</summary>
    public static string Label(string? name)
    {
        var last = (name ?? string.Empty).Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
        var clean = new string(last.Where(c => !char.IsControl(c) && c is not ('<' or '>' or '"')).ToArray()).Trim();
        if (clean.Length > 120)
        {
            clean = clean[..120];
        }

        return clean is "" or "." or ".." ? "upload" : clean;
    }

    private static async Task<UploadedFile> SaveAsync(Stream body, string folder, string stem, string label, long maxBytes, CancellationToken cancel)
    {
        var raw = Path.Combine(folder, stem + ".upload");
        var buffer = new byte[81920];
        long total = 0;
        await using (var file = new FileStream(raw, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
        {
            int read;
            while ((read = await body.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw new UploadException(StatusCodes.Status413PayloadTooLarge, $"{label}: larger than the upload limit of {Megabytes(maxBytes)}");
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancel).ConfigureAwait(false);
            }
        }

        var kind = total == 0 ? UploadKind.Unsupported : ContentSniffer.Sniff(raw);
        if (kind == UploadKind.Unsupported)
        {
            return new UploadedFile(label, raw, kind);
        }

        var named = Path.Combine(folder, stem + ContentSniffer.Extension(kind));
        File.Move(raw, named);
        return new UploadedFile(label, named, kind);
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancel)
    {
        var buffer = new byte[MaxFieldBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancel).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        if (total > MaxFieldBytes)
        {
            throw new UploadException($"a form field is longer than {MaxFieldBytes} bytes");
        }

        return Encoding.UTF8.GetString(buffer, 0, total);
    }

    public static string Megabytes(long bytes) => bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MB"
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB");
}
