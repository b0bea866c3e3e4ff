using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PolicyLint.Web;

/// <summary>
/// The server's limits, read from configuration keys under "PolicyLint:" (the serve command sets them
/// from its options; tests set them with UseSetting).
/// </summary>
public sealed record WebSettings(long MaxUploadBytes, int MaxConcurrentChecks, int QueueLimit, string TempRoot)
{
    /// <summary>A corpus (policylint corpus) whose matrix and statistics pages the app shows; null: none. Uploads are never added to it.</summary>
    public string? CorpusDb { get; init; }

    public const string Section = "PolicyLint";
    public const long DefaultMaxUploadBytes = 25L * 1024 * 1024;
    public const int DefaultMaxConcurrentChecks = 2;
    public const int DefaultQueueLimit = 8;

    /// <summary>The folder each request's temporary folder is made in (emptied again after every request).</summary>
    public static string DefaultTempRoot() => Path.Combine(Path.GetTempPath(), "policylint-web");

    /// <summary>Everything a request may carry: two files at the limit and the form's other fields.</summary>
    public long MaxRequestBytes => (2 * MaxUploadBytes) + (64 * 1024);

    public static WebSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        return new WebSettings(
            MaxUploadBytes: Positive(section, nameof(MaxUploadBytes), DefaultMaxUploadBytes),
            MaxConcurrentChecks: (int)Positive(section, nameof(MaxConcurrentChecks), DefaultMaxConcurrentChecks),
            QueueLimit: (int)NonNegative(section, nameof(QueueLimit), DefaultQueueLimit),
            TempRoot: section[nameof(TempRoot)] is { Length: > 0 } root ? Path.GetFullPath(root) : DefaultTempRoot())
        {
            CorpusDb = section[nameof(CorpusDb)] is { Length: > 0 } db ? Path.GetFullPath(db) : null,
        };
    }

    private static long Positive(IConfiguration section, string key, long fallback)
    {
        var value = NonNegative(section, key, fallback);
        return value > 0 ? value : throw new InvalidDataException($"{Section}:{key} must be more than 0");
    }

    private static long NonNegative(IConfiguration section, string key, long fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= int.MaxValue * 16L
            ? value
            : throw new InvalidDataException($"{Section}:{key}: '{text}' is not a whole number of 0 or more");
    }
}
