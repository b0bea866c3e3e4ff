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
/// ranking them for a clause text by BM25 with column weights; optionally with a second table of labelled
/// training examples, whose nearest neighbours vote for their labels.
/// </summary>
public sealed class ProvisionIndex : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly IndexWeights _weights;

    public ProvisionIndex(CodeCatalogue code, IndexWeights? weights = null, IReadOnlyList<TrainingExample>? examples = null)
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

        if (examples is { Count: > 0 })
        {
            Execute("CREATE VIRTUAL TABLE examples USING fts5(label UNINDEXED, text, tokenize='porter unicode61')");
            using var add = _connection.CreateCommand();
            add.Transaction = transaction;
            add.CommandText = "INSERT INTO examples(rowid, label, text) VALUES ($row, $label, $text)";
            var row = add.Parameters.Add("$row", SqliteType.Integer);
            var label = add.Parameters.Add("$label", SqliteType.Text);
            var text = add.Parameters.Add("$text", SqliteType.Text);
            for (var i = 0; i < examples.Count; i++)
            {
                row.Value = i + 1;
                label.Value = examples[i].Label;
                text.Value = examples[i].Text;
                add.ExecuteNonQuery();
            }

            HasExamples = true;
        }

        transaction.Commit();
    }

    /// <summary>True when the index holds training examples to find neighbours among.</summary>
    public bool HasExamples { get; }

    public IReadOnlyList<string> Provisions { get; }

    /// <summary>The index a trained model was tuned with: the Code's provisions under the model's column weights.</summary>
    public static ProvisionIndex For(TrainedModel model, CodeCatalogue code) => new(code, model.Manifest.Index, model.Examples);

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
        return ReadHits(command);
    }

    /// <summary>
    /// The training examples most like a text, best first, as (label, score) with Score = −bm25; empty when
    /// the index holds no examples or the text has no significant term. Ties go to the earlier example.
    /// </summary>
    public IReadOnlyList<IndexHit> Neighbours(string text, int limit = 10)
    {
        var query = FtsQuery.AnyOf(text);
        if (!HasExamples || query.Length == 0)
        {
            return [];
        }

        using var command = _connection.CreateCommand();
        command.CommandText =
            "SELECT label, bm25(examples, 0.0, 1.0) AS score FROM examples WHERE examples MATCH $q ORDER BY score, rowid LIMIT $limit";
        command.Parameters.AddWithValue("$q", query);
        command.Parameters.AddWithValue("$limit", limit);
        return ReadHits(command);
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>Rows of (label, bm25) as hits scored −bm25, in the query's order.</summary>
    private static List<IndexHit> ReadHits(Microsoft.Data.Sqlite.SqliteCommand command)
    {
        var hits = new List<IndexHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new IndexHit(reader.GetString(0), -reader.GetDouble(1)));
        }

        return hits;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
