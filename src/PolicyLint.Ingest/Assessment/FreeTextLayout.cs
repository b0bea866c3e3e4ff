namespace PolicyLint.Ingest.Assessment;

using System.Text.RegularExpressions;
using PolicyLint.Core.Codes;

/// <summary>
/// Recovers rows from running text (a web page, or OCR where the columns interleave line by line).
/// Each answer ("Yes", "No", ...) anchors one row; numbers near it (exact "6.1", or garbled "61")
/// and section headings are hints that the aligner weighs with the text to place the row.
/// </summary>
public sealed partial class FreeTextLayout
{
    private const double NarrowExact = 4.0;
    private const double NarrowGarbled = 2.5;
    private const double WideExact = 2.5;
    private const double WideGarbled = 1.5;

    private readonly ProvisionIds ids;
    private readonly CodeCatalogue code;

    public FreeTextLayout(CodeCatalogue code, ProvisionIds ids)
    {
        this.code = code;
        this.ids = ids;
    }

    private sealed record AnswerHit(int Line, int Start, int End, string Text, bool Standalone);

    private sealed record IdHit(int Line, IdReading Reading, int End);

    /// <summary>
    /// The draft rows (provision hints filled, provision not yet decided), and a step to run once their
    /// provisions are set: it fills each row's text and returns the lines no row holds.
    /// </summary>
    public (List<DraftRow> Rows, Func<List<string>> Complete) Read(IReadOnlyList<FormLine> lines)
    {
        var furniture = new bool[lines.Count];
        var section = new int?[lines.Count];
        int? currentSection = null;
        var answers = new List<AnswerHit>();
        var idHits = new List<IdHit>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Replace('\t', ' ');
            var heading = SectionHeading(lines, i);
            if (heading is { } h)
            {
                currentSection = h.Section;
                furniture[i] = true;
                if (h.NextLineIsTitle && i + 1 < lines.Count)
                {
                    furniture[i + 1] = true;
                }
            }
            else if (FormLines.IsColumnHeader(text) || FormLines.IsLink(text) || FormLines.IsStageHeading(text) || FormLines.IsRule(text))
            {
                furniture[i] = true;
            }

            section[i] = currentSection;
            if (furniture[i])
            {
                continue;
            }

            var (readings, end) = ids.AtStart(text);
            idHits.AddRange(readings.Select(r => new IdHit(i, r, end)));
            if (FindAnswer(text, i) is { } a)
            {
                answers.Add(a);
            }
        }

        var drafts = new List<DraftRow>();
        for (var k = 0; k < answers.Count; k++)
        {
            var a = answers[k];
            var previous = k > 0 ? answers[k - 1].Line : -1;
            var next = k + 1 < answers.Count ? answers[k + 1].Line : lines.Count;
            var (narrowFrom, narrowTo) = a.Standalone ? (previous + 1, a.Line) : (a.Line, next - 1);
            var draft = new DraftRow { AnchorLine = a.Line, AnswerText = a.Text, Section = section[a.Line] };
            foreach (var hit in idHits.Where(h => h.Line > previous && h.Line < next))
            {
                var narrow = hit.Line >= narrowFrom && hit.Line <= narrowTo;
                draft.Hint(hit.Reading, hit.Reading.Exact ? (narrow ? NarrowExact : WideExact) : (narrow ? NarrowGarbled : WideGarbled));
            }

            draft.Requirement.Add(string.Join(' ', Enumerable.Range(narrowFrom, Math.Max(0, narrowTo - narrowFrom + 1))
                .Where(i => !furniture[i]).Select(i => lines[i].Text)));
            drafts.Add(draft);
        }

        // Once the aligner has set each draft's provision, rebuild each row's text from its region of lines.
        List<string> Complete()
        {
            var starts = new int[answers.Count];
            var idEnds = new Dictionary<int, int>();
            for (var k = 0; k < answers.Count; k++)
            {
                starts[k] = answers[k].Line;
                var provision = drafts[k].Provision;
                var previous = k > 0 ? answers[k - 1].Line : -1;
                var own = provision is null ? null : idHits
                    .Where(h => h.Reading.Provision == provision && h.Line > previous && h.Line < (k + 1 < answers.Count ? answers[k + 1].Line : lines.Count))
                    .OrderBy(h => Math.Abs(h.Line - answers[k].Line))
                    .FirstOrDefault();
                if (own is not null)
                {
                    idEnds[own.Line] = own.End;
                    if (own.Line < answers[k].Line)
                    {
                        starts[k] = own.Line;
                    }
                }
            }

            var unparsed = new List<string>();
            var placed = new bool[lines.Count];
            for (var k = 0; k < answers.Count; k++)
            {
                var draft = drafts[k];
                draft.Requirement.Clear();
                var end = k + 1 < answers.Count ? starts[k + 1] : lines.Count;
                for (var i = starts[k]; i < end; i++)
                {
                    if (furniture[i])
                    {
                        continue;
                    }

                    placed[i] = true;
                    var text = AssessmentText.CollapseSpaces(lines[i].Text.Replace('\t', ' '));
                    if (idEnds.TryGetValue(i, out var idEnd))
                    {
                        text = AssessmentText.CollapseSpaces(lines[i].Text.Replace('\t', ' ')[Math.Min(idEnd, lines[i].Text.Length)..]);
                        text = TrailingJunk().Replace(text, string.Empty);
                    }

                    if (i < answers[k].Line)
                    {
                        draft.Requirement.Add(text);
                    }
                    else if (i == answers[k].Line)
                    {
                        var raw = lines[i].Text.Replace('\t', ' ');
                        var before = AssessmentText.CollapseSpaces(raw[..answers[k].Start]);
                        var after = AssessmentText.CollapseSpaces(raw[answers[k].End..]);
                        if (idEnds.TryGetValue(i, out var e) && e <= answers[k].Start)
                        {
                            before = AssessmentText.CollapseSpaces(raw[e..answers[k].Start]);
                        }

                        draft.Requirement.Add(TrailingJunk().Replace(before, string.Empty));
                        draft.Evidence.Add(after);
                    }
                    else
                    {
                        draft.Evidence.Add(text);
                    }
                }
            }

            for (var i = 0; i < lines.Count; i++)
            {
                if (!placed[i] && !furniture[i])
                {
                    unparsed.Add(lines[i].Text.Trim());
                }
            }

            return unparsed;
        }

        return (drafts, Complete);
    }

    private AnswerHit? FindAnswer(string text, int line)
    {
        if (NotAnAnswer().IsMatch(text))
        {
            return null;
        }

        var start = AtStart().Match(text);
        if (start.Success)
        {
            var g = start.Groups["a"];
            var rest = text[(g.Index + g.Length)..];
            var word = g.Value.ToLowerInvariant();
            if (word.StartsWith('y') || rest.Trim().Length == 0 || NoFollower().IsMatch(rest))
            {
                return new AnswerHit(line, g.Index, g.Index + g.Length, g.Value, true);
            }
        }

        var mid = MidLine().Match(text);
        if (mid.Success)
        {
            var g = mid.Groups["a"];
            return new AnswerHit(line, g.Index, g.Index + g.Length, g.Value, false);
        }

        return null;
    }

    private (int Section, bool NextLineIsTitle)? SectionHeading(IReadOnlyList<FormLine> lines, int i)
    {
        var m = Heading().Match(lines[i].Text);
        if (!m.Success)
        {
            return null;
        }

        var number = m.Groups["n"].Value[0] - '0';
        var title = m.Groups["title"].Value;
        if (m.Groups["section"].Success && (m.Groups["mark"].Success || title.Length == 0))
        {
            return (number, false);
        }

        if (title.Length > 0)
        {
            return LooksLikeSectionTitle(title) ? (number, false) : null;
        }

        var next = i + 1 < lines.Count ? lines[i + 1].Text : string.Empty;
        return LooksLikeSectionTitle(next) ? (number, true) : null;
    }

    private bool LooksLikeSectionTitle(string text)
    {
        var words = AssessmentText.Words(text).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0 || words.Count > 8)
        {
            return false;
        }

        return code.Provisions.Select(p => p.SectionTitle).Distinct().Any(t =>
        {
            var titleWords = AssessmentText.Words(t).ToHashSet(StringComparer.Ordinal);
            var shared = titleWords.Count(words.Contains);
            return titleWords.Count > 0 && shared * 3 >= titleWords.Count * 2 && (shared >= 2 || titleWords.Count == 1)
                && words.Count <= titleWords.Count + 2;
        });
    }

    [GeneratedRegex(@"(?i)(yes\s*/\s*no|comply\s*:)")]
    private static partial Regex NotAnAnswer();

    [GeneratedRegex(@"^[\s\[\]|(]*(?<a>Yes|No|N/A|Partial(?:ly)?)(?=$|[\s.,;:–-])")]
    private static partial Regex AtStart();

    [GeneratedRegex(@"^(\s*$|\s*[-–:]|\s{2,}|\t)")]
    private static partial Regex NoFollower();

    [GeneratedRegex(@"(?<=\S)(?:\s*[\[|]\s*|\s+)(?<a>Yes|Partial(?:ly)?)(?=\s+[A-Z(]|\s*$)|(?:\s*[\[|]\s*|\s{2,})(?<a>No|N/A)(?=\s+[A-Z(]|\s*$)")]
    private static partial Regex MidLine();

    [GeneratedRegex(@"^\s*(?:(?<section>Section)\s+)?(?<n>[1-9])(?!\.\d)\s*(?<mark>[:.])?\s*(?<title>[A-Za-z&][^\t]*?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[\s'’‘:;|”“""\.,]+")]
    private static partial Regex TrailingJunk();
}
