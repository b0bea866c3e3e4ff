using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Facts;

/// <summary>
/// Finds the time limit after which complaints are not accepted ("a problem that happened more than six
/// months before", "within 12 months of the problem"). A defects period, a warranty, rent or tenancy periods
/// are not exclusion windows, and neither is anything outside the context of accepting complaints.
/// </summary>
public sealed partial class ExclusionWindowExtractor : IFactExtractor
{
    public static ExclusionWindowExtractor Instance { get; } = new();

    [GeneratedRegex(@"\b(?:more\s+than|over|older\s+than|longer\s+than|beyond|exceeding|in\s+excess\s+of|outside\s+(?:of\s+)?(?:a|the)?)\s+" + Quantities.AmountPattern + @"\s+" + Quantities.UnitPattern + @"(?:\s+(?:ago|old|after\s+[^.,;]{0,40}|since\s+[^.,;]{0,40}|from\s+[^.,;]{0,40}|of\s+[^.,;]{0,40}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Beyond();

    [GeneratedRegex(@"\bwithin\s+(?:the\s+)?" + Quantities.AmountPattern + @"\s+" + Quantities.UnitPattern + @"\s+(?:of|from|after)\s+(?:the\s+|when\s+|you\s+|a\s+|it\s+)?(?:date\s+(?:of\s+|that\s+|when\s+)?)?(?:issue|problem|matter|incident|event|occurr\w*|happen\w*|becom\w*\s+aware|first\s+aware|aware|it\s+happen\w*|the\s+thing|something|what)[^.,;]{0,40}", RegexOptions.IgnoreCase)]
    private static partial Regex Within();

    [GeneratedRegex(@"\b(defects?|warranty|guarantee|new[- ]build|rent|arrears|tenancy\s+(?:start|agreement)|retain|retention|records?\s+(?:are|will\s+be)\s+kept|appeal|restriction|review\s+period)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAWindow();

    [GeneratedRegex(@"\b(exclu\w*|will\s+not\s+(?:be\s+)?(?:consider|accept|investigat|deal|handle|look)\w*|not\s+(?:be\s+)?(?:able\s+to\s+)?(?:consider|accept|investigat)\w*|won't\s+(?:consider|accept|investigat|look)\w*|cannot\s+(?:consider|accept|investigat|look)\w*|time\s+limit|(?:we|you)\s+(?:will|can|must|should)\s+(?:only\s+)?(?:accept|consider|investigat|raise|make|complain)\w*|complain\w*\s+(?:is|are)\s+about|took\s+place|happened|raised\s+within|made\s+within|older|discretion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AcceptanceContext();

    public IReadOnlyList<Fact> Extract(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var facts = new List<Fact>();
        var inExclusions = clause.HeadingPath.Any(h => h.Contains("exclu", StringComparison.OrdinalIgnoreCase));
        foreach (var sentence in TextSpans.Statements(clause))
        {
            if (NotAWindow().IsMatch(sentence) || !(inExclusions || AcceptanceContext().IsMatch(sentence)))
            {
                continue;
            }

            foreach (var m in Beyond().Matches(sentence).Concat(Within().Matches(sentence)))
            {
                var amount = Quantities.ParseAmount(m.Groups["amount"].Value);
                if (amount is null)
                {
                    continue;
                }

                var (value, unit) = Quantities.Normalise(amount.Value, m.Groups["unit"].Value);
                if (unit is not (TimeUnits.Months or TimeUnits.Years or TimeUnits.Weeks) && !(unit == TimeUnits.CalendarDays && value >= 28))
                {
                    continue;
                }

                facts.Add(new Fact(FactKinds.ExclusionWindow, clause.Id, m.Value.Trim().TrimEnd(',', ';', '.'))
                {
                    Amount = value,
                    Unit = unit,
                    From = "issue",
                });
            }
        }

        return facts;
    }
}
