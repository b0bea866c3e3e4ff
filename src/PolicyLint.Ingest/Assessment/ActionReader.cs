namespace PolicyLint.Ingest.Assessment;

using System.Text.RegularExpressions;

/// <summary>Reads the improvement action and its target month from a row that admits a gap.</summary>
public static partial class ActionReader
{
    /// <summary>The action text ("Action: ..." or the sentences that promise work) and its target "YYYY-MM".</summary>
    public static (string? Action, string? Target) Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var flat = AssessmentText.CollapseSpaces(text.Replace('\n', ' '));
        string? action = null;
        var marker = ActionMarker().Match(flat);
        if (marker.Success)
        {
            action = flat[(marker.Index + marker.Length)..].Trim();
        }
        else
        {
            var promises = Sentence().Matches(flat).Select(m => m.Value.Trim()).Where(s => Promise().IsMatch(s)).ToList();
            if (promises.Count > 0)
            {
                action = string.Join(' ', promises);
            }
        }

        var source = action ?? flat;
        var target = TargetPhrase().Match(source) is { Success: true } t
            ? AssessmentText.FindMonthYear(t.Value)
            : AssessmentText.FindMonthYear(source);
        return (string.IsNullOrWhiteSpace(action) ? null : action, target);
    }

    [GeneratedRegex(@"\b(?:actions?|next steps?|improvement plan)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ActionMarker();

    [GeneratedRegex(@"[^.!?]+[.!?]?")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\b(will|to be|plan(?:ned)?|by (?:the end of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|target|due)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Promise();

    [GeneratedRegex(@"\b(?:by|before|in|from|due|target(?:ed)?(?: date)?:?|end of|complete(?:d)? by|commences in)\s+(?:the end of\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+20\d\d", RegexOptions.IgnoreCase)]
    private static partial Regex TargetPhrase();
}
