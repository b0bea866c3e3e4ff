using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Facts;

/// <summary>
/// Finds the landlord's timescales ("acknowledged within 2 working days of receipt") and names them with
/// the contract's subjects: stage1/stage2 × acknowledge/respond/extend, and escalation.window (the
/// resident's time to ask for stage 2). Timescales of other processes (appeals against contact
/// restrictions, defects periods, closing a case) are reported with subject "other".
/// </summary>
public sealed partial class TimescaleExtractor : IFactExtractor
{
    public static TimescaleExtractor Instance { get; } = new();

    [GeneratedRegex(@"(?<lead>\b(?:within|in|after|of|up\s+to|no\s+(?:more|later)\s+than|by|at\s+least|at\s+most|maximum\s+of|a\s+further|an\s+additional|a\s+further\s+period\s+of|an\s+extra|extended\s+by|extend\s+(?:this|it|the\s+\w+)?\s*by)\s+(?:(?:a|an|the|another|further|additional|extra|up\s+to|maximum\s+of|of)\s+)*)?\b" + Quantities.AmountPattern + @"\s+(?:further\s+|more\s+|additional\s+|extra\s+)?" + Quantities.UnitPattern + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex Timescale();

    [GeneratedRegex(@"^\s*(?:(?:from|of|after|following)\s+(?:the\s+)?(?:date\s+(?:of\s+)?|day\s+|point\s+)?(?:(?:we|the\s+landlord|it)\s+(?:received?|get|gets|got|receive)\s+|(?:of\s+)?)?(?<from>[^.;,]{0,70})|(?<none>))", RegexOptions.IgnoreCase)]
    private static partial Regex Tail();

    [GeneratedRegex(@"\b(appeal|restriction|behaviour|defects?|repairs?|review\s+period|no\s+further\s+contact|closed?|closing|compensation|insurance|mp\s+enquir|councillor\s+enquir|anti-social|subject\s+access|freedom\s+of\s+information|data\s+protection|retain|retention|kept\s+for|probationary|rent|arrears|surveys?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherProcess();

    [GeneratedRegex(@"\b(stage\s*(?:2|two)|second\s+stage|escalat\w*|final\s+(?:stage|response|review|answer|reply|decision)|review\s+stage|peer\s+review|look\s+(?:at\s+it\s+)?again|still\s+(?:unhappy|dissatisfied|not\s+happy|not\s+satisfied))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StageTwoWords();

    [GeneratedRegex(@"\b(stage\s*(?:1|one)|first\s+stage|initial\s+(?:stage|response|complaint))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StageOneWords();

    // Steps outside the two stages: a "stage 0" before stage 1, or a third stage after stage 2.
    [GeneratedRegex(@"\b(?:stage\s*(?:0|zero|3|three|iii)|third\s+stage|informal\w*|panel)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutsideTwoStages();

    [GeneratedRegex(@"\b(extend\w*|extension|further|additional|extra|longer|more\s+time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendWords();

    [GeneratedRegex(@"\b(acknowledg\w*|logg?\w*|register\w*|confirm\w*\s+(?:receipt|we\s+have|that\s+we)|(?:got|received)\s+(?:it|your\s+complaint)|let\s+you\s+know\s+we)", RegexOptions.IgnoreCase)]
    private static partial Regex AcknowledgeWords();

    [GeneratedRegex(@"\b(respon\w*|repl\w*|answer\w*|decision|outcome|findings|write\s+to\s+you|full\s+response|resolve\w*|investigat\w*|hear\s+(?:back\s+)?from\s+us|get\s+back\s+to\s+you|come\s+back\s+to\s+you)", RegexOptions.IgnoreCase)]
    private static partial Regex RespondWords();

    // The resident's own deadline to ask for stage 2: "you will have 20 working days ... to request".
    [GeneratedRegex(@"\b(?:have|has|allowed|given)\b[^.]{0,40}$|^[^.]{0,80}\bto\s+(?:request|ask|escalate|appeal|let\s+us\s+know|tell\s+us|come\s+back|contact\s+us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResidentWindowShape();

    [GeneratedRegex(@"\brequests?\s+(?:for|to)\s+(?:a\s+|an\s+|the\s+)?(?:escalat\w*|stage\s*(?:2|two)|review)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResidentAsks();

    [GeneratedRegex(@"\b(?:eight|8)\s+weeks?\b[^.]{0,120}\bombudsman|\bombudsman\b[^.]{0,120}\b(?:eight|8)\s+weeks?|designated\s+person", RegexOptions.IgnoreCase)]
    private static partial Regex OmbudsmanWait();

    public IReadOnlyList<Fact> Extract(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var facts = new List<Fact>();
        var context = string.Join(" / ", clause.HeadingPath);
        foreach (var sentence in TextSpans.Statements(clause))
        {
            foreach (Match m in Timescale().Matches(sentence))
            {
                var amount = Quantities.ParseAmount(m.Groups["amount"].Value);
                if (amount is null || amount <= 0)
                {
                    continue;
                }

                var (value, unit) = Quantities.Normalise(amount.Value, m.Groups["unit"].Value);
                if (unit == TimeUnits.Months || unit == TimeUnits.Years)
                {
                    // Months and years are windows (exclusions, records), not handling timescales.
                    continue;
                }

                var before = sentence[..m.Index];
                var after = sentence[(m.Index + m.Length)..];
                var tail = Tail().Match(after);
                var fromPhrase = tail.Groups["from"].Success ? tail.Groups["from"].Value : string.Empty;
                var subject = Subject(sentence, before, after, context, m.Groups["lead"].Value);
                var from = From(fromPhrase, subject);
                var quoteEnd = m.Index + m.Length + (from is null ? 0 : FromQuoteLength(after));
                var quote = sentence[m.Index..Math.Min(sentence.Length, quoteEnd)].Trim().TrimEnd(',', ';', ':');
                facts.Add(new Fact(FactKinds.Timescale, clause.Id, quote)
                {
                    Subject = subject,
                    Amount = value,
                    Unit = unit,
                    From = subject.EndsWith(".extend", StringComparison.Ordinal) ? null : from,
                });
            }
        }

        return facts;
    }

    private static string Subject(string sentence, string before, string after, string context, string lead)
    {
        if (OtherProcess().IsMatch(sentence) || OtherProcess().IsMatch(LastHeading(context)) || OmbudsmanWait().IsMatch(sentence)
            || OutsideTwoStages().IsMatch(sentence) || HeadingOutsideTwoStages(context))
        {
            return "other";
        }

        var stage = StageOf(sentence, context);
        var leadIsExtension = Regex.IsMatch(lead, @"further|additional|extra|extend", RegexOptions.IgnoreCase);
        if (leadIsExtension || (ExtendWords().IsMatch(sentence) && Regex.IsMatch(sentence, @"\bextend\w*|extension\b", RegexOptions.IgnoreCase)))
        {
            return $"stage{stage ?? 1}.extend";
        }

        if (IsResidentWindow(sentence, before, after))
        {
            return "escalation.window";
        }

        var verb = NearestVerb(before, after);
        if (verb is null)
        {
            return "other";
        }

        return $"stage{stage ?? 1}.{verb}";
    }

    /// <summary>"you will have 20 working days ... to ask us to escalate": the resident's deadline, not ours.</summary>
    private static bool IsResidentWindow(string sentence, string before, string after)
    {
        var haveBefore = Regex.IsMatch(before, @"\b(?:have|has|allowed|given|get)\b[^.]{0,25}$", RegexOptions.IgnoreCase);
        var toAskAfter = Regex.IsMatch(after, @"^[^.]{0,90}\bto\s+(?:request|ask|escalate|appeal|let\s+us\s+know|tell\s+us|come\s+back|contact\s+us|take\s+(?:it|the\s+complaint|your\s+complaint)\s+further)", RegexOptions.IgnoreCase);
        return (haveBefore && toAskAfter) || ResidentAsks().IsMatch(sentence) && Regex.IsMatch(before, @"\b(?:request|ask)\w*[^.]{0,60}\b(?:must|should|need\w*)\b[^.]{0,30}$", RegexOptions.IgnoreCase);
    }

    private static bool HeadingOutsideTwoStages(string context) => OutsideTwoStages().IsMatch(LastHeading(context));

    private static string LastHeading(string context)
    {
        var slash = context.LastIndexOf(" / ", StringComparison.Ordinal);
        return slash < 0 ? context : context[(slash + 3)..];
    }

    /// <summary>Stage 2 if the sentence speaks of escalation or stage two; else the heading decides.</summary>
    private static int? StageOf(string sentence, string context)
    {
        if (StageTwoWords().IsMatch(sentence))
        {
            return 2;
        }

        if (StageOneWords().IsMatch(sentence))
        {
            return 1;
        }

        var headings = context.Split(" / ");
        for (var i = headings.Length - 1; i >= 0; i--)
        {
            if (StageTwoWords().IsMatch(headings[i]))
            {
                return 2;
            }

            if (StageOneWords().IsMatch(headings[i]))
            {
                return 1;
            }
        }

        return null;
    }

    /// <summary>The action the timescale belongs to: the closest acknowledge/respond word before it, else after it.</summary>
    private static string? NearestVerb(string before, string after)
    {
        var ack = AcknowledgeWords().Matches(before).LastOrDefault();
        var resp = RespondWords().Matches(before).LastOrDefault();
        if (ack is not null || resp is not null)
        {
            var ackAt = ack?.Index ?? -1;
            var respAt = resp?.Index ?? -1;
            return ackAt > respAt ? "acknowledge" : "respond";
        }

        var ackAfter = AcknowledgeWords().Match(after);
        var respAfter = RespondWords().Match(after);
        if (!ackAfter.Success && !respAfter.Success)
        {
            return null;
        }

        if (!respAfter.Success)
        {
            return "acknowledge";
        }

        return !ackAfter.Success || respAfter.Index < ackAfter.Index ? "respond" : "acknowledge";
    }

    private static string? From(string phrase, string subject)
    {
        var p = phrase.ToLowerInvariant();
        if (p.Length == 0)
        {
            return null;
        }

        string? from = null;
        if (Regex.IsMatch(p, @"acknowledg|let(?:ting)?\s+you\s+know\s+(?:that\s+)?we(?:'ve|\s+have)\s+(?:got|received)|confirm\w*\s+(?:that\s+)?we(?:'ve|\s+have)\s+(?:got|received)"))
        {
            from = "acknowledgement";
        }
        else if (Regex.IsMatch(p, @"escalat|request|stage\s*(?:2|two)|review"))
        {
            from = "escalation-request";
        }
        else if (Regex.IsMatch(p, @"\blogg|\bregist|\brecorded"))
        {
            from = "logging";
        }
        else if (Regex.IsMatch(p, @"receipt|receiv|\bget\b|\bgot\b|arriv|made|raised|submitted|contact"))
        {
            from = "receipt";
        }
        else if (Regex.IsMatch(p, @"respon|reply|decision|letter|outcome"))
        {
            from = "response";
        }
        else if (Regex.IsMatch(p, @"\bissue\b|incident|event|occur|aware"))
        {
            from = "issue";
        }

        // At stage 2 "receipt" means receipt of the escalation request.
        if (from == "receipt" && subject.StartsWith("stage2.", StringComparison.Ordinal))
        {
            from = "escalation-request";
        }

        return from;
    }

    private static int FromQuoteLength(string after)
    {
        var m = Regex.Match(after, @"^\s*(?:from|of|after|following)\s+[^.;,]{0,70}", RegexOptions.IgnoreCase);
        return m.Success ? m.Length : 0;
    }
}
