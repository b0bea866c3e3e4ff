using System.Text.RegularExpressions;

namespace PolicyLint.Ingest.Segmentation;

/// <summary>What sits at the start of a paragraph: a clause number, a sub-item label, or nothing.</summary>
public sealed record LeadingLabel(LabelKind Kind, string Value, string Rest);

public enum LabelKind
{
    None,
    ClauseNumber,
    Item,
}

/// <summary>Recognises clause numbers ("7.4.1", "7.4.1.", "3.") and item labels ("a.", "(b)", "iv)", "•", "-").</summary>
public static partial class ClauseNumbers
{
    // "7.4.1 Text", "7.4.1. Text", "3. Text"; a bare "2 working days" is not a number (no dot).
    [GeneratedRegex(@"^\s*(?<n>\d{1,3}(?:\.\d{1,3}){1,5})\.?(?:\s+|$)(?<rest>.*)$|^\s*(?<n>\d{1,3})\.(?:\s+|$)(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Typed();

    [GeneratedRegex(@"^\s*(?:[-–•·▪◦*]\s*)?(?:\(?(?<l>[a-z]|[ivx]{1,5})[.)]\s*)+(?<rest>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex Lettered();

    [GeneratedRegex(@"^\s*(?<l>[-–•·▪◦*])\s+(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Bullet();

    public static LeadingLabel Read(string text)
    {
        var typed = Typed().Match(text);
        if (typed.Success && !LooksLikeQuantity(typed.Groups["rest"].Value))
        {
            return new LeadingLabel(LabelKind.ClauseNumber, typed.Groups["n"].Value, typed.Groups["rest"].Value.Trim());
        }

        var lettered = Lettered().Match(text);
        if (lettered.Success)
        {
            var labels = lettered.Groups["l"].Captures;
            return new LeadingLabel(LabelKind.Item, labels[0].Value, lettered.Groups["rest"].Value.Trim());
        }

        var bullet = Bullet().Match(text);
        if (bullet.Success)
        {
            return new LeadingLabel(LabelKind.Item, "•", bullet.Groups["rest"].Value.Trim());
        }

        return new LeadingLabel(LabelKind.None, string.Empty, text.Trim());
    }

    /// <summary>Normalises a computed list label ("7.4.1.", "a)", "(iii)") to its bare value.</summary>
    public static LeadingLabel FromListNumber(string listNumber, string text)
    {
        var bare = listNumber.Trim().Trim('(', ')', '.', ' ');
        if (DottedNumber().IsMatch(bare))
        {
            return new LeadingLabel(LabelKind.ClauseNumber, bare, text.Trim());
        }

        return new LeadingLabel(LabelKind.Item, bare.Length == 0 ? "•" : bare, text.Trim());
    }

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3}){0,5}$")]
    private static partial Regex DottedNumber();

    /// <summary>"1.5 million" or "2.5 per cent" are quantities, not clause numbers.</summary>
    private static bool LooksLikeQuantity(string rest) =>
        rest.StartsWith("million", StringComparison.OrdinalIgnoreCase)
        || rest.StartsWith("per cent", StringComparison.OrdinalIgnoreCase)
        || rest.StartsWith('%');

    /// <summary>The parent of "7.4.1" is "7.4"; of "7" none.</summary>
    public static string? Parent(string id)
    {
        var dot = id.LastIndexOf('.');
        return dot < 0 ? null : id[..dot];
    }

    public static int Depth(string id) => id.Count(c => c == '.') + 1;
}
