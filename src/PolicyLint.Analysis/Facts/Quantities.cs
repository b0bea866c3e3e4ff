using System.Globalization;
using PolicyLint.Core.Findings;

namespace PolicyLint.Analysis.Facts;

/// <summary>Numbers written in digits or words, and time units.</summary>
public static class Quantities
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["a"] = 1, ["an"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["twenty-one"] = 21, ["twenty-five"] = 25,
        ["twenty-eight"] = 28, ["thirty"] = 30, ["forty"] = 40, ["forty-five"] = 45, ["sixty"] = 60, ["ninety"] = 90,
    };

    /// <summary>Regex alternation for an amount: digits, or a number word optionally followed by "(5)".</summary>
    public const string AmountPattern =
        @"(?<amount>\d{1,3}|twenty-one|twenty-five|twenty-eight|forty-five|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|sixty|ninety)(?:\s*\(\s*\d{1,3}\s*\))?";

    public const string UnitPattern =
        @"(?<unit>working\s+days?|work\s+days?|business\s+days?|clear\s+days?|calendar\s+days?|days?|weeks?|calendar\s+months?|months?|years?|hours?)";

    public static decimal? ParseAmount(string text)
    {
        var t = text.Trim();
        if (decimal.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return Words.TryGetValue(t, out var w) ? w : null;
    }

    /// <summary>Maps a unit phrase to the contract's unit names; hours become calendar days.</summary>
    public static (decimal Amount, string Unit) Normalise(decimal amount, string unitPhrase)
    {
        var u = unitPhrase.ToLowerInvariant();
        if (u.StartsWith("hour", StringComparison.Ordinal))
        {
            return (Math.Round(amount / 24m, 2), TimeUnits.CalendarDays);
        }

        if (u.Contains("working", StringComparison.Ordinal) || u.Contains("business", StringComparison.Ordinal) || u.StartsWith("work", StringComparison.Ordinal))
        {
            return (amount, TimeUnits.WorkingDays);
        }

        if (u.Contains("day", StringComparison.Ordinal))
        {
            return (amount, TimeUnits.CalendarDays);
        }

        if (u.StartsWith("week", StringComparison.Ordinal))
        {
            return (amount, TimeUnits.Weeks);
        }

        if (u.Contains("month", StringComparison.Ordinal))
        {
            return (amount, TimeUnits.Months);
        }

        return (amount, TimeUnits.Years);
    }

    /// <summary>True for "day" or "days" with no word saying which kind.</summary>
    public static bool IsBareDays(string unitPhrase) =>
        unitPhrase.Trim().ToLowerInvariant() is "day" or "days";

    /// <summary>An amount in working days, for comparing timescales stated in different units.</summary>
    public static decimal ToWorkingDays(decimal amount, string unit) => unit switch
    {
        TimeUnits.WorkingDays => amount,
        TimeUnits.CalendarDays => Math.Floor(amount * 5m / 7m),
        TimeUnits.Weeks => amount * 5m,
        TimeUnits.Months => amount * 21m,
        TimeUnits.Years => amount * 252m,
        _ => amount,
    };

    /// <summary>An amount in months, for comparing windows (the Code's twelve months).</summary>
    public static decimal ToMonths(decimal amount, string unit) => unit switch
    {
        TimeUnits.Years => amount * 12m,
        TimeUnits.Months => amount,
        TimeUnits.Weeks => Math.Round(amount / 4.345m, 2),
        TimeUnits.WorkingDays => Math.Round(amount / 21m, 2),
        TimeUnits.CalendarDays => Math.Round(amount / 30.44m, 2),
        _ => amount,
    };
}
