using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Facts;

/// <summary>
/// Finds the landlord's timescales and names them with the contract's subjects: stage1/stage2 ×
/// acknowledge/respond/extend, and escalation.window (the resident's time to ask for stage 2).
/// Two steps: <see cref="QuantityMentions"/> finds every quantity of time; then the cue lexicon
/// (corpus/lexicons/facts.yaml) decides its subject from the sentence, the sentences before it in
/// its clause and the clause's headings, nearest cue first. Timescales of other processes (appeals,
/// repairs, FOI, a stage 0 or a third stage) are reported with subject "other".
/// </summary>
public sealed partial class TimescaleExtractor : IFactExtractor
{
    private readonly Func<CueLexicon> lexicon;

    public TimescaleExtractor(Func<CueLexicon> lexicon)
    {
        this.lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    public static TimescaleExtractor Instance { get; } = new(() => CueLexicon.Default);

    [GeneratedRegex(@"^\s*(?:from|of|after|following|since)\s+[^.;,]{0,70}", RegexOptions.IgnoreCase)]
    private static partial Regex FromTail();

    [GeneratedRegex(@"^[^.]{0,90}?\bto\s+(?:request|ask|escalate|appeal|let\s+us\s+know|tell\s+us|come\s+back|contact\s+us|take\s+(?:it|the\s+complaint|your\s+complaint|this)\s+further)", RegexOptions.IgnoreCase)]
    private static partial Regex ToAskAfter();

    [GeneratedRegex(@"\bcomplain", RegexOptions.IgnoreCase)]
    private static partial Regex ComplaintWord();

    public IReadOnlyList<Fact> Extract(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var cues = lexicon();
        var facts = new List<Fact>();
        var sentences = TextSpans.Statements(clause);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var mentions = QuantityMentions.Find(sentence);
            for (var k = 0; k < mentions.Count; k++)
            {
                var mention = mentions[k];
                var (value, unit) = Quantities.Normalise(mention.High, mention.UnitPhrase);
                if (unit is TimeUnits.Months or TimeUnits.Years)
                {
                    // Months and years are windows (exclusions, records), not handling timescales.
                    continue;
                }

                var after = sentence[mention.End..];
                var tail = FromTail().Match(after);
                var regionStart = k == 0 ? 0 : Split(sentence, mentions[k - 1], mention);
                var regionEnd = k == mentions.Count - 1 ? sentence.Length : Split(sentence, mention, mentions[k + 1]);
                var context = new MentionContext(sentence, mention, regionStart, Math.Max(regionEnd, mention.End), tail.Length, sentences.Take(i).ToList(), clause.HeadingPath)
                {
                    Lead = sentence[..mentions[0].Index],
                };
                var subject = Subject(cues, context);
                var from = subject.EndsWith(".extend", StringComparison.Ordinal) ? null : From(cues, tail.Success ? tail.Value : string.Empty, subject);
                var quoteEnd = mention.End + (from is null ? 0 : tail.Length);
                var quote = sentence[mention.Index..Math.Min(sentence.Length, quoteEnd)].Trim().TrimEnd(',', ';', ':');
                facts.Add(new Fact(FactKinds.Timescale, clause.Id, quote)
                {
                    Subject = subject,
                    Amount = value,
                    Unit = unit,
                    From = from,
                    DaysUnqualified = Quantities.IsBareDays(mention.UnitPhrase),
                });
            }
        }

        return facts;
    }

    /// <summary>
    /// Where two quantities share a sentence ("10 working days for stage one and 20 for stage two"),
    /// the words between them are split at the last conjunction or comma: what comes before it
    /// describes the first quantity, the rest the second.
    /// </summary>
    private static int Split(string sentence, QuantityMention first, QuantityMention second)
    {
        var between = sentence[first.End..second.Index];
        var cut = Conjunction().Matches(between).LastOrDefault();
        return first.End + (cut?.Index ?? between.Length);
    }

    [GeneratedRegex(@"\s(?:and|or|but|while|whereas)\s|[;,]\s|\s[-–]\s", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();

    /// <summary>
    /// A quantity with what surrounds it: its own stretch of the sentence (<see cref="Before"/> and
    /// <see cref="After"/>), the sentence's opening words that all its quantities share
    /// (<see cref="Lead"/>), the sentences before it in the clause and the headings above.
    /// </summary>
    private sealed record MentionContext(string Sentence, QuantityMention Mention, int RegionStart, int RegionEnd, int TailLength, IReadOnlyList<string> Earlier, IReadOnlyList<string> Headings)
    {
        public string Lead { get; init; } = string.Empty;

        public string Before => Sentence[RegionStart..Mention.Index];

        public string After => Sentence[Mention.End..RegionEnd];

        /// <summary>The words after the quantity, without its clock start ("of acknowledgement").</summary>
        public string AfterTail => Sentence[Math.Min(RegionEnd, Mention.End + TailLength)..RegionEnd];

        public string Region => Sentence[RegionStart..RegionEnd];
    }

    private static string Subject(CueLexicon cues, MentionContext c)
    {
        if (IsOtherProcess(cues, c.Sentence) || (c.Headings.Count > 0 && IsOtherProcess(cues, c.Headings[^1])))
        {
            return "other";
        }

        var stage = StageOf(cues, c);
        if (stage == 0)
        {
            return "other";
        }

        if (IsExtension(cues, c))
        {
            return $"stage{stage}.extend";
        }

        if (IsResidentDeadline(cues, c))
        {
            return "escalation.window";
        }

        var verb = NearestVerb(cues, c.Before, string.Empty)
            ?? (c.RegionStart > 0 ? NearestVerb(cues, c.Lead, string.Empty) : null)
            ?? NearestVerb(cues, string.Empty, c.AfterTail);
        for (var i = c.Earlier.Count - 1; verb is null && i >= 0; i--)
        {
            verb = NearestVerb(cues, c.Earlier[i], string.Empty);
        }

        for (var i = c.Headings.Count - 1; verb is null && i >= 0; i--)
        {
            verb = NearestVerb(cues, c.Headings[i], string.Empty);
        }

        return verb is null ? "other" : $"stage{stage}.{verb}";
    }

    private static bool IsOtherProcess(CueLexicon cues, string text) =>
        cues.IsMatch(CueGroup.OtherProcess, text) && !ComplaintWord().IsMatch(text);

    /// <summary>
    /// 1 or 2 for a stage; 0 for a step outside the two stages. The cue nearest the number in its
    /// sentence decides, then the sentences before it in the clause, then the headings from the
    /// innermost out; with no cue at all the timescale is taken to be stage 1's.
    /// </summary>
    private static int StageOf(CueLexicon cues, MentionContext c)
    {
        var own = NearestStage(cues, c.Region, c.Mention.Index - c.RegionStart)
            ?? (c.RegionStart > 0 ? NearestStage(cues, c.Lead, c.Lead.Length) : null);
        if (own is not null)
        {
            return own.Value;
        }

        for (var i = c.Earlier.Count - 1; i >= 0; i--)
        {
            var earlier = NearestStage(cues, c.Earlier[i], c.Earlier[i].Length);
            if (earlier is not null)
            {
                return earlier.Value;
            }
        }

        for (var i = c.Headings.Count - 1; i >= 0; i--)
        {
            var heading = NearestStage(cues, c.Headings[i], c.Headings[i].Length);
            if (heading is not null)
            {
                return heading.Value;
            }
        }

        return 1;
    }

    private static int? NearestStage(CueLexicon cues, string text, int at)
    {
        (int Stage, int Distance)? best = null;
        foreach (var (group, stage) in new[] { (CueGroup.Stage1, 1), (CueGroup.Stage2, 2), (CueGroup.OutsideStages, 0) })
        {
            foreach (var m in cues.Matches(group, text))
            {
                // A cue after the number counts for a little less than one before it.
                var distance = m.Index + m.Length <= at ? at - (m.Index + m.Length) : (m.Index - at) + 20;
                if (best is null || distance < best.Value.Distance)
                {
                    best = (stage, distance);
                }
            }
        }

        return best?.Stage;
    }

    private static bool IsExtension(CueLexicon cues, MentionContext c)
    {
        if (c.Mention.ExtraAfter || cues.IsMatch(CueGroup.ExtendLead, c.Mention.Lead))
        {
            return true;
        }

        // "we may extend this by ...", "any extension will be no more than ...": an extension word
        // before the number, or opening a sentence whose quantities it governs.
        return cues.Matches(CueGroup.Extend, c.Before).Any(IsExtensionWord)
            || (c.RegionStart > 0 && cues.Matches(CueGroup.Extend, c.Lead).Any(IsExtensionWord));
    }

    private static bool IsExtensionWord(Match? cue) =>
        cue is not null && Regex.IsMatch(cue.Value, @"^(?:extend|extension|revised|new)", RegexOptions.IgnoreCase);

    /// <summary>"you will have 20 working days to ask us to escalate": the resident's deadline, not the landlord's.</summary>
    private static bool IsResidentDeadline(CueLexicon cues, MentionContext c)
    {
        var window = c.Before.Length > 70 ? c.Before[^70..] : c.Before;
        if (!cues.IsMatch(CueGroup.ResidentDeadline, window))
        {
            return false;
        }

        return ToAskAfter().IsMatch(c.After) || cues.IsMatch(CueGroup.Stage2, c.Sentence) || cues.IsMatch(CueGroup.FromResponse, c.After);
    }

    /// <summary>The action the timescale belongs to: the closest acknowledge/respond cue before it, else after it.</summary>
    private static string? NearestVerb(CueLexicon cues, string before, string after)
    {
        var ack = cues.Last(CueGroup.Acknowledge, before);
        var resp = cues.Last(CueGroup.Respond, before);
        if (ack is not null || resp is not null)
        {
            var ackAt = ack is null ? -1 : ack.Index + ack.Length;
            var respAt = resp is null ? -1 : resp.Index + resp.Length;
            return ackAt > respAt ? "acknowledge" : "respond";
        }

        // After the number, the clock-start words ("of acknowledgement") are not the action.
        var tail = FromTail().Match(after);
        var rest = tail.Success ? after[tail.Length..] : after;
        var ackAfter = cues.Match(CueGroup.Acknowledge, rest);
        var respAfter = cues.Match(CueGroup.Respond, rest);
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

    private static string? From(CueLexicon cues, string phrase, string subject)
    {
        if (phrase.Length == 0)
        {
            return null;
        }

        string? from = null;
        foreach (var (group, name) in new[]
        {
            (CueGroup.FromAcknowledgement, "acknowledgement"), (CueGroup.FromEscalation, "escalation-request"),
            (CueGroup.FromLogging, "logging"), (CueGroup.FromReceipt, "receipt"), (CueGroup.FromResponse, "response"),
        })
        {
            if (cues.IsMatch(group, phrase))
            {
                from = name;
                break;
            }
        }

        if (from is null && Regex.IsMatch(phrase, @"\b(?:issue|incident|event|occur\w*|aware)\b", RegexOptions.IgnoreCase))
        {
            from = "issue";
        }

        // At stage 2 "receipt" means receipt of the escalation request.
        if (from == "receipt" && subject.StartsWith("stage2.", StringComparison.Ordinal))
        {
            from = "escalation-request";
        }

        // "the stage 1 response" starts a stage 2 clock or the resident's window; for stage 1 itself it names the reply.
        if (from == "escalation-request" && subject.StartsWith("stage1.", StringComparison.Ordinal) && !Regex.IsMatch(phrase, @"escalat", RegexOptions.IgnoreCase))
        {
            from = null;
        }

        return from;
    }
}
