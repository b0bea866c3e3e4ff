using System.Text;

namespace PolicyLint.Ingest.Docx;

/// <summary>Turns a counter value into the text a list level shows for it.</summary>
public static class ListNumberFormatter
{
    private static readonly (int Value, string Numeral)[] RomanNumerals =
    [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ];

    public static string Format(int value, ListNumberFormat format) => format switch
    {
        ListNumberFormat.None or ListNumberFormat.Bullet => string.Empty,
        ListNumberFormat.DecimalZero => value is >= 0 and < 10 ? "0" + value : value.ToString(),
        ListNumberFormat.LowerLetter => Letters(value),
        ListNumberFormat.UpperLetter => Letters(value).ToUpperInvariant(),
        ListNumberFormat.LowerRoman => Roman(value),
        ListNumberFormat.UpperRoman => Roman(value).ToUpperInvariant(),
        _ => value.ToString(),
    };

    /// <summary>
    /// Word's lettering: a..z, then aa..zz, then aaa.. (the letter repeats; it does not carry like a base).
    /// A label longer than <see cref="InputLimits.MaxLabelLength"/> letters is shown as its decimal number,
    /// so a hostile start value cannot make a label of millions of letters.
    /// </summary>
    public static string Letters(int value)
    {
        if (value <= 0 || ((value - 1) / 26) + 1 > InputLimits.Default.MaxLabelLength)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var letter = (char)('a' + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    public static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return value.ToString();
        }

        var text = new StringBuilder();
        foreach (var (amount, numeral) in RomanNumerals)
        {
            while (value >= amount)
            {
                text.Append(numeral);
                value -= amount;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// A bullet's level text as a reader would see it. Symbol and Wingdings bullets are stored as
    /// private-use characters (U+F0B7 and friends); they all become "•".
    /// </summary>
    public static string Bullet(string levelText)
    {
        var trimmed = levelText.Trim();
        if (trimmed.Length == 0 || trimmed.Any(c => c is >= '\uF000' and <= '\uF0FF'))
        {
            return "•";
        }

        return trimmed;
    }
}
