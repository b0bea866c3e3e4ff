using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace PolicyLint.Analysis.Facts;

/// <summary>A sentence of a clause, with the clause's heading path for context.</summary>
public sealed record Sentence(string Text, string Context);

/// <summary>Splits clause text into sentences: one per line, then at full stops that end a sentence.</summary>
public static partial class TextSpans
{
    // A full stop, question or exclamation mark followed by space and a capital or a quote opens a new sentence;
    // "e.g. ", "i.e. ", "No. 5" and decimal numbers do not.
    [GeneratedRegex(@"(?<!\b(?:e\.g|i\.e|etc|No|no|Mr|Mrs|Ms|Dr|St|approx))(?<=[.!?])\s+(?=[""'“‘(]?[A-Z0-9])")]
    private static partial Regex SentenceBreak();

    public static IReadOnlyList<string> Sentences(string text)
    {
        var result = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            foreach (var part in SentenceBreak().Split(line))
            {
                var trimmed = part.Trim();
                if (trimmed.Length > 0)
                {
                    result.Add(trimmed);
                }
            }
        }

        return result;
    }

    // A clause's statements, split once: the fact extractors and every text rule ask for them.
    private static readonly ConditionalWeakTable<PolicyLint.Core.Documents.Clause, string[]> Split = new();

    /// <summary>The sentences of a clause that state something: a heading clause's title line is left out (split once per clause).</summary>
    public static IReadOnlyList<string> Statements(PolicyLint.Core.Documents.Clause clause) =>
        Split.GetValue(clause, c => [.. SplitStatements(c)]);

    private static IReadOnlyList<string> SplitStatements(PolicyLint.Core.Documents.Clause clause)
    {
        var text = clause.Text;
        if (clause.IsHeading)
        {
            var newline = text.IndexOf('\n', StringComparison.Ordinal);
            text = newline < 0 ? string.Empty : text[(newline + 1)..];
        }

        return Sentences(text);
    }

    /// <summary>Lower-cased text with typographic quotes and dashes folded, for matching.</summary>
    public static string Fold(string text) =>
        text.ToLowerInvariant()
            .Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"')
            .Replace('–', '-').Replace('—', '-').Replace('\u00a0', ' ');
}
