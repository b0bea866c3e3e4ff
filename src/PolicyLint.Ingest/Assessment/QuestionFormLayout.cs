namespace PolicyLint.Ingest.Assessment;

using System.Text.RegularExpressions;

/// <summary>
/// Reads the 2020 (and 2022 question-style) form: a question per row and one answer column per
/// assessment date ("Sept 2021", "Nov 2020"). Questions and answers wrap onto following lines.
/// </summary>
public sealed partial class QuestionFormLayout
{
    public (List<DraftRow> Rows, List<string> Unparsed, IReadOnlyList<string?> Dates) Read(IReadOnlyList<FormLine> lines)
    {
        var rows = new List<DraftRow>();
        var unparsed = new List<string>();
        IReadOnlyList<string?> dates = [];
        DraftRow? current = null;
        List<string>[] answers = [];
        var complete = false;

        void Close()
        {
            if (current is not null)
            {
                for (var c = 0; c < answers.Length; c++)
                {
                    var text = string.Join(' ', answers[c]).Trim();
                    current.DatedAnswers.Add((c < dates.Count ? dates[c] : null, text));
                }

                rows.Add(current);
            }

            current = null;
            complete = false;
        }

        foreach (var line in lines)
        {
            var cells = line.Cells.Select(c => AssessmentText.CollapseSpaces(AssessmentText.StripHtml(c))).ToList();
            var first = cells[0];
            var dated = cells.Skip(1).Select(c => AssessmentText.FindMonthYear(c)).ToList();
            if (dated.Count(d => d is not null) >= 1 && Requirement().IsMatch(first))
            {
                Close();
                dates = dated.Where(d => d is not null).ToList();
                continue;
            }

            if (Requirement().IsMatch(first) || (first.Length == 0 && cells.Skip(1).All(c => c.Length == 0 || SelfAssessmentWord().IsMatch(c))))
            {
                Close();
                continue;
            }

            var answerCells = cells.Skip(1).Take(Math.Max(dates.Count, 1)).ToList();
            var startsQuestion = QuestionStart().Match(first);
            if (startsQuestion.Success && (current is null || complete || startsQuestion.Index == 0))
            {
                Close();
                current = new DraftRow { AnchorLine = line.Index };
                answers = Enumerable.Range(0, Math.Max(dates.Count, 1)).Select(_ => new List<string>()).ToArray();
                if (startsQuestion.Index > 0)
                {
                    unparsed.Add(first[..startsQuestion.Index].Trim());
                }

                current.Requirement.Add(first[startsQuestion.Index..]);
                complete = first.TrimEnd().EndsWith('?');
                AddAnswers(answerCells);
                continue;
            }

            var continuesQuestion = current is not null && !complete && first.Length > 0
                && (first.TrimEnd().EndsWith('?') || !char.IsUpper(first[0]));
            if (continuesQuestion)
            {
                current!.Requirement.Add(first);
                complete = first.TrimEnd().EndsWith('?');
                AddAnswers(answerCells);
                continue;
            }

            if (current is not null && first.Length == 0)
            {
                AddAnswers(answerCells);
                continue;
            }

            Close();
            var rest = string.Join(' ', cells.Where(c => c.Length > 0));
            if (rest.Length > 0)
            {
                unparsed.Add(rest);
            }
        }

        Close();
        return (rows, unparsed, dates);

        void AddAnswers(List<string> cellsForDates)
        {
            for (var c = 0; c < cellsForDates.Count && c < answers.Length; c++)
            {
                if (cellsForDates[c].Length > 0)
                {
                    answers[c].Add(cellsForDates[c]);
                }
            }
        }
    }

    /// <summary>True when the lines look like a question-style form (many questions with answer cells).</summary>
    public static bool Looks(IReadOnlyList<FormLine> lines) =>
        lines.Count(l => l.Cells.Count >= 2 && QuestionStart().IsMatch(l.Cells[0]) && l.Cells.Skip(1).Any(c => Answers.Classify(c) is not null)) >= 5;

    [GeneratedRegex(@"(?i)^(code|codo|cade)\s+requirement")]
    private static partial Regex Requirement();

    [GeneratedRegex(@"(?i)self\s+assessm")]
    private static partial Regex SelfAssessmentWord();

    [GeneratedRegex(@"\b(Does|Do|Is|Are|Has|Have|Can|Were|Was|Did|If|What|Where|When|How|Which|Who)\b(?=\s+[a-z])")]
    private static partial Regex QuestionStart();
}
