using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Facts;

/// <summary>
/// A stage count from the stages a document names when it never states the count: headings or
/// sentences naming "Stage 1" and "Stage 2" make two stages, a "Stage 3" (or "step three") of the
/// complaints process makes three. A stage that is the Ombudsman's, or that belongs to another
/// process (social care, children's services), is not the landlord's. Runs only where no clause
/// stated a count, so an explicit "our two-stage process" always wins.
/// </summary>
public sealed partial class NamedStagesCounter : IDocumentFactExtractor
{
    public static NamedStagesCounter Instance { get; } = new();

    [GeneratedRegex(@"\b(?:stage|step|level|tier)\s*(?<n>[1-4]|one|two|three|four|i{1,3}|iv)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedStage();

    [GeneratedRegex(@"\b(?:ombudsman|social\s+care|children'?s|adult|statutory|health|school|lgsco)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTheLandlords();

    [GeneratedRegex(@"\b(?:no|not|never|without|n't)\b[^.]{0,30}$", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedBefore();

    public IReadOnlyList<Fact> Extract(IReadOnlyList<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var named = new SortedDictionary<int, (string Clause, string Quote)>();
        var seenHeadings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            var texts = clause.HeadingPath.Where(seenHeadings.Add).Concat(TextSpans.Sentences(clause.Text));
            foreach (var text in texts)
            {
                if (NotTheLandlords().IsMatch(text))
                {
                    continue;
                }

                foreach (Match m in NamedStage().Matches(text))
                {
                    if (NegatedBefore().IsMatch(text[..m.Index]))
                    {
                        continue;
                    }

                    var n = Number(m.Groups["n"].Value);
                    if (!named.ContainsKey(n))
                    {
                        named[n] = (clause.Id, m.Value);
                    }
                }
            }
        }

        // Stage names count only as a run from stage 1: "stage 2" alone may be a reference to a Code provision.
        var count = 0;
        while (named.ContainsKey(count + 1))
        {
            count++;
        }

        if (count < 2)
        {
            return [];
        }

        var (id, quote) = named[count];
        return [new Fact(FactKinds.StageCount, id, quote) { Amount = count, Subject = "named" }];
    }

    private static int Number(string word) => word.ToLowerInvariant() switch
    {
        "1" or "one" or "i" => 1,
        "2" or "two" or "ii" => 2,
        "3" or "three" or "iii" => 3,
        _ => 4,
    };
}
