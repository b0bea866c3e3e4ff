using PolicyLint.Engine;

namespace PolicyLint.Cli.Tests;

/// <summary>One run of the command line: its exit code and what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    public static CliRun Of(string[] args, CheckServices? services = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr, services ?? TestServices.Create());
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
