using System.CommandLine;
using System.Globalization;
using PolicyLint.Analysis.Codes;
using PolicyLint.Core.Codes;
using PolicyLint.Corpus;
using PolicyLint.Engine;

namespace PolicyLint.Cli.Commands;

/// <summary>
/// <c>policylint corpus</c>: a sector's documents in one SQLite file (src/PolicyLint.Corpus): add, list,
/// search (Lucene.Net over clause text), matrix, stats, export.
/// </summary>
public static class CorpusCommand
{
    public static Command Create(CheckServices services)
    {
        var command = new Command("corpus", "Keep a sector's policies and self-assessments in one store and query them.");
        command.Add(Add(services));
        command.Add(List());
        command.Add(Search());
        command.Add(Matrix());
        command.Add(Stats());
        command.Add(Export());
        return command;
    }

    private static Option<string> Db() => new("--db") { Description = "The corpus file (SQLite); its clause index sits beside it as DB.index", Required = true };

    private static Option<string> CodeOption() => new("--code") { Description = "The Code version whose provisions make the columns", DefaultValueFactory = _ => CodeVersions.Current };

    private static Command Add(CheckServices services)
    {
        var db = Db();
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders to check and store", Arity = ArgumentArity.OneOrMore };
        var code = new Option<string?>("--code") { Description = "The Code version to judge against (default: hos-2024)" };
        var asOf = new Option<string?>("--as-of") { Description = "The date for date-dependent findings, YYYY-MM-DD (default: today)" };
        var command = new Command("add", "Check each document and store it; the same bytes again change nothing, a new version of a landlord's document is kept beside the old.") { db, paths, code, asOf };
        command.SetAction(parse => Run(parse, "add", () =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var date = services.Today();
            if (parse.GetValue(asOf) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                stderr.WriteLine($"policylint corpus add: --as-of: '{text}' is not a date of the form YYYY-MM-DD");
                return CheckCommand.UsageError;
            }

            using var store = CorpusStore.Open(parse.GetValue(db)!, create: true);
            var interactive = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
            var progress = new LineProgress(p =>
            {
                if (interactive)
                {
                    stderr.Write($"\r[{p.Done}/{p.Total}] {Fit(p.Path)}\u001b[K");
                }
            });
            var result = new CorpusAdder(new PolicyLintEngine(services)).Add(store, parse.GetValue(paths) ?? [], parse.GetValue(code), date, progress);
            if (interactive)
            {
                stderr.WriteLine();
            }

            foreach (var error in result.Failed)
            {
                stderr.WriteLine($"policylint: {error.Path}: {error.Cause}");
            }

            stdout.WriteLine($"added {result.Added} version(s); {result.Unchanged} file(s) already stored; {result.Failed.Count} file(s) not read");
            return result.Failed.Count > 0 ? ExitCodes.InputUnreadable : 0;
        }));
        return command;
    }

    private static Command List()
    {
        var db = Db();
        var command = new Command("list", "List the stored documents and their versions.") { db };
        command.SetAction(parse => Run(parse, "list", () =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            using var store = CorpusStore.Open(parse.GetValue(db)!, create: false);
            var versions = store.Versions();
            foreach (var document in versions.GroupBy(v => v.DocumentKey))
            {
                stdout.WriteLine($"{document.Key}  {document.Count()} version(s)");
                foreach (var v in document)
                {
                    stdout.WriteLine($"  {v.Label,-12} {v.Sha256[..12]}  {v.Code}  {v.AddedAt}  {v.Source}");
                }
            }

            stdout.WriteLine($"{versions.Select(v => v.DocumentId).Distinct().Count()} document(s), {versions.Count} version(s)");
            return 0;
        }));
        return command;
    }

    private static Command Search()
    {
        var db = Db();
        var query = new Argument<string>("QUERY") { Description = "Lucene query over clause text: words, \"a phrase\", AND/OR/NOT, acknowledg*" };
        var provision = new Option<string?>("--provision") { Description = "Only clauses a verdict or finding on this provision cites (e.g. 2.3)" };
        var verdict = new Option<string?>("--verdict") { Description = "Only clauses cited for this verdict (meets, stricter, conflict, silent, warning)" };
        var limit = new Option<int>("--limit") { Description = "Most matches to print", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Search the stored clauses; matches print with the words found in [brackets].") { db, query, provision, verdict, limit };
        command.SetAction(parse => Run(parse, "search", () =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var wantedVerdict = parse.GetValue(verdict);
            if (wantedVerdict is not null && !Reporting.Vocabulary.Verdicts.Contains(wantedVerdict))
            {
                parse.InvocationConfiguration.Error.WriteLine($"policylint corpus search: --verdict: '{wantedVerdict}' is not one of {string.Join(", ", Reporting.Vocabulary.Verdicts)}");
                return CheckCommand.UsageError;
            }

            var path = parse.GetValue(db)!;
            using (var store = CorpusStore.Open(path, create: false))
            {
                ClauseIndex.Sync(store, ClauseIndex.FolderFor(store.Path));
            }

            var hits = ClauseIndex.Search(ClauseIndex.FolderFor(Path.GetFullPath(path)), parse.GetValue(query)!, parse.GetValue(provision), wantedVerdict, parse.GetValue(limit));
            foreach (var hit in hits)
            {
                var provisions = hit.Provisions.Count == 0 ? string.Empty : $"  ({string.Join(", ", hit.Provisions.Distinct())})";
                stdout.WriteLine($"{hit.Document}\t{hit.ClauseId}\t{hit.Snippet}{provisions}");
            }

            stdout.WriteLine($"{hits.Count} match(es)");
            return hits.Count > 0 ? 0 : 1;
        }));
        return command;
    }

    private static Command Matrix() => Table(
        "matrix", "One row per document (its newest version), one column per provision, the verdict in each cell.",
        "csv", "csv, or html (a heat map)", CorpusReports.WriteMatrixCsv, CorpusReports.WriteMatrixHtml);

    private static Command Stats() => Table(
        "stats", "The spread of each stated timescale and window, and the share of policies in conflict per provision.",
        "text", "text, or html (with SVG charts)", CorpusReports.WriteStatsText, CorpusReports.WriteStatsHtml);

    /// <summary>A subcommand that writes one corpus table against a Code, as <paramref name="plain"/> or as HTML.</summary>
    private static Command Table(string name, string description, string plain, string formats, Action<CorpusStore, CodeCatalogue, TextWriter> writePlain, Action<CorpusStore, CodeCatalogue, TextWriter> writeHtml)
    {
        var db = Db();
        var code = CodeOption();
        var format = new Option<string>("--format") { Description = formats, DefaultValueFactory = _ => plain };
        format.AcceptOnlyFromAmong(plain, "html");
        var command = new Command(name, description) { db, code, format };
        command.SetAction(parse => Run(parse, name, () =>
        {
            using var store = CorpusStore.Open(parse.GetValue(db)!, create: false);
            var catalogue = CheckServices.LoadFromCorpus(parse.GetValue(code)!);
            var write = parse.GetValue(format) == "html" ? writeHtml : writePlain;
            write(store, catalogue, parse.InvocationConfiguration.Output);
            return 0;
        }));
        return command;
    }

    private static Command Export()
    {
        var db = Db();
        var format = new Option<string>("--format") { Description = "csv", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv");
        var command = new Command("export", "Every verdict of every stored version, one CSV row each.") { db, format };
        command.SetAction(parse => Run(parse, "export", () =>
        {
            using var store = CorpusStore.Open(parse.GetValue(db)!, create: false);
            CorpusReports.WriteExportCsv(store, parse.InvocationConfiguration.Output);
            return 0;
        }));
        return command;
    }

    /// <summary>Runs a subcommand; a corpus or Code problem is its one-line error (exit 2).</summary>
    private static int Run(ParseResult parse, string name, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is CorpusException or ArgumentException or IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            parse.InvocationConfiguration.Error.WriteLine($"policylint corpus {name}: {PolicyLintEngineText.OneLine(e.Message)}");
            return CheckCommand.UsageError;
        }
    }

    private static string Fit(string path) => path.Length <= 60 ? path : "…" + path[^59..];

    private sealed class LineProgress(Action<AddProgress> report) : IProgress<AddProgress>
    {
        public void Report(AddProgress value) => report(value);
    }
}
