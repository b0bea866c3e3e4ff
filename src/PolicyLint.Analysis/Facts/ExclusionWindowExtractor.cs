using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Facts;

/// <summary>
/// Finds the limit on how old a matter may be and still be accepted as a complaint. A window is a
/// period of weeks, months or years (or 28 days and more) in one of three frames:
/// <list type="bullet">
/// <item>beyond: "more than 12 months ago", "older than six months", "over a year old";</item>
/// <item>recent: "in the last 12 months", "within the last six months", "from the past year";</item>
/// <item>within: "within six months of the problem happening", "up to 12 months after the issue",
/// or a table cell "6 months from the date of the issue".</item>
/// </list>
/// The frame alone is not enough: the period must count from an event of the matter (the problem,
/// when the resident became aware, "ago") or sit in a sentence about raising or accepting complaints
/// (the lexicon's <c>windowEvent</c> and <c>windowAcceptance</c> groups, checked in the sentence and
/// its headings). Records kept for six years, a defects period, a restriction reviewed every six
/// months or the Ombudsman's eight-week wait are not windows (<c>notAWindow</c>), and neither is a
/// period counted from a reply, which is a deadline for asking for stage 2.
/// </summary>
public sealed partial class ExclusionWindowExtractor : IFactExtractor
{
    private readonly Func<CueLexicon> lexicon;

    public ExclusionWindowExtractor(Func<CueLexicon> lexicon)
    {
        this.lexicon = lexicon;
    }

    public static ExclusionWindowExtractor Instance { get; } = new(() => CueLexicon.Default);

    private const string Period = @"(?:(?:a|an|one)\s+(?<single>year|month)|" + Quantities.AmountPattern + @"\s+" + Quantities.UnitPattern + @")\b";

    [GeneratedRegex(@"\b(?<frame>more\s+than|over|older\s+than|longer\s+than|beyond|exceeding|in\s+excess\s+of|outside\s+(?:of\s+)?(?:a|the)?)\s+" + Period, RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Beyond();

    [GeneratedRegex(@"\b(?:in|within|from|during|over)\s+the\s+(?:last|past|previous)\s+" + Period, RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Recent();

    [GeneratedRegex(@"(?:\b(?:within|up\s+to|no\s+(?:more|later)\s+than)\s+(?:the\s+)?|(?:^|\|\s*|\t))" + Period, RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Within();

    [GeneratedRegex(@"^\s*(?:of|from|after|since)\b(?<rest>[^.;|]{0,80})", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CountedFrom();

    public IReadOnlyList<Fact> Extract(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var cues = lexicon();
        var facts = new List<Fact>();
        var headingSaysWindow = clause.HeadingPath.Any(h => h.Contains("exclu", StringComparison.OrdinalIgnoreCase) || h.Contains("time limit", StringComparison.OrdinalIgnoreCase));
        var headingsAboutComplaints = headingSaysWindow || cues.IsMatch(CueGroup.WindowAcceptance, string.Join(" / ", clause.HeadingPath));
        foreach (var sentence in TextSpans.Statements(clause))
        {
            var found = new List<(Match Period, Match From, bool Anchored)>();
            // "more than 8 weeks" or "in the last 12 months" is a window only about a matter's age:
            // "more than 12 months ago", "things that happened in the last year".
            var aboutAMatter = cues.IsMatch(CueGroup.WindowEvent, sentence);
            foreach (Match m in Beyond().Matches(sentence).Concat(Recent().Matches(sentence)))
            {
                found.Add((m, CountedFromAfter(sentence, m), aboutAMatter));
            }

            foreach (Match m in Within().Matches(sentence))
            {
                if (found.Any(f => Overlaps(f.Period, m)))
                {
                    continue;
                }

                // "within 6 months of the problem" counts from the matter; "within 2 months of our reply" does not.
                var from = CountedFromAfter(sentence, m);
                var anchored = from.Success
                    ? cues.IsMatch(CueGroup.WindowEvent, from.Groups["rest"].Value) && !cues.IsMatch(CueGroup.FromResponse, from.Groups["rest"].Value)
                    : cues.IsMatch(CueGroup.WindowAcceptance, sentence[..m.Index]) && !cues.IsMatch(CueGroup.Respond, sentence[..m.Index]);
                if (from.Success && !anchored)
                {
                    continue;
                }

                found.Add((m, from, anchored));
            }

            var aboutComplaints = aboutAMatter || headingsAboutComplaints || cues.IsMatch(CueGroup.WindowAcceptance, sentence);
            foreach (var (m, from, anchored) in found.OrderBy(f => f.Period.Index))
            {
                if (!(anchored || headingSaysWindow) || !aboutComplaints
                    || !IsWindowPeriod(m, out var value, out var unit) || cues.IsMatch(CueGroup.NotAWindow, Around(sentence, m)))
                {
                    continue;
                }

                facts.Add(new Fact(FactKinds.ExclusionWindow, clause.Id, Quote(sentence, m, from))
                {
                    Amount = value,
                    Unit = unit,
                    From = "issue",
                });
            }
        }

        return facts;
    }

    /// <summary>The words near a period, up to the nearest clause break on each side.</summary>
    private static string Around(string sentence, Match m)
    {
        var start = Math.Max(0, m.Index - 60);
        var end = Math.Min(sentence.Length, m.Index + m.Length + 60);
        var before = sentence.LastIndexOfAny([',', ';', ':', '(', '|'], Math.Max(0, m.Index - 1));
        var after = sentence.IndexOfAny([',', ';', ')', '|'], m.Index + m.Length);
        return sentence[Math.Max(start, before + 1)..(after < 0 ? end : Math.Min(end, after))];
    }

    private static bool Overlaps(Match a, Match b) => a.Index < b.Index + b.Length && b.Index < a.Index + a.Length;

    private static Match CountedFromAfter(string sentence, Match period) => CountedFrom().Match(sentence[(period.Index + period.Length)..]);

    private static bool IsWindowPeriod(Match m, out decimal value, out string unit)
    {
        if (m.Groups["single"].Success)
        {
            (value, unit) = (1m, m.Groups["single"].Value.Equals("year", StringComparison.OrdinalIgnoreCase) ? TimeUnits.Years : TimeUnits.Months);
            return true;
        }

        (value, unit) = (0m, string.Empty);
        var amount = Quantities.ParseAmount(m.Groups["amount"].Value);
        if (amount is null)
        {
            return false;
        }

        (value, unit) = Quantities.Normalise(amount.Value, m.Groups["unit"].Value);
        return unit is TimeUnits.Months or TimeUnits.Years or TimeUnits.Weeks || (unit == TimeUnits.CalendarDays && value >= 28);
    }

    private static string Quote(string sentence, Match m, Match from)
    {
        var start = m.Index;
        while (start < sentence.Length && (sentence[start] == '|' || char.IsWhiteSpace(sentence[start])))
        {
            start++;
        }

        var end = m.Index + m.Length + (from.Success ? from.Length : 0);
        return sentence[start..Math.Min(end, sentence.Length)].Trim().TrimEnd(',', ';', '.');
    }
}
