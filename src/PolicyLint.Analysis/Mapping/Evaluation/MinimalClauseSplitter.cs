using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;

namespace PolicyLint.Analysis.Mapping.Evaluation;

/// <summary>
/// A stand-in segmenter for evaluation only, used until the team's segmenter can read the seed: a line
/// that starts with a number ("7.4.1." or "7.4.1") opens a clause, other lines join the open clause, and
/// a numbered line with no text of its own that is followed by its children is a heading.
/// </summary>
public static partial class MinimalClauseSplitter
{
    public static IReadOnlyList<Clause> Split(string text)
    {
        var raw = new List<(string Id, string Title, List<string> More, int Line)>();
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var m = Numbered().Match(line);
            if (m.Success)
            {
                raw.Add((m.Groups[1].Value, m.Groups[2].Value.Trim(), [], n));
            }
            else if (raw.Count > 0)
            {
                raw[^1].More.Add(line.TrimStart('-', '•', ' '));
            }
        }

        var clauses = new List<Clause>();
        var headings = new SortedDictionary<int, string>();
        for (var i = 0; i < raw.Count; i++)
        {
            var (id, title, more, line) = raw[i];
            var depth = id.Count(c => c == '.');
            foreach (var deeper in headings.Keys.Where(d => d >= depth).ToList())
            {
                headings.Remove(deeper);
            }

            var hasChildren = i + 1 < raw.Count && raw[i + 1].Id.StartsWith(id + ".", StringComparison.Ordinal);
            var isHeading = more.Count == 0 && hasChildren;
            var path = headings.Values.ToList();
            var body = string.Join(" ", [title, .. more]);
            clauses.Add(new Clause(id, body, new Location(null, line))
            {
                IsHeading = isHeading,
                HeadingPath = path,
                Heading = path.Count > 0 ? path[^1] : null,
            });
            if (isHeading)
            {
                headings[depth] = title;
            }
        }

        return clauses;
    }

    [GeneratedRegex(@"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$")]
    private static partial Regex Numbered();
}
