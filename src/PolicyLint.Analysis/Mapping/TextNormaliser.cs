using System.Globalization;
using System.Text;

namespace PolicyLint.Analysis.Mapping;

/// <summary>
/// Splits text into lower-case word tokens. Numbers are normalised: a small number becomes its word
/// ("5" and "five" both give "five"), so timescales read the same in digits and words; any other number
/// becomes the token "num". Clause numbers such as "7.4.1" give "num" tokens too.
/// </summary>
public static class TextNormaliser
{
    public const string NumberToken = "num";

    private static readonly string[] SmallNumbers =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static readonly Dictionary<int, string> Tens = new()
    {
        [30] = "thirty",
        [40] = "forty",
        [60] = "sixty",
        [90] = "ninety",
    };

    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var digits = true;
        foreach (var raw in text)
        {
            var c = raw == '’' ? '\'' : raw;
            if (char.IsLetterOrDigit(c))
            {
                digits &= char.IsDigit(c);
                current.Append(char.ToLowerInvariant(c));
            }
            else if (c == '\'' && current.Length > 0)
            {
                // "customer's" → "customer": possessives and contractions carry no topic.
                Flush(tokens, current, digits);
                digits = true;
                current.Clear();
                current.Append('\'');
            }
            else
            {
                Flush(tokens, current, digits);
                digits = true;
                current.Clear();
            }
        }

        Flush(tokens, current, digits);
        return tokens;
    }

    private static void Flush(List<string> tokens, StringBuilder current, bool digits)
    {
        if (current.Length == 0 || current[0] == '\'')
        {
            return;
        }

        var token = current.ToString();
        if (!digits)
        {
            tokens.Add(token);
            return;
        }

        tokens.Add(NumberWord(token));
    }

    private static string NumberWord(string digits)
    {
        if (digits.Length > 3 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return NumberToken;
        }

        if (value < SmallNumbers.Length)
        {
            return SmallNumbers[value];
        }

        return Tens.TryGetValue(value, out var word) ? word : NumberToken;
    }
}
