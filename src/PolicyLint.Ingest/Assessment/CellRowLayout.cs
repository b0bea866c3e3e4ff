namespace PolicyLint.Ingest.Assessment;

/// <summary>
/// Recovers rows from cells: a word-processor or PDF table (Block rows) or tab-separated text. A row
/// starts at a line whose first cell holds a provision number (or whose answer cell holds an answer);
/// a line with an empty first cell continues the row above, cell by cell.
/// </summary>
public sealed class CellRowLayout
{
    private const double Exact = 4.0;
    private const double Garbled = 2.5;

    private readonly ProvisionIds ids;

    public CellRowLayout(ProvisionIds ids)
    {
        this.ids = ids;
    }

    public (List<DraftRow> Rows, List<string> Unparsed) Read(IReadOnlyList<FormLine> lines)
    {
        var rows = new List<DraftRow>();
        var unparsed = new List<string>();
        DraftRow? current = null;
        List<string>[]? cells = null;

        void Close()
        {
            if (current is not null && cells is not null)
            {
                Fill(current, cells);
            }

            current = null;
            cells = null;
        }

        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (line.Cells.Count < 2)
            {
                // Text outside the table: headings, notes, page furniture. It ends the row above.
                Close();
                if (!FormLines.IsColumnHeader(text) && !FormLines.IsStageHeading(text) && !FormLines.IsRule(text))
                {
                    unparsed.Add(text);
                }

                continue;
            }

            if (line.IsHeader || FormLines.IsRule(text) || line.Cells.Any(c => FormLines.IsColumnHeader(c) && c.Trim().Length > 0 && Answers.Classify(c) is null))
            {
                Close();
                continue;
            }

            var first = line.Cells[0].Trim();
            var (readings, _) = ids.AtStart(first);
            var answerCell = line.Cells.Count > 2 ? line.Cells[2] : string.Empty;
            var answered = Answers.Classify(answerCell) is not null;
            var startsRow = readings.Count > 0 || (answered && (first.Length > 0 || line.FromTable));
            if (startsRow || current is null)
            {
                Close();
                current = new DraftRow { AnchorLine = line.Index };
                foreach (var r in readings)
                {
                    current.Hint(r, r.Exact ? Exact : Garbled);
                }

                cells = new List<string>[Math.Max(line.Cells.Count, 5)];
                for (var c = 0; c < cells.Length; c++)
                {
                    cells[c] = [];
                }

                if (readings.Count == 0 && first.Length > 0)
                {
                    // No readable number: the first cell may be the requirement itself.
                    cells[0].Add(first);
                }
            }

            for (var c = 1; c < line.Cells.Count; c++)
            {
                if (c >= cells!.Length)
                {
                    Array.Resize(ref cells, c + 1);
                    cells[c] = [];
                }

                var cell = AssessmentText.StripHtml(line.Cells[c]).Trim();
                if (cell.Length > 0)
                {
                    cells[c].Add(cell);
                }
            }
        }

        Close();
        return (rows, unparsed);

        void Fill(DraftRow row, List<string>[] columns)
        {
            var requirement = Join(columns[0].Concat(columns[1]));
            row.Requirement.Add(requirement);
            row.AnswerText = Join(columns[2]);
            row.Evidence.Add(Join(columns[3]));
            row.Commentary.Add(Join(columns.Skip(4).SelectMany(c => c)));
            rows.Add(row);
        }
    }

    /// <summary>Cell fragments split by a wrapped line join with a space; list items and paragraphs keep their own lines.</summary>
    private static string Join(IEnumerable<string> fragments)
    {
        var result = string.Empty;
        foreach (var f in fragments)
        {
            if (result.Length == 0)
            {
                result = f;
                continue;
            }

            var continues = !result.EndsWith('.') && !result.EndsWith(':') && !result.EndsWith(';') && !result.Contains('\n', StringComparison.Ordinal)
                && !f.Contains('\n', StringComparison.Ordinal) && f.Length > 0 && char.IsLower(f[0]);
            result += (continues ? " " : "\n") + f;
        }

        return result;
    }
}
