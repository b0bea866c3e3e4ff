using System.Text;

namespace PolicyLint.Analysis.Mapping;

/// <summary>
/// Builds FTS5 queries from free text: the significant terms (not stop words, two or more characters),
/// each quoted so no input can be read as FTS syntax, joined by OR.
/// </summary>
public static class FtsQuery
{
    public const int MaxTerms = 64;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "can", "could", "do", "does", "for",
        "from", "had", "has", "have", "he", "her", "his", "if", "in", "into", "is", "it", "its", "may", "might", "of",
        "on", "or", "our", "she", "should", "so", "such", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "to", "us", "was", "we", "were", "what", "when", "where", "which", "who",
        "will", "with", "would", "you", "your", "not", "any", "all", "also", "other", "own", "about", "shall", "must",
    };

    public static IReadOnlyList<string> SignificantTerms(string text)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
                continue;
            }

            var term = current.ToString();
            current.Clear();
            if (term.Length >= 2 && !StopWords.Contains(term) && seen.Add(term))
            {
                terms.Add(term);
                if (terms.Count == MaxTerms)
                {
                    break;
                }
            }
        }

        return terms;
    }

    /// <summary>An OR query of the text's significant terms, or the empty string when it has none.</summary>
    public static string AnyOf(string text) =>
        string.Join(" OR ", SignificantTerms(text).Select(Quote));

    public static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
