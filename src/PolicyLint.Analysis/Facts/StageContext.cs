using System.Text.RegularExpressions;

namespace PolicyLint.Analysis.Facts;

/// <summary>
/// The stage a sentence of a clause is about, read the way a caseworker reads a web page: the sentence's
/// own words, else the nearest earlier sentence of its clause that names a stage, else the innermost
/// heading that does ("Reviewing our decision" ... "Please contact the manager, giving details of why").
/// </summary>
public static partial class StageContext
{
    [GeneratedRegex(@"\b(?:escalat\w*|stage\s*(?:2|two)|second\s+stage|review\s+(?:of\s+)?(?:the|your|their)\s+complaint|look\s+again|look\s+at\s+it\s+again|take\s+(?:it|the\s+complaint|your\s+complaint)\s+further|still\s+(?:unhappy|dissatisfied|not\s+happy))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex EscalationWords();

    /// <summary>2 for words of escalation or stage 2, 1 for stage 1 alone, 0 for neither.</summary>
    public static int Named(CueLexicon cues, string text)
    {
        ArgumentNullException.ThrowIfNull(cues);
        return EscalationWords().IsMatch(text) || cues.IsMatch(CueGroup.Stage2, text) ? 2
            : cues.IsMatch(CueGroup.Stage1, text) ? 1
            : 0;
    }

    /// <summary>
    /// 2 when the sentence at <paramref name="index"/> names stage 2 or escalation itself; otherwise the stage
    /// the nearest earlier sentence, then the innermost heading, names; 0 when nothing names a stage.
    /// A sentence that names only stage 1 is stage 1.
    /// </summary>
    public static int Of(CueLexicon cues, IReadOnlyList<string> headings, IReadOnlyList<string> sentences, int index)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(sentences);
        var own = Named(cues, sentences[index]);
        if (own != 0)
        {
            return own;
        }

        var earlier = sentences.Take(index).Reverse().Concat(headings.Reverse());
        return earlier.Select(text => Named(cues, text)).FirstOrDefault(stage => stage != 0);
    }
}
