using Microsoft.Data.Sqlite;
using PolicyLint.Core.Documents;

namespace PolicyLint.Analysis.Mapping;

/// <summary>A clause the corpus search found: where it is, and a snippet with the matches in [brackets].</summary>
public sealed record ClauseHit(string Document, string Sha, string ClauseId, string? Heading, string Snippet, double Score);

/// <summary>A search query FTS5 cannot parse. The message is one line.</summary>
public sealed class SearchQueryException : Exception
{
    public SearchQueryException(string message)
        : base(message)
    {
    }

    public SearchQueryException()
    {
    }

    public SearchQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// A persistent SQLite file of the clauses of every document checked or added (document path, SHA-256,
/// clause id, heading, text), searchable with FTS5 queries and ranked by BM25.
/// </summary>
public sealed class ClauseCorpus : IDisposable
{
    public const string DefaultFileName = "policylint-corpus.db";

    private readonly SqliteConnection _connection;

    public ClauseCorpus(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        FilePath = Path.GetFullPath(path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        _connection.Open();
        Execute(
            "CREATE TABLE IF NOT EXISTS documents(path TEXT NOT NULL PRIMARY KEY, sha TEXT NOT NULL, clauses INTEGER NOT NULL);" +
            "CREATE VIRTUAL TABLE IF NOT EXISTS clauses USING fts5(path UNINDEXED, sha UNINDEXED, clause_id UNINDEXED, heading, text, tokenize='porter unicode61');");
    }

    public string FilePath { get; }

    /// <summary>The default corpus file: POLICYLINT_CORPUS, else the user's local data folder, else ./policylint-corpus.db.</summary>
    public static string DefaultPath()
    {
        var configured = Environment.GetEnvironmentVariable("POLICYLINT_CORPUS");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(data)
            ? Path.Combine(Directory.GetCurrentDirectory(), DefaultFileName)
            : Path.Combine(data, "policylint", DefaultFileName);
    }

    /// <summary>Adds (or replaces) a document's clauses; returns how many were stored. Heading-only clauses are skipped.</summary>
    public int Add(string documentPath, string sha, IReadOnlyList<Clause> clauses)
    {
        using var transaction = _connection.BeginTransaction();
        using (var delete = _connection.CreateCommand())
        {
            delete.CommandText = "DELETE FROM clauses WHERE path = $p; DELETE FROM documents WHERE path = $p;";
            delete.Parameters.AddWithValue("$p", documentPath);
            delete.ExecuteNonQuery();
        }

        var stored = 0;
        using (var insert = _connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO clauses(path, sha, clause_id, heading, text) VALUES ($p, $s, $id, $h, $t)";
            insert.Parameters.AddWithValue("$p", documentPath);
            insert.Parameters.AddWithValue("$s", sha);
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var heading = insert.Parameters.Add("$h", SqliteType.Text);
            var text = insert.Parameters.Add("$t", SqliteType.Text);
            foreach (var clause in clauses.Where(c => !c.IsHeading))
            {
                id.Value = clause.Id;
                heading.Value = (object?)clause.Heading ?? string.Empty;
                text.Value = clause.Text;
                insert.ExecuteNonQuery();
                stored++;
            }
        }

        using (var document = _connection.CreateCommand())
        {
            document.CommandText = "INSERT INTO documents(path, sha, clauses) VALUES ($p, $s, $n)";
            document.Parameters.AddWithValue("$p", documentPath);
            document.Parameters.AddWithValue("$s", sha);
            document.Parameters.AddWithValue("$n", stored);
            document.ExecuteNonQuery();
        }

        transaction.Commit();
        return stored;
    }

    public int DocumentCount() => Convert.ToInt32(Scalar("SELECT count(*) FROM documents"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Runs an FTS5 query (phrases, prefixes, AND/OR/NOT, NEAR allowed) and returns the best matches.
    /// Throws <see cref="SearchQueryException"/> with a one-line message when the query is malformed.
    /// </summary>
    public IReadOnlyList<ClauseHit> Search(string query, int limit = 10)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new SearchQueryException("empty search query");
        }

        using var command = _connection.CreateCommand();
        command.CommandText =
            "SELECT path, sha, clause_id, heading, snippet(clauses, 4, '[', ']', '…', 16), bm25(clauses, 0, 0, 0, 0.5, 1.0) AS score " +
            "FROM clauses WHERE clauses MATCH $q ORDER BY score, path, clause_id LIMIT $limit";
        command.Parameters.AddWithValue("$q", query);
        command.Parameters.AddWithValue("$limit", limit);
        try
        {
            var hits = new List<ClauseHit>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var heading = reader.GetString(3);
                hits.Add(new ClauseHit(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    heading.Length == 0 ? null : heading,
                    reader.GetString(4),
                    -reader.GetDouble(5)));
            }

            return hits;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            var cause = e.Message.Replace("SQLite Error 1: ", string.Empty, StringComparison.Ordinal).Trim('\'', '.', ' ');
            throw new SearchQueryException($"malformed search query \"{query}\": {cause}", e);
        }
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
