using System.Text.RegularExpressions;

namespace PolicyLint.Analysis.Facts;

/// <summary>
/// One stated quantity of time in a sentence: "within 5 working days", "a further 10 to 20 days",
/// "15 or 21 working days". A range keeps both ends; it is judged by its upper bound.
/// </summary>
public sealed record QuantityMention(int Index, int Length, string Lead, decimal Low, decimal High, string UnitPhrase, bool ExtraAfter)
{
    public bool IsRange => Low != High;

    public int End => Index + Length;
}

/// <summary>Step one of fact extraction: find every quantity of time, before deciding what it is about.</summary>
public static partial class QuantityMentions
{
    private const string Lead = @"(?<lead>\b(?:within|in|after|of|up\s+to|no\s+(?:more|later|longer)\s+than|not\s+(?:more|longer)\s+than|by|at\s+least|at\s+most|maximum\s+(?:duration\s+)?(?:of\s+)?|a\s+further|an\s+additional|an\s+extra|another|extended\s+by|extend\s+(?:this|it|the\s+\w+)?\s*by|take|takes|allow|exceed)\s+(?:(?:a|an|the|first|another|further|additional|extra|up\s+to|maximum\s+of|of|period\s+of)\s+)*)?";

    [GeneratedRegex(Lead + @"\b" + Quantities.AmountPattern + @"(?:\s*(?:-|–|to|or|and)\s*(?<high>\d{1,3}|ten|fifteen|twenty|twenty-one|twenty-five|thirty))?\s+(?<extra>further\s+|more\s+|additional\s+|extra\s+)?" + Quantities.UnitPattern + @"\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Mention();

    public static IReadOnlyList<QuantityMention> Find(string sentence)
    {
        var found = new List<QuantityMention>();
        foreach (Match m in Mention().Matches(sentence))
        {
            var low = Quantities.ParseAmount(m.Groups["amount"].Value);
            if (low is null or <= 0)
            {
                continue;
            }

            var high = m.Groups["high"].Success ? Quantities.ParseAmount(m.Groups["high"].Value) ?? low.Value : low.Value;
            if (high < low)
            {
                high = low.Value;
            }

            found.Add(new QuantityMention(m.Index, m.Length, m.Groups["lead"].Value, low.Value, high, m.Groups["unit"].Value, m.Groups["extra"].Success));
        }

        return found;
    }
}
