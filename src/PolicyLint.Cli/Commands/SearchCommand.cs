using System.CommandLine;
using PolicyLint.Analysis.Mapping;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Docx;
using PolicyLint.Ingest.Segmentation;
using PolicyLint.Ingest.Text;

namespace PolicyLint.Cli.Commands;

/// <summary><c>policylint search "QUERY"</c>: full-text search over the clause corpus (FTS5 syntax allowed).</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words to find; FTS5 syntax allowed (\"working days\", acknowledg*, NEAR(a b, 5), AND/OR/NOT)" };
        var corpus = new Option<string?>("--corpus") { Description = "Clause corpus file (default: the user's data folder, or POLICYLINT_CORPUS)" };
        var limit = new Option<int>("--limit") { Description = "Most matches to print", DefaultValueFactory = _ => 10 };
        var add = new Option<string[]>("--add") { Description = "Add these documents (.txt, .md, .docx) to the corpus before searching", AllowMultipleArgumentsPerToken = true };
        var command = new Command("search", "Search the clauses of every document checked or added to the corpus.")
        {
            query, corpus, limit, add,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(corpus) ?? ClauseCorpus.DefaultPath();
            var documents = parse.GetValue(add) ?? [];
            if (!File.Exists(path) && documents.Length == 0)
            {
                stderr.WriteLine($"policylint search: no clause corpus at {path}; add documents to it first (check --corpus {path})");
                return 2;
            }

            try
            {
                using var store = new ClauseCorpus(path);
                foreach (var file in documents)
                {
                    var document = Read(new SourceFile(file, Path.GetFullPath(file)));
                    var stored = store.Add(document.Path, document.Sha256, ClauseSegmenter.Instance.Segment(document));
                    stdout.WriteLine($"added {stored} clause(s) from {file}");
                }

                var hits = store.Search(parse.GetValue(query)!, Math.Max(1, parse.GetValue(limit)));
                foreach (var hit in hits)
                {
                    stdout.WriteLine($"{hit.Document}\t{hit.ClauseId}\t{hit.Snippet.ReplaceLineEndings(" ")}");
                }

                stdout.WriteLine($"{hits.Count} match(es) in {store.DocumentCount()} document(s)");
                return hits.Count > 0 ? 0 : 1;
            }
            catch (Exception e) when (e is SearchQueryException or InputException)
            {
                stderr.WriteLine($"policylint search: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static Document Read(SourceFile file) =>
        Path.GetExtension(file.FullPath).Equals(".docx", StringComparison.OrdinalIgnoreCase)
            ? DocxReader.Instance.Read(file)
            : PlainTextReader.Instance.Read(file);
}
