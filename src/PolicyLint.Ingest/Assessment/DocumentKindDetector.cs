namespace PolicyLint.Ingest.Assessment;

using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;

/// <summary>
/// Tells a self-assessment from a policy. A self-assessment has the form's column headers and many
/// short rows answered Yes/No; a policy has numbered clauses of prose (often three levels deep) and no answers.
/// </summary>
public sealed partial class DocumentKindDetector : IDocumentKindDetector
{
    private const double Threshold = 4.0;

    public static DocumentKindDetector Instance { get; } = new();

    public DocumentKind Detect(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = FormLines.From(document);
        if (lines.Count == 0)
        {
            return DocumentKind.Unknown;
        }

        var text = string.Join('\n', lines.Select(l => l.Text));
        var head = string.Join('\n', lines.Take(40).Select(l => l.Text));
        var answers = lines.Count(l => l.Cells.Skip(1).Any(c => Answers.IsBareAnswer(c)) || AnswerLine().IsMatch(l.Text));
        var questions = lines.Count(l => l.Cells.Count >= 2 && l.Text.Contains('?', StringComparison.Ordinal) && l.Cells.Skip(1).Any(c => Answers.Classify(c) is not null));
        var clauses = lines.Count(l => Clause().IsMatch(l.Text) && !AnswerLine().IsMatch(l.Text) && !l.Cells.Skip(1).Any(c => Answers.Classify(c) is not null));
        var deepClauses = lines.Count(l => DeepClause().IsMatch(l.Text));

        var assessment = (ProvisionHeader().IsMatch(text) ? 3 : 0)
            + (ComplyHeader().IsMatch(text) ? 2 : 0)
            + (SelfAssessment().IsMatch(head) ? 2 : 0)
            + (Math.Min(answers, 30) / 3.0)
            + (Math.Min(questions, 15) / 3.0);
        // An unnumbered web page or leaflet still describes a complaints process in prose.
        var processProse = lines.Count(l => l.Text.Length >= 40 && ProcessProse().IsMatch(l.Text));
        var policy = (Math.Min(clauses, 60) / 6.0)
            + (Math.Min(processProse, 12) / 4.0)
            + (deepClauses >= 3 ? 2 : 0)
            + (PolicyTitle().IsMatch(head) ? 2 : 0);

        if (assessment >= Threshold && assessment > policy)
        {
            return DocumentKind.SelfAssessment;
        }

        return policy >= Threshold / 2 && policy >= assessment ? DocumentKind.Policy : DocumentKind.Unknown;
    }

    [GeneratedRegex(@"(?i)code\s+(provision|requirement|section)")]
    private static partial Regex ProvisionHeader();

    [GeneratedRegex(@"(?i)comply\s*:?\s*(\(?\s*y(es)?\s*/\s*n(o)?|$|\t)")]
    private static partial Regex ComplyHeader();

    [GeneratedRegex(@"(?i)self[\s-]*assessment")]
    private static partial Regex SelfAssessment();

    [GeneratedRegex(@"(?i)\b(?:complain\w*|stage\s*(?:1|2|one|two)|ombudsman|working\s+days|escalat\w*|acknowledg\w*)\b")]
    private static partial Regex ProcessProse();

    [GeneratedRegex(@"(?i)\bpolicy\b")]
    private static partial Regex PolicyTitle();

    [GeneratedRegex(@"(^|\s|[\[|])(Yes|No|N/A)(\s*$|\s+[A-Z]|\t)")]
    private static partial Regex AnswerLine();

    [GeneratedRegex(@"^\s*\d{1,2}(\.\d{1,2}){1,3}\.?\s+\S.{40,}")]
    private static partial Regex Clause();

    [GeneratedRegex(@"^\s*\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s+\S")]
    private static partial Regex DeepClause();
}
