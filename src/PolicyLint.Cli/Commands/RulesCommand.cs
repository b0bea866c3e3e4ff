using System.CommandLine;
using PolicyLint.Analysis.Rules;

namespace PolicyLint.Cli.Commands;

/// <summary>`policylint rules [--code ID]`: lists the rules, their provisions, level and kind.</summary>
public static class RulesCommand
{
    public static Command Create()
    {
        var code = new Option<string?>("--code") { Description = "Only the rules that apply to this Code version (e.g. hos-2020)." };
        var command = new Command("rules", "List PolicyLint's rules.") { code };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var book = RuleBook.Load();
            var only = parse.GetValue(code);
            var rules = book.Rules.Where(r => only is null || r.AppliesTo(only)).ToList();
            output.WriteLine($"{"id",-8} {"level",-8} {"kind",-14} {"provisions",-18} {"codes",-28} name");
            foreach (var rule in rules)
            {
                var codes = rule.Codes.Count == 0 ? "all" : string.Join(",", rule.Codes);
                output.WriteLine($"{rule.Id,-8} {rule.Level.ToString().ToLowerInvariant(),-8} {rule.Kind,-14} {string.Join(",", rule.Provisions),-18} {codes,-28} {rule.Name}");
            }

            output.WriteLine($"{rules.Count} rules. 'policylint explain ID' prints a rule's page.");
            return 0;
        });
        return command;
    }
}
