using PolicyLint.Core.Pipeline;

namespace PolicyLint.Engine;

/// <summary>
/// One check as a front end asks for it. Inputs are files or folders (a folder is searched
/// recursively for supported files). Policies are analysed too and are the candidates for the
/// self-assessments' cross-checks; Pairs pins a self-assessment to a policy (paths as given).
/// </summary>
public sealed record CheckRequest(IReadOnlyList<string> Inputs)
{
    /// <summary>A Code id, "auto", or null for the configuration's, else the current Code.</summary>
    public string? Code { get; init; }

    public DateOnly? AsOf { get; init; }

    public IReadOnlyList<string> Policies { get; init; } = [];

    public IReadOnlyList<(string SelfAssessment, string Policy)> Pairs { get; init; } = [];

    /// <summary>A .policylint.yaml for every file; null: the nearest one above each document.</summary>
    public string? Config { get; init; }

    /// <summary>
    /// False: no .policylint.yaml is looked for beside the documents (the web app's uploads sit in a
    /// temporary folder whose parents are not the user's); <see cref="Config"/> still applies.
    /// </summary>
    public bool UseNearbyConfig { get; init; } = true;

    /// <summary>
    /// Labels the report shows instead of a file's path, keyed by the file's full path (the web app
    /// shows the uploaded file's name, never its temporary path).
    /// </summary>
    public IReadOnlyDictionary<string, string> DisplayNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
    /// <summary>How many documents are analysed at once; null: one per processor. The report is the same at any value.</summary>
    public int? Parallelism { get; init; }
}

/// <summary>The outcome of a check: the report, the sources in the order checked, and the exit code it implies.</summary>
public sealed record CheckRun(Report Report, IReadOnlyList<SourceFile> Sources)
{
    public int ExitCode => ExitCodes.For(Report);
}

/// <summary>A request that cannot be run as written (a usage error); the message is one line.</summary>
public sealed class CheckRequestException : Exception
{
    public CheckRequestException()
    {
    }

    public CheckRequestException(string message)
        : base(message)
    {
    }

    public CheckRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>One document done, for progress displays.</summary>
public sealed record CheckProgress(int Done, int Total, string Path);

/// <summary>
/// Exit codes: 0 no unsuppressed conflicts, 1 conflicts found, 2 usage error, 3 at least one input could
/// not be read (3 wins over 1, so nobody mistakes an unchecked file for a clean one).
/// </summary>
public static class ExitCodes
{
    public const int NoConflicts = 0;
    public const int ConflictsFound = 1;
    public const int UsageError = 2;
    public const int InputUnreadable = 3;

    public static int For(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Errors.Count > 0)
        {
            return InputUnreadable;
        }

        var conflicts = report.Documents.SelectMany(d => d.Findings).Any(f => f.Verdict == Core.Findings.Verdict.Conflict && !f.Suppressed);
        return conflicts ? ConflictsFound : NoConflicts;
    }
}
