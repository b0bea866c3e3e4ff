namespace PolicyLint.Ingest.Assessment;

using PolicyLint.Core.Codes;

/// <summary>
/// TF-IDF vectors of the catalogue's provisions (title, summary, keywords, items, section title) so
/// that a row's requirement text can be compared with each provision by cosine similarity.
/// </summary>
public sealed class ProvisionIndex
{
    private readonly Dictionary<string, double> idf;
    private readonly Dictionary<string, Dictionary<string, double>> vectors;

    public ProvisionIndex(CodeCatalogue code)
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = code;
        var bags = code.Provisions.ToDictionary(p => p.Id, Bag);
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in bags.Values.SelectMany(b => b.Keys))
        {
            documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
        }

        var n = Math.Max(bags.Count, 1);
        idf = documentFrequency.ToDictionary(kv => kv.Key, kv => Math.Log((1.0 + n) / (1.0 + kv.Value)) + 1.0, StringComparer.Ordinal);
        vectors = bags.ToDictionary(kv => kv.Key, kv => Normalise(Weigh(kv.Value)), StringComparer.Ordinal);
    }

    public CodeCatalogue Code { get; }

    /// <summary>Cosine similarity (0..1) of <paramref name="text"/> with one provision; 0 for unknown ids.</summary>
    public double Similarity(string text, string provision)
    {
        if (!vectors.TryGetValue(provision, out var target))
        {
            return 0;
        }

        var v = Vector(text);
        return v.Sum(kv => kv.Value * target.GetValueOrDefault(kv.Key));
    }

    /// <summary>Provisions ranked by similarity to <paramref name="text"/>, best first.</summary>
    public IReadOnlyList<(string Provision, double Score)> Rank(string text)
    {
        var v = Vector(text);
        return vectors
            .Select(kv => (kv.Key, v.Sum(w => w.Value * kv.Value.GetValueOrDefault(w.Key))))
            .OrderByDescending(x => x.Item2)
            .ToList();
    }

    /// <summary>The normalised TF-IDF vector of any text, against this catalogue's vocabulary.</summary>
    public Dictionary<string, double> Vector(string text)
    {
        var bag = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in AssessmentText.Words(text))
        {
            bag[w] = bag.GetValueOrDefault(w) + 1;
        }

        return Normalise(Weigh(bag));
    }

    private static Dictionary<string, double> Bag(Provision p)
    {
        var bag = new Dictionary<string, double>(StringComparer.Ordinal);
        void AddText(string? text, double weight)
        {
            if (text is null)
            {
                return;
            }

            foreach (var w in AssessmentText.Words(text))
            {
                bag[w] = bag.GetValueOrDefault(w) + weight;
            }
        }

        AddText(p.Title, 2);
        AddText(p.Summary, 1);
        foreach (var k in p.Keywords)
        {
            AddText(k, 2);
        }

        foreach (var item in p.Items)
        {
            AddText(item, 0.5);
        }

        AddText(p.SectionTitle, 0.5);
        return bag;
    }

    private Dictionary<string, double> Weigh(Dictionary<string, double> bag) =>
        bag.Where(kv => idf is null || idf.ContainsKey(kv.Key))
            .ToDictionary(kv => kv.Key, kv => (1 + Math.Log(kv.Value)) * (idf?.GetValueOrDefault(kv.Key, 1.0) ?? 1.0), StringComparer.Ordinal);

    private static Dictionary<string, double> Normalise(Dictionary<string, double> v)
    {
        var norm = Math.Sqrt(v.Values.Sum(x => x * x));
        return norm == 0 ? v : v.ToDictionary(kv => kv.Key, kv => kv.Value / norm, StringComparer.Ordinal);
    }
}
