using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace PolicyLint.Ingest.Processes;

/// <summary>
/// Starts a program with an argument list (no shell), captures standard output and error as UTF-8,
/// and kills the whole process tree when the timeout passes.
/// </summary>
public sealed class ExternalProcessRunner : IProcessRunner
{
    public static ExternalProcessRunner Instance { get; } = new();

    public ProcessResult Run(ProcessRequest request)
    {
        if (!IsOnPath(request.Program))
        {
            return new ProcessResult(ProcessOutcome.NotInstalled, -1, string.Empty, $"{request.Program} was not found on PATH");
        }

        var start = new ProcessStartInfo(request.Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (request.WorkingDirectory is not null)
        {
            start.WorkingDirectory = request.WorkingDirectory;
        }

        foreach (var argument in request.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in request.Environment)
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new ProcessResult(ProcessOutcome.NotInstalled, -1, string.Empty, e.Message);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(request.Timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the timeout and the kill.
            }

            process.WaitForExit();
            return new ProcessResult(ProcessOutcome.TimedOut, -1, Drain(output), Drain(error));
        }

        process.WaitForExit();
        return new ProcessResult(ProcessOutcome.Exited, process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    /// <summary>True when the program is an existing path, or a bare name found in a PATH folder.</summary>
    public static bool IsOnPath(string program)
    {
        if (program.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(program);
        }

        var path = System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
    }

    private static string Drain(Task<string> stream) =>
        stream.Wait(TimeSpan.FromSeconds(2)) ? stream.Result : string.Empty;
}
