namespace PolicyLint.Ingest.Assessment;

using System.Text.RegularExpressions;
using PolicyLint.Core.Assessments;

/// <summary>
/// Finds references from a row's evidence to sections of the landlord's documents: "section 4.1 of our
/// complaints policy", "point 8", "sections 2.2 and 2.5 of the policy", "and 5.21 of our procedure".
/// </summary>
public static partial class CitationReader
{
    public const string PolicyDocument = "policy";
    public const string ProcedureDocument = "procedure";
    public const string OtherDocument = "other";

    public static IReadOnlyList<Citation> Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var flat = AssessmentText.CollapseSpaces(text.Replace('\n', ' '));
        var found = new List<Citation>();
        foreach (Match m in Reference().Matches(flat))
        {
            Add(found, flat, m);
        }

        foreach (Match m in BareReference().Matches(flat))
        {
            Add(found, flat, m);
        }

        return found.Distinct().ToList();
    }

    private static void Add(List<Citation> found, string text, Match m)
    {
        var after = text[(m.Index + m.Length)..];
        if (ThisCode().IsMatch(after))
        {
            return;
        }

        var name = m.Groups["name"].Success ? m.Groups["name"].Value : NameBefore(text[..m.Index]);
        var document = Document(name);
        foreach (Match n in Number().Matches(m.Groups["nums"].Value))
        {
            var section = n.Value.TrimEnd('.');
            if (section.Length > 0 && section.Length <= 9)
            {
                found.Add(new Citation(document, section));
            }
        }
    }

    private static string? NameBefore(string before)
    {
        var sentenceStart = Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), 0);
        var window = before[sentenceStart..];
        var names = DocumentName().Matches(window);
        return names.Count == 0 ? null : names[^1].Value;
    }

    private static string Document(string? name)
    {
        if (name is null)
        {
            return PolicyDocument;
        }

        var n = name.ToLowerInvariant();
        if (OtherSubject().IsMatch(n))
        {
            return OtherDocument;
        }

        return n.Contains("procedure", StringComparison.Ordinal) ? ProcedureDocument : PolicyDocument;
    }

    [GeneratedRegex(@"\b(?:sections?|points?|paragraphs?|paras?|clauses?)\s*(?<nums>\d{1,2}(?:\.\d{1,2}){0,3}(?:\s*(?:,|and|&)\s*\d{1,2}(?:\.\d{1,2}){0,3})*)(?:\s+(?:of|in|within)\s+(?:(?:our|the|its)\s+)?(?<name>(?:[A-Za-z&]+\s+){0,5}?(?:Policy|Procedures?)))?", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(?:and|in|at|under)\s+(?<nums>\d{1,2}\.\d{1,2}(?:\.\d{1,2}){0,2})\s+(?:of|in|within)\s+(?:our|the|its)\s+(?<name>(?:[A-Za-z&]+\s+){0,5}?(?:Policy|Procedures?))", RegexOptions.IgnoreCase)]
    private static partial Regex BareReference();

    [GeneratedRegex(@"^\s*(?:of|in)\s+(?:this|the)\s+code\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisCode();

    [GeneratedRegex(@"(?:[A-Z][A-Za-z&_]*\s+|&\s+){0,5}(?i:Policy|Procedures?)\b")]
    private static partial Regex DocumentName();

    [GeneratedRegex(@"(compensation|adjustment|behaviour|unacceptable|unreasonable|equality|diversity|\bedi\b|safeguard|vulnerab|data|privacy|access to services|anti-social|\basb\b|letting|repair|persistent|vexatious)")]
    private static partial Regex OtherSubject();

    [GeneratedRegex(@"\d{1,2}(?:\.\d{1,2}){0,3}")]
    private static partial Regex Number();
}
