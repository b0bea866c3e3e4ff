namespace PolicyLint.Ingest.Assessment;

using System.Text.RegularExpressions;

/// <summary>Classes a "Comply" cell: yes, no, partial, n/a, or null when it cannot be read.</summary>
public static partial class Answers
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Partial = "partial";
    public const string NotApplicable = "n/a";

    public static string? Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = Junk().Replace(text.Trim().ToLowerInvariant(), string.Empty);
        t = AssessmentText.CollapseSpaces(t);
        if (t.Length == 0)
        {
            return null;
        }

        if (NotApplicableText().IsMatch(t))
        {
            return NotApplicable;
        }

        if (PartialText().IsMatch(t))
        {
            return Partial;
        }

        if (YesText().IsMatch(t))
        {
            return Qualified().IsMatch(t) ? Partial : Yes;
        }

        if (NoText().IsMatch(t))
        {
            return No;
        }

        return null;
    }

    /// <summary>True when the cell says nothing but an answer (so it is not prose that merely starts with "No").</summary>
    public static bool IsBareAnswer(string text) => BareAnswer().IsMatch(Junk().Replace(text.Trim(), string.Empty).Trim());

    [GeneratedRegex(@"^[\s\[\]|(){}*•·:;,.'’‘""“”]+")]
    private static partial Regex Junk();

    [GeneratedRegex(@"^(n\s*/\s*a|na|not applicable)\b")]
    private static partial Regex NotApplicableText();

    [GeneratedRegex(@"^(partial|partially|partly|in part|part\b|guidance only)")]
    private static partial Regex PartialText();

    [GeneratedRegex(@"^(yes|y)\b")]
    private static partial Regex YesText();

    [GeneratedRegex(@"^yes\s*[-–—,:]?\s*(but|needs?|further|partial|partly|in part|improv|working towards|mostly|except|however|although)")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"^(no|n)\b")]
    private static partial Regex NoText();

    [GeneratedRegex(@"^(?i)(yes|no|n\s*/\s*a|partial(ly)?|partly|not applicable)[\s.]*$")]
    private static partial Regex BareAnswer();
}
