using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Facts;

/// <summary>
/// Facts about the shape of the process: how many stages, a step before stage 1, reasons demanded to
/// escalate, refusals to escalate and on what grounds, and the route to the Ombudsman.
/// </summary>
public sealed partial class ProcessFactsExtractor : IFactExtractor
{
    private readonly Func<CueLexicon> lexicon;

    public ProcessFactsExtractor(Func<CueLexicon> lexicon)
    {
        this.lexicon = lexicon;
    }

    public static ProcessFactsExtractor Instance { get; } = new(() => CueLexicon.Default);

    [GeneratedRegex(@"\b(?<n>one|two|three|four|single|1|2|3|4)[- ](?:stage|tier|step)d?\b(?:\s+(?:formal\s+)?(?:complaints?\s+)?(?:process|procedure|approach|system|policy|scheme))?|\b(?:has|have|with|of|in)\s+(?<n>two|three|four|2|3|4)\s+(?:formal\s+|separate\s+|complaint\s+)?stages\b", RegexOptions.IgnoreCase)]
    private static partial Regex StageCount();

    [GeneratedRegex(@"\b(?:stage\s*(?:3|three|iii)|third\s+(?:and\s+final\s+)?stage|(?:stage|tier)\s+(?:4|four))\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaterStage();

    [GeneratedRegex(@"\b(?:stage\s*(?:0|zero|nought)|informal\s+(?:complaints?\s+)?stage|informal\s+complaints?|pre[- ]complaint|pre[- ]stage|early\s+resolution\s+stage|local\s+resolution\s+stage|frontline\s+resolution\s+stage|informal\s+resolution\s+stage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedInformalStage();

    [GeneratedRegex(@"\bformal\s+(?:complaints?\s+)?(?:process|procedure|stage|complaint|route|investigation)", RegexOptions.IgnoreCase)]
    private static partial Regex FormalProcess();

    [GeneratedRegex(@"\bcomplain\w*", RegexOptions.IgnoreCase)]
    private static partial Regex ComplaintWord();

    [GeneratedRegex(@"\b(behaviour|behavior|unacceptable|unreasonable|restriction|conduct|persistent|vexatious|regulator|care\s+quality|cqc|lgsco|social\s+care)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTheComplaintProcess();




    [GeneratedRegex(@"\bnot\s+unreasonably\s+refus\w*", RegexOptions.IgnoreCase)]
    private static partial Regex NotUnreasonably();

    [GeneratedRegex(@"\b(?:eight|8)\s+weeks?\b|\bdesignated\s+person|democratic\s+filter|\b(?:mp|councillor|tenant\s+panel)s?\b[^.]{0,60}\brefer\w*\b[^.]{0,40}\bombudsman", RegexOptions.IgnoreCase)]
    private static partial Regex OmbudsmanWait();

    [GeneratedRegex(@"\b(?:no\s+longer|removed|abolished|ended|do\s+not\s+need\s+to\s+wait|don't\s+have\s+to\s+wait)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RouteEnded();

    public IReadOnlyList<Fact> Extract(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var facts = new List<Fact>();
        var context = string.Join(" / ", clause.HeadingPath);
        var outsideProcess = NotTheComplaintProcess().IsMatch(context);
        var sentences = TextSpans.Statements(clause);
        var cues = lexicon();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var local = outsideProcess || NotTheComplaintProcess().IsMatch(sentence);
            StageFacts(clause, sentence, local, facts);
            if (!local)
            {
                InformalStage(cues, clause, sentence, facts);
            }

            EscalationReasons(cues, clause, sentence, AboutEscalation(cues, clause.HeadingPath, sentences, i), context, facts);
            OmbudsmanRoute(clause, sentence, facts);
        }

        EscalationRefusal(cues, clause, sentences, facts);
        HeadingStage(clause, facts);
        return facts;
    }

    private static void StageFacts(Clause clause, string sentence, bool outsideProcess, List<Fact> facts)
    {
        if (outsideProcess)
        {
            return;
        }

        foreach (Match m in StageCount().Matches(sentence))
        {
            var n = m.Groups["n"].Value.ToLowerInvariant() switch
            {
                "one" or "single" or "1" => 1,
                "two" or "2" => 2,
                "three" or "3" => 3,
                _ => 4,
            };
            if (Regex.IsMatch(sentence, @"complain|process|procedure", RegexOptions.IgnoreCase))
            {
                facts.Add(new Fact(FactKinds.StageCount, clause.Id, m.Value.Trim()) { Amount = n });
            }
        }

        var later = LaterStage().Match(sentence);
        if (later.Success && !StageCount().IsMatch(sentence) && !Negated(sentence, later.Index))
        {
            facts.Add(new Fact(FactKinds.StageCount, clause.Id, later.Value.Trim()) { Amount = later.Value.Contains('4') || later.Value.Contains("four", StringComparison.OrdinalIgnoreCase) ? 4 : 3 });
        }
    }

    /// <summary>A section headed "Stage 3: Panel review" names a third stage even when its clauses do not.</summary>
    private static void HeadingStage(Clause clause, List<Fact> facts)
    {
        if (!clause.IsHeading || facts.Any(f => f.Kind == FactKinds.StageCount))
        {
            return;
        }

        var title = clause.Text.Split('\n')[0];
        var later = LaterStage().Match(title);
        if (later.Success)
        {
            facts.Add(new Fact(FactKinds.StageCount, clause.Id, title.Trim()) { Amount = later.Value.Contains('4') || later.Value.Contains("four", StringComparison.OrdinalIgnoreCase) ? 4 : 3 });
        }
    }

    private static void InformalStage(CueLexicon cues, Clause clause, string sentence, List<Fact> facts)
    {
        var named = NamedInformalStage().Match(sentence);
        if (named.Success)
        {
            var negated = Negated(sentence, named.Index);
            facts.Add(new Fact(FactKinds.InformalStage, clause.Id, negated ? sentence : named.Value.Trim()) { Value = !negated, Subject = "named" });
            return;
        }

        // A step before the procedure: sent to the service first, or settled informally first, in a sentence
        // about complaints that is not itself about stage 1.
        var first = cues.Match(CueGroup.ResolveFirst, sentence);
        if (first.Success && !Negated(sentence, first.Index) && !cues.IsMatch(CueGroup.Stage1, sentence)
            && (FormalProcess().IsMatch(sentence) || ComplaintWord().IsMatch(sentence) || clause.HeadingPath.Any(ComplaintWord().IsMatch)))
        {
            facts.Add(new Fact(FactKinds.InformalStage, clause.Id, sentence.Trim()) { Value = true, Subject = "implied" });
        }
    }

    /// <summary>"We do not use an informal stage": a negation shortly before the words that matched.</summary>
    private static bool Negated(string sentence, int index)
    {
        var before = sentence[Math.Max(0, index - 50)..index];
        return Regex.IsMatch(before, @"\b(?:not|no|never|without|nor|neither|instead\s+of)\b|n't\b", RegexOptions.IgnoreCase);
    }

    /// <summary>
    /// Reasons demanded for stage 2: in a sentence about escalating, an obligation ("you need to",
    /// "please", "by", "setting out"), then a verb of telling, then what is to be told ("why", "which
    /// parts", "what you remain unhappy with"), in that order. The landlord telling the resident why
    /// ("we will tell you why") is not a demand; a waiver ("you don't have to tell us why") records
    /// that reasons are not required.
    /// </summary>
    private static void EscalationReasons(CueLexicon cues, Clause clause, string sentence, bool aboutEscalation, string context, List<Fact> facts)
    {
        if (!aboutEscalation)
        {
            return;
        }

        if (NotTheComplaintProcess().IsMatch(context))
        {
            return;
        }

        var demanded = ReasonsDemanded(cues, sentence);
        var waived = cues.IsMatch(CueGroup.ReasonsWaived, sentence);
        if (demanded && !waived)
        {
            facts.Add(new Fact(FactKinds.Stage2ReasonsRequired, clause.Id, sentence) { Value = true });
        }
        else if (waived && (demanded || cues.IsMatch(CueGroup.ReasonsObject, sentence)))
        {
            facts.Add(new Fact(FactKinds.Stage2ReasonsRequired, clause.Id, sentence) { Value = false });
        }
    }

    /// <summary>
    /// Whether a sentence speaks of asking for stage 2: it names stage 2 or escalation itself, or its
    /// context does (<see cref="StageContext"/>). A sentence naming only stage 1 ("dissatisfied with the
    /// outcome at stage 1") still takes its stage from the context, since the demand is made to go on.
    /// </summary>
    private static bool AboutEscalation(CueLexicon cues, IReadOnlyList<string> headings, IReadOnlyList<string> sentences, int index)
    {
        if (StageContext.Named(cues, sentences[index]) == 2)
        {
            return true;
        }

        var earlier = sentences.Take(index).Reverse().Concat(headings.Reverse());
        return earlier.Select(text => StageContext.Named(cues, text)).FirstOrDefault(stage => stage != 0) == 2;
    }

    private const int DemandSpan = 100;

    private static bool ReasonsDemanded(CueLexicon cues, string sentence)
    {
        foreach (var what in cues.Matches(CueGroup.ReasonsObject, sentence))
        {
            var start = Math.Max(0, what.Index - DemandSpan);
            var before = sentence[start..what.Index];
            var verbs = cues.Matches(CueGroup.ReasonsVerb, before)
                .Where(v => !LandlordTells().IsMatch(before[(v.Index + v.Length)..]))
                .ToList();
            if (verbs.Count == 0)
            {
                continue;
            }

            var lastVerb = verbs[^1].Index;
            if (cues.Matches(CueGroup.ReasonsObligation, before).Any(o => o.Index <= lastVerb && !LandlordObliged().IsMatch(before[..o.Index])))
            {
                return true;
            }

            // An instruction: the verb of telling opens the sentence ("Just let the team know why").
            if (verbs.Any(v => Imperative().IsMatch(sentence[..(start + v.Index)])))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?:to\s+)?(?:you|the\s+(?:resident|customer|complainant|tenant)s?|them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LandlordTells();

    // What may come before the verb of an instruction: a leading condition or purpose ("If you want a
    // review, ", "To ask for stage 2, "), then nothing or a softening adverb or two.
    [GeneratedRegex(@"^(?:\W*(?:if|when|once|where|to)\b[^,;:]{0,100}[,;:])?\W*(?:(?:just|simply|then|so|and|also|please|now)\W+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Imperative();

    [GeneratedRegex(@"\b(?:we|we'll|we’ll|we\s+will|our\s+\w+)\s*(?:will\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LandlordObliged();

    /// <summary>
    /// Escalation withheld ("we may confirm a final decision at stage 1", "will not be escalated"), and the
    /// grounds given for it: a ground section 2 of the Code does not recognise (the merits as the landlord
    /// sees them, "no new information") makes the refusal a breach; a refusal with no such ground is recorded
    /// as limited.
    /// </summary>
    private static void EscalationRefusal(CueLexicon cues, Clause clause, IReadOnlyList<string> sentences, List<Fact> facts)
    {
        var text = string.Join(" ", sentences);
        var refusals = cues.Matches(CueGroup.EscalationWithheld, text).ToList();
        if (refusals.Count == 0 || (refusals.Count == 1 && NotUnreasonably().Match(text) is { Success: true } not && not.Index <= refusals[0].Index))
        {
            return;
        }

        var grounds = sentences.Select(s => (Sentence: s, Ground: cues.Match(CueGroup.RefusalGround, s))).Where(x => x.Ground.Success).ToList();
        if (grounds.Count > 0)
        {
            foreach (var (sentence, ground) in grounds)
            {
                facts.Add(new Fact(FactKinds.EscalationRefusal, clause.Id, sentence) { Value = true, Subject = ground.Value.ToLowerInvariant() });
            }
        }
        else
        {
            facts.Add(new Fact(FactKinds.EscalationRefusal, clause.Id, refusals[0].Value) { Value = false });
        }
    }

    private static void OmbudsmanRoute(Clause clause, string sentence, List<Fact> facts)
    {
        var wait = OmbudsmanWait().Match(sentence);
        if (!wait.Success)
        {
            return;
        }

        var aboutOmbudsman = Regex.IsMatch(sentence, @"ombudsman|designated\s+person", RegexOptions.IgnoreCase);
        if (!aboutOmbudsman)
        {
            return;
        }

        facts.Add(new Fact(FactKinds.OmbudsmanWait, clause.Id, sentence) { Value = !RouteEnded().IsMatch(sentence) });
    }
}
