using System.Globalization;
using System.Text.RegularExpressions;
using PolicyLint.Analysis.Facts;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Rules.Kinds;

/// <summary>
/// Threshold on a landlord timescale (facts of one subject, e.g. stage1.acknowledge) against the Code's
/// limit, direction-aware: tighter is stricter, looser is conflict. With "openEnded", a clause that
/// allows delays or extensions at that stage without any stated cap is a warning.
/// </summary>
public sealed class TimescaleKind : IRuleKind
{
    public string Name => "timescale";

    public IReadOnlySet<string> ParameterNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "subject", "limit", "limits", "openEnded", "stage",
    };

    public IReadOnlyList<RuleOutcome> Evaluate(RuleSpec rule, PolicyEvidence evidence, CodeCatalogue code)
    {
        var subject = rule.Text("subject") ?? throw new InvalidDataException($"{rule.Id}: timescale rule needs 'subject'");
        var limit = Limit.For(rule, code);
        if (limit is null)
        {
            return [];
        }

        var outcomes = new List<RuleOutcome>();
        var facts = evidence.Facts.Where(f => f.Kind == FactKinds.Timescale && f.Subject == subject).ToList();
        foreach (var fact in facts)
        {
            var verdict = limit.Compare(fact.Amount ?? 0, fact.Unit ?? TimeUnits.WorkingDays, fact.From, fact.DaysUnqualified);
            var values = new Dictionary<string, string?>
            {
                ["amount"] = fact.Amount?.ToString("0.##", CultureInfo.InvariantCulture),
                ["unit"] = MessageTemplate.Unit(fact.Unit),
                ["from"] = MessageTemplate.From(fact.From),
                ["limitAmount"] = limit.Amount.ToString("0.##", CultureInfo.InvariantCulture),
                ["limitUnit"] = MessageTemplate.Unit(limit.Unit),
                ["limitFrom"] = MessageTemplate.From(limit.From),
                ["quote"] = fact.Quote,
            };
            foreach (var provision in rule.Provisions)
            {
                outcomes.Add(new RuleOutcome(provision, verdict, fact.Clause, fact.Quote, MessageTemplate.Fill(rule.MessageFor(verdict), values), 0.95));
            }
        }

        if (facts.Count == 0)
        {
            outcomes.AddRange(OpenEnded(rule, evidence));
        }

        return outcomes;
    }

    private static IEnumerable<RuleOutcome> OpenEnded(RuleSpec rule, PolicyEvidence evidence)
    {
        var open = rule.Map("openEnded");
        if (open.Count == 0 || open.GetValueOrDefault("pattern") is not string pattern)
        {
            yield break;
        }

        var delay = ClauseScope.Compile(pattern)!;
        var stage = open.GetValueOrDefault("stage") as string == "2" ? 2 : 1;
        var cues = Facts.CueLexicon.Default;
        foreach (var clause in evidence.Clauses)
        {
            var sentences = TextSpans.Statements(clause);
            for (var i = 0; i < sentences.Count; i++)
            {
                // The stage from the sentence, its clause's earlier sentences or its headings; a sentence
                // with no stage anywhere around it is stage 1's, as the timescale extractor reads it.
                var sentence = sentences[i];
                var named = Facts.StageContext.Of(cues, clause.HeadingPath, sentences, i);
                var sentenceStage = named == stage || (named == 0 && stage == 1);
                if (sentenceStage && delay.IsMatch(sentence))
                {
                    var message = rule.MessageFor(Verdict.Warning);
                    foreach (var provision in rule.Provisions)
                    {
                        yield return new RuleOutcome(provision, Verdict.Warning, clause.Id, MessageTemplate.Shorten(sentence), message, 0.8);
                    }

                    break;
                }
            }
        }
    }
}
