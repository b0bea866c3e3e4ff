namespace PolicyLint.Analysis.CrossChecking;

using System.Text.RegularExpressions;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;

/// <summary>
/// Word profiles for comparing what a provision is about with what a policy section is about: TF-IDF
/// over the policy's own top-level sections, so words every section uses ("complaint") count for little.
/// </summary>
public sealed partial class TopicProfile
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are",
        "be", "been", "it", "its", "this", "that", "these", "their", "they", "them", "there", "must", "should",
        "will", "may", "can", "any", "all", "not", "no", "if", "when", "where", "which", "who", "what", "how",
        "do", "does", "has", "have", "we", "our", "us", "you", "your", "also", "such", "than", "into", "about",
    };

    private readonly Dictionary<string, double> idf;

    /// <summary>Top-level section number → its heading and text (every clause under it).</summary>
    public IReadOnlyDictionary<string, string> Sections { get; }

    /// <summary>Top-level section number → its heading, where the clauses carry one.</summary>
    public IReadOnlyDictionary<string, string> Headings { get; }

    public TopicProfile(IReadOnlyList<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        Sections = clauses
            .GroupBy(c => Top(c.Id))
            .Where(g => g.Key.Length > 0)
            .ToDictionary(g => g.Key, g => SectionText(g), StringComparer.Ordinal);
        Headings = clauses
            .GroupBy(c => Top(c.Id))
            .Where(g => g.Key.Length > 0)
            .ToDictionary(g => g.Key, g => HeadingOf(g) ?? string.Empty, StringComparer.Ordinal);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in Sections.Values.Select(t => Words(t).Distinct()))
        {
            foreach (var w in words)
            {
                df[w] = df.GetValueOrDefault(w) + 1;
            }
        }

        var n = Math.Max(Sections.Count, 1);
        idf = df.ToDictionary(kv => kv.Key, kv => Math.Log((1.0 + n) / (1.0 + kv.Value)) + 1.0, StringComparer.Ordinal);
    }

    public static string Top(string id)
    {
        var m = TopNumber().Match(id);
        return m.Success ? m.Value : string.Empty;
    }

    /// <summary>What a provision is about, in words: title and keywords weigh double.</summary>
    public static string About(Provision provision)
    {
        ArgumentNullException.ThrowIfNull(provision);
        var keywords = string.Join(' ', provision.Keywords);
        return string.Join(' ', provision.Title, provision.Title, provision.Summary, keywords, keywords);
    }

    public double Similarity(string a, string b)
    {
        var va = Vector(a);
        var vb = Vector(b);
        return va.Sum(kv => kv.Value * vb.GetValueOrDefault(kv.Key));
    }

    public static IEnumerable<string> Words(string text)
    {
        foreach (Match m in Word().Matches(text.ToLowerInvariant()))
        {
            var w = m.Value;
            if (w.Length < 3 || StopWords.Contains(w))
            {
                continue;
            }

            yield return w.Length > 5 && w.EndsWith('s') ? w[..^1] : w;
        }
    }

    private Dictionary<string, double> Vector(string text)
    {
        var tf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in Words(text))
        {
            tf[w] = tf.GetValueOrDefault(w) + 1;
        }

        var v = tf.ToDictionary(kv => kv.Key, kv => (1 + Math.Log(kv.Value)) * idf.GetValueOrDefault(kv.Key, 1.0), StringComparer.Ordinal);
        var norm = Math.Sqrt(v.Values.Sum(x => x * x));
        return norm == 0 ? v : v.ToDictionary(kv => kv.Key, kv => kv.Value / norm, StringComparer.Ordinal);
    }

    private static string SectionText(IEnumerable<Clause> clauses)
    {
        var list = clauses.ToList();
        var heading = HeadingOf(list) ?? string.Empty;
        // The heading says what the section is about; repeat it so a long section's body does not drown it.
        return string.Join(' ', Enumerable.Repeat(heading, 3).Concat(list.Select(c => c.Text)));
    }

    private static string? HeadingOf(IEnumerable<Clause> clauses) =>
        clauses.Select(c => c.HeadingPath.Count > 0 ? c.HeadingPath[0] : c.Heading).FirstOrDefault(h => !string.IsNullOrWhiteSpace(h));

    [GeneratedRegex(@"^\d{1,3}")]
    private static partial Regex TopNumber();

    [GeneratedRegex(@"[a-z][a-z]+")]
    private static partial Regex Word();
}
