using System.Globalization;
using Microsoft.Data.Sqlite;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;
using PolicyLint.Reporting;

namespace PolicyLint.Corpus;

/// <summary>One stored version of a landlord's document.</summary>
public sealed record StoredVersion(long Id, long DocumentId, string DocumentKey, string Landlord, string Kind, string Label, string Source, string Sha256, string Code, string AddedAt)
{
    public string? Title { get; init; }
}

/// <summary>One clause as the index reads it: its text, and the provisions (with their verdicts) that cite it.</summary>
public sealed record StoredClause(long VersionId, string Document, string ClauseId, string Text, IReadOnlyList<(string Provision, string Verdict)> Provisions);

/// <summary>One stated fact of one version, for the distributions.</summary>
public sealed record StoredFact(long VersionId, string Kind, string? Subject, decimal? Amount, string? Unit, string? From);

/// <summary>
/// The sector corpus in SQLite: documents (one per landlord and kind), their versions (one per distinct
/// file content), and each version's clauses, facts, verdicts and findings. Every add runs in one
/// transaction that the caller commits, so an interrupted add leaves the store as it was.
/// </summary>
public sealed class CorpusStore : IDisposable
{
    private const int SchemaVersion = 1;
    private readonly SqliteConnection connection;

    private CorpusStore(SqliteConnection connection)
    {
        this.connection = connection;
    }

    public string Path { get; private init; } = string.Empty;

    /// <summary>Opens the store, creating it when <paramref name="create"/> is set; an existing file that is not a corpus is refused.</summary>
    public static CorpusStore Open(string path, bool create)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!create && !File.Exists(path))
        {
            throw new CorpusException($"{path}: no corpus here; make one with 'policylint corpus add --db {path} FILE...'");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var store = new CorpusStore(connection) { Path = System.IO.Path.GetFullPath(path) };
            store.Execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;");
            store.CreateSchema();
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new CorpusException($"{path}: not a PolicyLint corpus ({e.Message.ReplaceLineEndings(" ")})", e);
        }
    }

    private SqliteTransaction? current;

    /// <summary>Starts the one transaction every write of an add goes into; disposing it uncommitted rolls everything back.</summary>
    public CorpusTransaction Begin()
    {
        if (current is not null)
        {
            throw new InvalidOperationException("a corpus transaction is already open");
        }

        current = connection.BeginTransaction();
        return new CorpusTransaction(current, () => current = null);
    }

    /// <summary>True when a version with these bytes is stored already.</summary>
    public bool HasContent(string sha256) =>
        Scalar("SELECT COUNT(*) FROM versions WHERE sha256 = $sha", ("$sha", sha256)) > 0;

    /// <summary>Stores one checked document as a new version of its landlord's document (made when new). Returns the version id.</summary>
    public long Add(DocumentAnalysis analysis, string source, string sha256, string code, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var kind = Vocabulary.Of(analysis.Kind);
        var landlord = analysis.Landlord ?? string.Empty;
        var key = DocumentKey(analysis, source);
        var documentId = Scalar("SELECT id FROM documents WHERE key = $key", ("$key", key));
        if (documentId == 0)
        {
            documentId = Insert("INSERT INTO documents(key, landlord, kind) VALUES ($key, $landlord, $kind)", ("$key", key), ("$landlord", landlord), ("$kind", kind));
        }

        var number = Scalar("SELECT COUNT(*) FROM versions WHERE document_id = $d", ("$d", documentId)) + 1;
        var label = analysis.Metadata.Version ?? analysis.Metadata.Adopted ?? $"v{number}";
        var versionId = Insert(
            "INSERT INTO versions(document_id, number, label, source, sha256, title, adopted, code, as_of, added_at) VALUES ($d, $n, $label, $source, $sha, $title, $adopted, $code, $asOf, $added)",
            ("$d", documentId), ("$n", number), ("$label", label), ("$source", source), ("$sha", sha256), ("$title", analysis.Metadata.Title),
            ("$adopted", analysis.Metadata.Adopted), ("$code", code), ("$asOf", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$added", DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));

        foreach (var (clause, ordinal) in analysis.Clauses.Select((c, i) => (c, i)))
        {
            Insert("INSERT INTO clauses(version_id, ordinal, clause, heading, text) VALUES ($v, $o, $c, $h, $t)",
                ("$v", versionId), ("$o", ordinal), ("$c", clause.Id), ("$h", clause.Heading), ("$t", Text(clause)));
        }

        foreach (var fact in analysis.Facts)
        {
            Insert("INSERT INTO facts(version_id, kind, subject, amount, unit, start, clause, quote) VALUES ($v, $k, $s, $a, $u, $f, $c, $q)",
                ("$v", versionId), ("$k", fact.Kind), ("$s", fact.Subject), ("$a", fact.Amount), ("$u", fact.Unit), ("$f", fact.From), ("$c", fact.Clause), ("$q", fact.Quote));
        }

        foreach (var verdict in analysis.Provisions)
        {
            Insert("INSERT INTO verdicts(version_id, provision, verdict, basis, confidence, clauses) VALUES ($v, $p, $verdict, $b, $conf, $c)",
                ("$v", versionId), ("$p", verdict.Id), ("$verdict", Vocabulary.Of(verdict.Verdict)), ("$b", Vocabulary.Of(verdict.Basis)), ("$conf", verdict.Confidence), ("$c", string.Join(' ', verdict.Clauses)));
        }

        foreach (var finding in analysis.Findings)
        {
            Insert("INSERT INTO findings(version_id, rule, provision, verdict, severity, clause, quote, message, suppressed) VALUES ($v, $r, $p, $verdict, $s, $c, $q, $m, $sup)",
                ("$v", versionId), ("$r", finding.RuleId), ("$p", finding.Provision), ("$verdict", Vocabulary.Of(finding.Verdict)), ("$s", Vocabulary.Of(finding.Severity)),
                ("$c", finding.Clause), ("$q", finding.Quote), ("$m", finding.Message), ("$sup", finding.Suppressed ? 1 : 0));
        }

        return versionId;
    }

    /// <summary>Every version, documents in key order and versions in the order added.</summary>
    public IReadOnlyList<StoredVersion> Versions() => Query(
        """
        SELECT v.id, d.id, d.key, d.landlord, d.kind, v.label, v.source, v.sha256, v.code, v.added_at, v.title
        FROM versions v JOIN documents d ON d.id = v.document_id ORDER BY d.key, v.number
        """,
        r => new StoredVersion(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9))
        {
            Title = r.IsDBNull(10) ? null : r.GetString(10),
        });

    /// <summary>The newest version of each document.</summary>
    public IReadOnlyList<StoredVersion> Latest() =>
        Versions().GroupBy(v => v.DocumentId).Select(g => g.MaxBy(v => v.Id)!).OrderBy(v => v.DocumentKey, StringComparer.Ordinal).ToList();

    /// <summary>The verdict of each provision of a version.</summary>
    public IReadOnlyDictionary<string, string> Verdicts(long versionId) => Query(
        "SELECT provision, verdict FROM verdicts WHERE version_id = $v", r => (r.GetString(0), r.GetString(1)), ("$v", versionId))
        .GroupBy(p => p.Item1, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);

    public IReadOnlyList<StoredFact> Facts(IReadOnlyCollection<long> versionIds)
    {
        var wanted = versionIds.ToHashSet();
        return Query("SELECT version_id, kind, subject, amount, unit, start FROM facts ORDER BY version_id, id",
                r => new StoredFact(r.GetInt64(0), r.GetString(1), Nullable(r, 2), r.IsDBNull(3) ? null : r.GetDecimal(3), Nullable(r, 4), Nullable(r, 5)))
            .Where(f => wanted.Contains(f.VersionId)).ToList();
    }

    /// <summary>The clauses of versions with an id above <paramref name="afterVersion"/>, with the provisions citing each.</summary>
    public IReadOnlyList<StoredClause> Clauses(long afterVersion)
    {
        var cited = new Dictionary<(long, string), List<(string, string)>>();
        void Cite(long version, string clause, string provision, string verdict)
        {
            if (!cited.TryGetValue((version, clause), out var list))
            {
                cited[(version, clause)] = list = [];
            }

            if (!list.Contains((provision, verdict)))
            {
                list.Add((provision, verdict));
            }
        }

        foreach (var (version, provision, verdict, clauses) in Query("SELECT version_id, provision, verdict, clauses FROM verdicts WHERE version_id > $a AND clauses <> ''",
                     r => (r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3)), ("$a", afterVersion)))
        {
            foreach (var clause in clauses.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Cite(version, clause, provision, verdict);
            }
        }

        foreach (var (version, provision, verdict, clause) in Query("SELECT version_id, provision, verdict, clause FROM findings WHERE version_id > $a AND provision IS NOT NULL AND clause IS NOT NULL",
                     r => (r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3)), ("$a", afterVersion)))
        {
            Cite(version, clause, provision, verdict);
        }

        return Query(
            """
            SELECT c.version_id, d.key || ' ' || v.label, c.clause, c.text
            FROM clauses c JOIN versions v ON v.id = c.version_id JOIN documents d ON d.id = v.document_id
            WHERE c.version_id > $a ORDER BY c.version_id, c.ordinal
            """,
            r => (r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3)), ("$a", afterVersion))
            .Select(c => new StoredClause(c.Item1, c.Item2, c.Item3, c.Item4, cited.TryGetValue((c.Item1, c.Item3), out var p) ? p : []))
            .ToList();
    }

    /// <summary>The highest version id stored (0 when empty): the index records the one it has read up to.</summary>
    public long LastVersionId() => Scalar("SELECT COALESCE(MAX(id), 0) FROM versions");

    /// <summary>Every verdict of every version, for export.</summary>
    public IReadOnlyList<(long Version, string Provision, string Verdict, string Basis, double Confidence, string Clauses)> AllVerdicts() => Query(
        "SELECT version_id, provision, verdict, basis, confidence, clauses FROM verdicts ORDER BY version_id, id",
        r => (r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDouble(4), r.GetString(5)));

    public void Dispose() => connection.Dispose();

    /// <summary>
    /// A landlord's document is the same document across versions: keyed by landlord and kind when the
    /// landlord is known, else by the file's name without extension and kind.
    /// </summary>
    public static string DocumentKey(DocumentAnalysis analysis, string source)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var kind = Vocabulary.Of(analysis.Kind);
        var who = string.IsNullOrWhiteSpace(analysis.Landlord)
            ? System.IO.Path.GetFileNameWithoutExtension(source)
            : analysis.Landlord;
        return $"{string.Join(' ', who.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))} ({kind})";
    }

    private static string Text(Clause clause) =>
        clause.Items.Count == 0 ? clause.Text : clause.Text + "\n" + string.Join("\n", clause.Items.Select(i => i.Text));

    private void CreateSchema()
    {
        var version = Scalar("PRAGMA user_version");
        if (version == SchemaVersion)
        {
            return;
        }

        if (version != 0 || Scalar("SELECT COUNT(*) FROM sqlite_master") > 0)
        {
            throw new CorpusException($"{Path}: not a PolicyLint corpus (schema {version}, expected {SchemaVersion})");
        }

        Execute($"""
            BEGIN;
            CREATE TABLE documents (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, landlord TEXT NOT NULL, kind TEXT NOT NULL);
            CREATE TABLE versions (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id), number INTEGER NOT NULL,
                label TEXT NOT NULL, source TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, title TEXT, adopted TEXT, code TEXT NOT NULL,
                as_of TEXT NOT NULL, added_at TEXT NOT NULL, UNIQUE(document_id, number));
            CREATE TABLE clauses (id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES versions(id), ordinal INTEGER NOT NULL,
                clause TEXT NOT NULL, heading TEXT, text TEXT NOT NULL);
            CREATE TABLE facts (id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES versions(id), kind TEXT NOT NULL, subject TEXT,
                amount NUMERIC, unit TEXT, start TEXT, clause TEXT, quote TEXT);
            CREATE TABLE verdicts (id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES versions(id), provision TEXT NOT NULL,
                verdict TEXT NOT NULL, basis TEXT NOT NULL, confidence REAL NOT NULL, clauses TEXT NOT NULL);
            CREATE TABLE findings (id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES versions(id), rule TEXT NOT NULL, provision TEXT,
                verdict TEXT NOT NULL, severity TEXT NOT NULL, clause TEXT, quote TEXT, message TEXT NOT NULL, suppressed INTEGER NOT NULL);
            CREATE INDEX clauses_version ON clauses(version_id);
            CREATE INDEX facts_version ON facts(version_id);
            CREATE INDEX verdicts_version ON verdicts(version_id, provision);
            CREATE INDEX findings_version ON findings(version_id);
            PRAGMA user_version = {SchemaVersion};
            COMMIT;
            """);
    }

    private static string? Nullable(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
    }

    private long Insert(string sql, params (string Name, object? Value)[] parameters)
    {
        if (current is null)
        {
            throw new InvalidOperationException("writes to the corpus need a transaction (Begin)");
        }

        using var command = Command(sql + " RETURNING id", parameters);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = current;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}

/// <summary>The transaction of one add: committed explicitly, rolled back when disposed without a commit.</summary>
public sealed class CorpusTransaction : IDisposable
{
    private readonly SqliteTransaction transaction;
    private readonly Action closed;
    private bool done;

    internal CorpusTransaction(SqliteTransaction transaction, Action closed)
    {
        this.transaction = transaction;
        this.closed = closed;
    }

    public void Commit()
    {
        transaction.Commit();
        Close();
    }

    public void Dispose()
    {
        if (!done)
        {
            transaction.Rollback();
        }

        Close();
    }

    private void Close()
    {
        if (!done)
        {
            done = true;
            transaction.Dispose();
            closed();
        }
    }
}

/// <summary>A corpus that cannot be opened or a query that cannot run; the message is one line naming the file.</summary>
public sealed class CorpusException : Exception
{
    public CorpusException()
    {
    }

    public CorpusException(string message)
        : base(message)
    {
    }

    public CorpusException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
