using System.CommandLine;
using PolicyLint.Cli.Commands;
using PolicyLint.Engine;

namespace PolicyLint.Cli;

public static class Program
{
    /// <summary>Exit code for a command line that cannot be run as written.</summary>
    public const int UsageError = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers, so tests can capture output.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, CheckServices.Default);

    /// <summary>Runs the command line with the given writers and services (tests pass fakes here).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CheckServices services)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        var root = new RootCommand("PolicyLint: checks landlord complaints policies and self-assessments against the Housing Ombudsman's Complaint Handling Code.");

        // Each command lives in its own file under Commands/ and is registered here.
        root.Add(CheckCommand.Create(services));
        root.Add(RulesCommand.Create());
        root.Add(ExplainCommand.Create());
        root.Add(TrainCommand.Create());
        root.Add(EvalCommand.Create());
        root.Add(SearchCommand.Create());
        root.Add(ServeCommand.Create());
        root.Add(CorpusCommand.Create(services));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"policylint: {error.Message}");
            }

            stderr.WriteLine("Run 'policylint --help' for usage.");
            return UsageError;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return parsed.Invoke(config);
    }
}
