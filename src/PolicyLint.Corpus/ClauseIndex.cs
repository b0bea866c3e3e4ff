using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicyLint.Corpus;

/// <summary>One clause found by a search, with its text highlighted ([like this]).</summary>
public sealed record ClauseHit(string Document, string ClauseId, string Snippet, float Score, IReadOnlyList<string> Provisions);

/// <summary>
/// The Lucene.Net index over the corpus's clause text (English analyzer, BM25, highlighter), in a folder
/// beside the database (DB.index). The database is the record: the index notes the last version it has
/// read, and is brought up to date from the database before every search, so an interrupted add can
/// never leave the two disagreeing.
/// </summary>
public sealed class ClauseIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string LastVersionKey = "policylint.lastVersion";

    public static string FolderFor(string database) => database + ".index";

    /// <summary>Adds the clauses of versions the index has not read yet (or rebuilds it when it is ahead of the database or unreadable).</summary>
    public static void Sync(CorpusStore store, string folder)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var directory = FSDirectory.Open(folder);
        var last = store.LastVersionId();
        var indexed = IndexedUpTo(directory);
        var rebuild = indexed is null || indexed > last;
        if (!rebuild && indexed == last)
        {
            return;
        }

        using var analyzer = new EnglishAnalyzer(Version);
        var config = new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = rebuild ? OpenMode.CREATE : OpenMode.APPEND,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var clause in store.Clauses(rebuild ? 0 : indexed!.Value))
        {
            var document = new Document
            {
                new StoredField("document", clause.Document),
                new StoredField("clause", clause.ClauseId),
                new TextField("text", clause.Text, Field.Store.YES),
            };
            foreach (var (provision, verdict) in clause.Provisions)
            {
                document.Add(new StringField("provision", provision, Field.Store.YES));
                document.Add(new StringField("verdict", verdict, Field.Store.NO));
                document.Add(new StringField("provisionVerdict", provision + ":" + verdict, Field.Store.NO));
            }

            writer.AddDocument(document);
        }

        writer.SetCommitData(new Dictionary<string, string> { [LastVersionKey] = last.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        writer.Commit();
    }

    /// <summary>Clauses matching a query (Lucene's syntax: words, "phrases", AND/OR/NOT, wildcards), optionally only those cited for a provision and/or with a verdict.</summary>
    public static IReadOnlyList<ClauseHit> Search(string folder, string query, string? provision, string? verdict, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        using var analyzer = new EnglishAnalyzer(Version);
        Query parsed;
        try
        {
            parsed = new QueryParser(Version, "text", analyzer).Parse(query);
        }
        catch (ParseException e)
        {
            throw new CorpusException($"search: cannot read the query '{query}': {e.Message.ReplaceLineEndings(" ")}", e);
        }

        var filtered = new BooleanQuery { { parsed, Occur.MUST } };
        if (provision is not null && verdict is not null)
        {
            filtered.Add(new TermQuery(new Term("provisionVerdict", provision + ":" + verdict)), Occur.MUST);
        }
        else if (provision is not null)
        {
            filtered.Add(new TermQuery(new Term("provision", provision)), Occur.MUST);
        }
        else if (verdict is not null)
        {
            filtered.Add(new TermQuery(new Term("verdict", verdict)), Occur.MUST);
        }

        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var highlighter = new Highlighter(new SimpleHTMLFormatter("[", "]"), new QueryScorer(parsed, "text")) { TextFragmenter = new SimpleFragmenter(160) };
        var hits = new List<ClauseHit>();
        foreach (var hit in searcher.Search(filtered, Math.Max(1, limit)).ScoreDocs)
        {
            var stored = searcher.Doc(hit.Doc);
            var text = stored.Get("text");
            var snippet = highlighter.GetBestFragment(analyzer, "text", text) ?? (text.Length > 160 ? text[..160] : text);
            hits.Add(new ClauseHit(stored.Get("document"), stored.Get("clause"), snippet.ReplaceLineEndings(" "), hit.Score, stored.GetValues("provision") ?? []));
        }

        return hits;
    }

    private static long? IndexedUpTo(LuceneDirectory directory)
    {
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                return null;
            }

            using var reader = DirectoryReader.Open(directory);
            return reader.IndexCommit.UserData.TryGetValue(LastVersionKey, out var text) && long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var last) ? last : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
