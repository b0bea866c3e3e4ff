using System.CommandLine;

namespace PolicyLint.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers, so tests can capture output.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("PolicyLint: checks landlord complaints policies and self-assessments against the Housing Ombudsman's Complaint Handling Code.");
        // Each command lives in its own file under Commands/ and is registered here.
        root.Subcommands.Add(Commands.TrainCommand.Create());
        root.Subcommands.Add(Commands.EvalCommand.Create());
        root.Subcommands.Add(Commands.SearchCommand.Create());
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return root.Parse(args).Invoke(config);
    }
}
