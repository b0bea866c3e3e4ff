using System.CommandLine;
using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.Rules;

namespace PolicyLint.Cli.Commands;

/// <summary>`policylint explain PL1002`: prints the rule's documentation page.</summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("RULE") { Description = "A rule id such as PL1002." };
        var command = new Command("explain", "Print a rule's documentation page.") { id };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(id) ?? string.Empty;
            var rule = RuleBook.Load().Find(wanted);
            if (rule is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"policylint: no rule '{wanted}' (run 'policylint rules' for the list)");
                return CheckCommand.UsageError;
            }

            var page = CorpusLocator.Corpus("rules", Path.ChangeExtension(rule.SourceFile, ".md"));
            if (!File.Exists(page))
            {
                parse.InvocationConfiguration.Error.WriteLine($"policylint: rule {rule.Id} has no documentation page ({page})");
                return CheckCommand.UsageError;
            }

            parse.InvocationConfiguration.Output.Write(File.ReadAllText(page));
            return 0;
        });
        return command;
    }
}
