using Microsoft.Data.Sqlite;
using PolicyLint.Core.Codes;

namespace PolicyLint.Analysis.Mapping;

/// <summary>Column weights for BM25 over a provision's title, summary (with its items) and keywords.</summary>
public sealed record IndexWeights(double Title, double Summary, double Keywords)
{
    public static IndexWeights Default { get; } = new(2.0, 1.0, 2.0);
}

/// <summary>A provision the index ranked for a text; Score is −bm25, so higher is better.</summary>
public sealed record IndexHit(string Provision, double Score);

/// <summary>
/// An in-memory SQLite FTS5 index of one Code's provisions (porter stemming over unicode61 tokens),
/// ranking them for a clause text by BM25 with column weights.
/// </summary>
public sealed class ProvisionIndex : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly IndexWeights _weights;

    public ProvisionIndex(CodeCatalogue code, IndexWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        _weights = weights ?? IndexWeights.Default;
        Provisions = code.Provisions.Select(p => p.Id).ToList();
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE provisions USING fts5(id UNINDEXED, title, summary, keywords, tokenize='porter unicode61')");
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO provisions(id, title, summary, keywords) VALUES ($id, $title, $summary, $keywords)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var summary = insert.Parameters.Add("$summary", SqliteType.Text);
        var keywords = insert.Parameters.Add("$keywords", SqliteType.Text);
        foreach (var p in code.Provisions)
        {
            id.Value = p.Id;
            title.Value = p.Title ?? string.Empty;
            summary.Value = string.Join(" ", [p.Summary, .. p.Items]);
            keywords.Value = string.Join(" ", p.Keywords);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public IReadOnlyList<string> Provisions { get; }

    /// <summary>The index a trained model was tuned with: the Code's provisions under the model's column weights.</summary>
    public static ProvisionIndex For(TrainedModel model, CodeCatalogue code) => new(code, model.Manifest.Index);

    /// <summary>Provisions ranked for a text, best first; empty when the text has no significant term.</summary>
    public IReadOnlyList<IndexHit> Rank(string text, int limit = 10)
    {
        var query = FtsQuery.AnyOf(text);
        if (query.Length == 0)
        {
            return [];
        }

        using var command = _connection.CreateCommand();
        command.CommandText =
            "SELECT id, bm25(provisions, 0.0, $wt, $ws, $wk) AS score FROM provisions WHERE provisions MATCH $q " +
            "ORDER BY score, id LIMIT $limit";
        command.Parameters.AddWithValue("$wt", _weights.Title);
        command.Parameters.AddWithValue("$ws", _weights.Summary);
        command.Parameters.AddWithValue("$wk", _weights.Keywords);
        command.Parameters.AddWithValue("$q", query);
        command.Parameters.AddWithValue("$limit", limit);
        var hits = new List<IndexHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new IndexHit(reader.GetString(0), -reader.GetDouble(1)));
        }

        return hits;
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
