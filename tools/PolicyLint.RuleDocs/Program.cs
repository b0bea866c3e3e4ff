using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.Rules;

namespace PolicyLint.RuleDocs;

/// <summary>
/// Writes corpus/rules/README.md (the rule index and the coverage table) from the rule files and the
/// Code catalogue. With --check it writes nothing and exits 1 when the file is out of date.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var check = args.Contains("--check", StringComparer.Ordinal);
        var codeId = args.SkipWhile(a => a != "--code").Skip(1).FirstOrDefault() ?? "hos-2024";
        var book = RuleBook.Load();
        var rendered = RuleCatalogueReport.Render(book.Rules, CodeCatalogueLoader.Load(codeId));
        var path = CorpusLocator.Corpus("rules", RuleCatalogueReport.FileName);
        var current = File.Exists(path) ? File.ReadAllText(path) : null;
        if (check)
        {
            if (current == rendered)
            {
                Console.WriteLine($"{path} is up to date");
                return 0;
            }

            Console.Error.WriteLine($"{path} is out of date; run: dotnet run --project tools/PolicyLint.RuleDocs");
            return 1;
        }

        File.WriteAllText(path, rendered);
        Console.WriteLine($"wrote {path} ({book.Rules.Count} rules)");
        return 0;
    }
}
