namespace PolicyLint.Ingest.Assessment;

using System.Text.RegularExpressions;
using PolicyLint.Core.Assessments;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;

/// <summary>
/// Parses a self-assessment in any layout the team has met: table rows (DOCX, PDF, HTML), tab-separated
/// text with wrapped rows and stray tags, loose web-page text, and OCR text whose columns interleave.
/// Detects the form version (hos-2024, or the question/"Code section" forms of hos-2020 and hos-2022),
/// places every row on its 2024 provision, and reads answers, evidence, citations, actions and targets.
/// Never throws on bad input: what it cannot place goes to <see cref="Assessment.Unparsed"/>.
/// </summary>
public sealed partial class AssessmentParser : IAssessmentParser
{
    public const string Code2024 = "hos-2024";
    public const string Code2022 = "hos-2022";
    public const string Code2020 = "hos-2020";

    private const double OldFormMatchThreshold = 0.12;
    private const double ItemMatchThreshold = 0.15;

    private readonly CodeCatalogue code;
    private readonly DateOnly? asOf;
    private readonly ProvisionIndex index;
    private readonly ProvisionAligner aligner;
    private readonly ProvisionIds ids;
    private readonly List<Provision> formProvisions;

    /// <param name="code">The 2024 catalogue: rows are placed on its provisions, in its order.</param>
    /// <param name="asOf">When given, rows admitting a gap get Overdue = true once their target month has passed.</param>
    public AssessmentParser(CodeCatalogue code, DateOnly? asOf = null)
    {
        this.code = code ?? throw new ArgumentNullException(nameof(code));
        this.asOf = asOf;
        index = new ProvisionIndex(code);
        aligner = new ProvisionAligner(index);
        formProvisions = code.Provisions.Where(p => p.InForm).ToList();
        ids = new ProvisionIds(code.Provisions.Select(p => p.Id));
    }

    public Assessment Parse(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return ParseLines(FormLines.From(document));
        }
#pragma warning disable CA1031 // A self-assessment that defeats the parser still yields a (empty) result, never a crash.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new Assessment(Code2024, []) { Unparsed = [$"the self-assessment could not be parsed: {e.Message}"] };
        }
    }

    private Assessment ParseLines(IReadOnlyList<FormLine> lines)
    {
        var date = AssessmentDate(lines);
        var allText = string.Join('\n', lines.Select(l => l.Text));
        if (QuestionFormLayout.Looks(lines) && CountExactIds(lines) < 10)
        {
            var (drafts, unparsedQuestions, dates) = new QuestionFormLayout().Read(lines);
            var version = OldVersion(allText, dates.Concat([date]));
            var rows = drafts.Select(MapOldRow).ToList();
            return new Assessment(version, rows) { Unparsed = unparsedQuestions, Date = date ?? dates.FirstOrDefault() };
        }

        var tabular = lines.Any(l => l.FromTable) || lines.Count(l => l.Cells.Count >= 3) >= 5;
        List<DraftRow> found;
        List<string> unparsed;
        Func<List<string>>? complete = null;
        if (tabular)
        {
            (found, unparsed) = new CellRowLayout(ids).Read(lines);
        }
        else
        {
            (found, complete) = new FreeTextLayout(code, ids).Read(lines);
            unparsed = [];
        }

        if (OldSectionForm().IsMatch(allText) && !ProvisionHeader().IsMatch(allText))
        {
            complete?.Invoke();
            var version = OldVersion(allText, [date]);
            return new Assessment(version, found.Select(MapOldRow).ToList()) { Unparsed = unparsed, Date = date };
        }

        var items = found.Select(d => new AlignItem(d.IdHints, string.Join(' ', d.Requirement), d.Section)).ToList();
        var placed = aligner.Align(items, formProvisions);
        for (var k = 0; k < found.Count; k++)
        {
            found[k].Provision = placed[k] >= 0 ? formProvisions[placed[k]].Id : null;
        }

        if (complete is not null)
        {
            unparsed.AddRange(complete());
        }

        var result = new List<AssessmentRow>();
        foreach (var draft in found)
        {
            if (draft.Provision is null)
            {
                unparsed.Add(AssessmentText.JoinNonEmpty(" ", draft.Requirement.Concat([draft.AnswerText]).Concat(draft.Evidence)));
                continue;
            }

            result.Add(Build(draft, draft.Provision, null));
        }

        return new Assessment(Code2024, result) { Unparsed = unparsed.Where(u => u.Length > 0).ToList(), Date = date };
    }

    private AssessmentRow MapOldRow(DraftRow draft)
    {
        var question = AssessmentText.CollapseSpaces(string.Join(' ', draft.Requirement));
        var best = index.Rank(question).FirstOrDefault();
        var provision = best.Score >= OldFormMatchThreshold ? best.Provision : null;
        string? item = null;
        if (provision is not null && code.Find(provision) is { Items.Count: > 0 } p)
        {
            var itemScores = p.Items
                .Select(i => (Label: i.Split(':')[0].Trim(), Shared: Shared(question, i), Score: Overlap(question, i)))
                .OrderByDescending(x => x.Shared)
                .ThenByDescending(x => x.Score)
                .First();
            item = itemScores.Shared >= 2 && itemScores.Score >= ItemMatchThreshold ? itemScores.Label : null;
        }

        var row = Build(draft, provision, question);
        if (draft.DatedAnswers.Count > 0)
        {
            var latest = draft.DatedAnswers
                .OrderByDescending(a => a.Date ?? string.Empty, StringComparer.Ordinal)
                .First();
            row = row with
            {
                Answer = Answers.Classify(latest.Text),
                AnswerText = latest.Text.Length == 0 ? null : latest.Text,
                Answers = draft.DatedAnswers.Select(a => new DatedAnswer(a.Date, Answers.Classify(a.Text), a.Text.Length == 0 ? null : a.Text)).ToList(),
            };
        }

        return row with { Item = item };
    }

    private AssessmentRow Build(DraftRow draft, string? provision, string? question)
    {
        var requirement = Clean(string.Join(' ', draft.Requirement));
        var evidence = Clean(string.Join('\n', draft.Evidence.Where(e => e.Length > 0)));
        var commentary = Clean(string.Join('\n', draft.Commentary.Where(e => e.Length > 0)));
        var answerText = string.IsNullOrWhiteSpace(draft.AnswerText) ? null : AssessmentText.CollapseSpaces(AssessmentText.StripHtml(draft.AnswerText));
        var answer = Answers.Classify(answerText);
        var said = AssessmentText.JoinNonEmpty("\n", [evidence, commentary]);
        string? action = null;
        string? target = null;
        bool? overdue = null;
        if (answer is Answers.No or Answers.Partial)
        {
            (action, target) = ActionReader.Read(said);
            if (asOf is { } day && AssessmentText.EndOf(target) is { } due)
            {
                overdue = due < day;
            }
        }

        return new AssessmentRow(provision, answer)
        {
            Question = question,
            Requirement = requirement,
            Evidence = evidence,
            Commentary = commentary,
            AnswerText = answerText,
            Citations = CitationReader.Read(said),
            Action = action,
            Target = target,
            Overdue = overdue,
        };
    }

    private static string? Clean(string text)
    {
        var stripped = AssessmentText.StripHtml(text);
        var lines = stripped.Split('\n').Select(AssessmentText.CollapseSpaces).Where(l => l.Length > 0);
        var joined = string.Join('\n', lines);
        return joined.Length == 0 ? null : joined;
    }

    private static int Shared(string text, string other)
    {
        var a = AssessmentText.Words(text).ToHashSet(StringComparer.Ordinal);
        return AssessmentText.Words(other).Distinct().Count(a.Contains);
    }

    private static double Overlap(string text, string other)
    {
        var a = AssessmentText.Words(text).ToHashSet(StringComparer.Ordinal);
        var b = AssessmentText.Words(other).ToHashSet(StringComparer.Ordinal);
        return b.Count == 0 ? 0 : (double)b.Count(a.Contains) / b.Count;
    }

    private int CountExactIds(IReadOnlyList<FormLine> lines) =>
        lines.Select(l => ids.AtStart(l.Cells[0]).Readings).Where(r => r.Count > 0 && r[0].Exact).Select(r => r[0].Provision).Distinct().Count();

    private static string OldVersion(string text, IEnumerable<string?> dates)
    {
        var years = dates.Where(d => d is not null).Select(d => int.Parse(d![..4], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (years.Count > 0)
        {
            return years.Min() <= 2021 ? Code2020 : Code2022;
        }

        return OldSectionForm().IsMatch(text) ? Code2022 : Code2020;
    }

    private static string? AssessmentDate(IReadOnlyList<FormLine> lines)
    {
        foreach (var line in lines.Take(15).Where(l => !CodeDate().IsMatch(l.Text)))
        {
            if (AssessmentText.FindMonthYear(line.Text, withDay: true) is { } found)
            {
                return found;
            }
        }

        foreach (var line in lines.Where(l => Approved().IsMatch(l.Text) && !CodeDate().IsMatch(l.Text)))
        {
            if (AssessmentText.FindMonthYear(line.Text, withDay: true) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?i)(\bcode[ \t]+section\b|mandatory[ \t]+['‘’""]?must|best[ \t]+practice[ \t]+['‘’""]?should)")]
    private static partial Regex OldSectionForm();

    [GeneratedRegex(@"(?i)(into effect|into force|effective|came in)")]
    private static partial Regex CodeDate();

    [GeneratedRegex(@"(?i)\bcode[ \t]+provision")]
    private static partial Regex ProvisionHeader();

    [GeneratedRegex(@"(?i)\b(approved|signed off|agreed)\b")]
    private static partial Regex Approved();
}
