using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PolicyLint.Analysis.Facts;
using PolicyLint.Core.Documents;

namespace PolicyLint.Analysis.Rules.Kinds;

/// <summary>Which clauses and sentences a text rule looks at: optional heading exclusions and a required context.</summary>
public sealed record ClauseScope(Regex? ExcludeHeadings, Regex? Context)
{
    public static ClauseScope From(RuleSpec rule) => new(
        Compile(rule.Text("excludeHeadings")),
        Compile(rule.Text("context")));

    // Every pattern a rule names is parsed once per process, however many documents and rules use it
    // (a Regex is immutable and safe to share between threads).
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    public static Regex? Compile(string? pattern) =>
        string.IsNullOrWhiteSpace(pattern) ? null : Compiled.GetOrAdd(pattern, p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    public bool Includes(Clause clause) =>
        ExcludeHeadings is null || !clause.HeadingPath.Any(h => ExcludeHeadings.IsMatch(h));

    /// <summary>The context pattern must match the sentence, or else the clause's headings.</summary>
    public bool InContext(Clause clause, string sentence) =>
        Context is null || Context.IsMatch(sentence) || clause.HeadingPath.Any(h => Context.IsMatch(h));

    public IEnumerable<(Clause Clause, string Sentence)> Sentences(IEnumerable<Clause> clauses) =>
        clauses.Where(Includes).SelectMany(c => TextSpans.Statements(c).Select(s => (c, s)));
}
