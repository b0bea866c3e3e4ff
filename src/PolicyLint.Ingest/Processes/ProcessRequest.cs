namespace PolicyLint.Ingest.Processes;

/// <summary>
/// One run of an external program. <see cref="Package"/> names the Debian package that provides it,
/// so a missing program can be reported with the fix.
/// </summary>
public sealed record ProcessRequest(string Program, IReadOnlyList<string> Arguments, string Package)
{
    public string? WorkingDirectory { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}

/// <summary>How a run ended.</summary>
public enum ProcessOutcome
{
    /// <summary>The program ran and exited by itself (any exit code).</summary>
    Exited,

    /// <summary>The program ran past its timeout and was killed.</summary>
    TimedOut,

    /// <summary>The program could not be started because it is not installed (not on PATH).</summary>
    NotInstalled,
}

/// <summary>What a run produced. <see cref="ExitCode"/> is -1 unless the program exited.</summary>
public sealed record ProcessResult(ProcessOutcome Outcome, int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => Outcome == ProcessOutcome.Exited && ExitCode == 0;
}

/// <summary>Runs one external program to completion or timeout.</summary>
public interface IProcessRunner
{
    ProcessResult Run(ProcessRequest request);
}
