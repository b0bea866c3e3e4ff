using PolicyLint.Core.Assessments;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;
using PolicyLint.Testing;

namespace PolicyLint.Reporting.Tests;

/// <summary>
/// One report that exercises every part of every writer: a policy with a conflict, a warning on a
/// sub-item, a stricter timescale, a document-level finding and a suppressed one; a self-assessment
/// with an admitted, overdue gap; a cross-check; and a file that could not be read. The judge here
/// leaves provision 7.1 out on purpose, so the writers must fill it in as silent.
/// </summary>
public static class SampleReport
{
    public const string PolicyPath = "samples/Riverside policy.txt";
    public const string AssessmentPath = "samples/riverside-sa.txt";

    public static Report Create() => new(
        Build.Code("hos-test", "1.2: A complaint is any expression of dissatisfaction.", "2.3: Complaints about issues up to twelve months old are accepted.", "5.1: Acknowledge within five working days.", "6.19: A response covers the points listed.", "7.1: Name a member of the governing body responsible for complaints."),
        [Policy(), SelfAssessment()],
        [CrossCheck()],
        [new InputError("samples/scan.pdf", "the PDF is encrypted")],
        new DateOnly(2026, 11, 22));

    public static DocumentAnalysis Policy() =>
        Build.Analysis(PolicyPath)
            .Metadata("Riverside Homes complaints policy", "V3", "2021-05", "2024-05")
            .Extraction(new ExtractionInfo("text", null, ["line 14 holds a character that is not text"]))
            .Clause("1.1", "A complaint is an expression of dissatisfaction, however made.", "What a complaint is")
            .Clause("3.1", "We will not look at matters that happened more than six months ago.", "What we cannot consider")
            .Clause("5.2", "We will acknowledge your complaint within 2 working days of receipt — by phone or in writing.", "Stage one")
            .Clause("6.4", "Our response will tell you the outcome | and the reasons.", "Stage one")
            .Fact(new Fact(FactKinds.ExclusionWindow, "3.1", "more than six months ago") { Amount = 6, Unit = TimeUnits.Months })
            .Fact(new Fact(FactKinds.Timescale, "5.2", "within 2 working days of receipt") { Subject = "stage1.acknowledge", Amount = 2, Unit = TimeUnits.WorkingDays, From = "receipt" })
            .Fact(new Fact(FactKinds.InformalStage, "1.1", "however made") { Value = false })
            .Verdict("1.2", Verdict.Meets, "1.1")
            .Verdict("2.3", Verdict.Conflict, "3.1")
            .Verdict("5.1", Verdict.Stricter, "5.2")
            .Verdict(new ProvisionVerdict("6.19", Verdict.Warning, ["6.4"], 0.6125, Basis.Mapping))
            .Finding(Build.Finding("PL0001", null, Verdict.Warning, null, null, "The next review date (2024-05) has passed.", "Review the policy and record the new date.") with { RuleName = "ReviewDatePassed" })
            .Finding(Build.Finding("PL1002", "2.3", Verdict.Conflict, "3.1", "more than six months ago", "The policy refuses complaints older than six months; the Code accepts them up to twelve months.", "Accept complaints raised within twelve months of the issue.") with { RuleName = "ExclusionWindowShorterThanTwelveMonths", HelpUri = "https://example.org/rules/PL1002", Fingerprint = "3f9a1c" })
            .Finding(Build.Finding("PL2019", "6.19", Verdict.Warning, "6.4", "the outcome | and the reasons", "The response does not say it will cover the remedy.", "List what a stage one response covers.") with { Item = "g", Confidence = 0.6125 })
            .Finding(Build.Finding("PL1101", "5.1", Verdict.Stricter, "5.2", "within 2 working days of receipt", "Acknowledges sooner than the Code's five working days.", "None needed."))
            .Finding(Build.Finding("PL2001", "1.2", Verdict.Warning, "1.1", "however made", "Definition could be read narrowly.", "Use the Code's wording.") with { Suppressed = true, SuppressionJustification = "Reviewed by the complaints lead." })
            .Mapping("3.1", ("2.3", 0.91), ("1.2", 0.05), ("5.1", 0.03), ("6.19", 0.01))
            .Build();

    public static DocumentAnalysis SelfAssessment() =>
        Build.Analysis(AssessmentPath)
            .Metadata("Self-assessment 2024")
            .Extraction(new ExtractionInfo("pdf-ocr", 3, []) { OcrPages = [new OcrPage(1, 91.25), new OcrPage(2, 88.5)] })
            .Assessment(new Assessment(
                "hos-test",
                [
                    new AssessmentRow("1.2", "Yes") { Requirement = "Definition of a complaint", Evidence = "Policy section 1", Citations = [new Citation("policy", "1")] },
                    new AssessmentRow("2.3", "yes") { Evidence = "Policy point 8", Citations = [new Citation("policy", "8")], AnswerText = "Yes - see policy" },
                    new AssessmentRow("5.1", "No") { Action = "Change the acknowledgement letter", Target = "2024-09", Overdue = true, Commentary = "Letters go out late." },
                    new AssessmentRow("6.19", "partial") { Item = "g", Answers = [new DatedAnswer("2021-09", "yes"), new DatedAnswer("2020-11", "no", "No (in progress)")] },
                    new AssessmentRow("7.1", null) { Question = "Is there a member responsible for complaints?" },
                ])
            { Date = "2024-06-21" })
            .Verdict("1.2", Verdict.Silent)
            .Verdict("2.3", Verdict.Silent)
            .Verdict("5.1", Verdict.Silent)
            .Verdict("6.19", Verdict.Silent)
            .Verdict("7.1", Verdict.Silent)
            .Build();

    public static CrossCheck CrossCheck() => new(
        AssessmentPath,
        PolicyPath,
        [
            new CrossCheckItem("2.3", "claim-conflict", "Claims to accept twelve-month-old complaints; policy clause 3.1 says six months.") { Claimed = "yes", PolicyClause = "3.1" },
            new CrossCheckItem("2.3", "citation-mismatch", "Cites point 8, which is about remedies.") { Cited = "8" },
            new CrossCheckItem("5.1", "admitted-gap", "Admits late acknowledgements.") { Claimed = "no", Target = "2024-09", Overdue = true },
            new CrossCheckItem(null, "policy-version-mismatch", "The policy is V3; the self-assessment does not say which version it read."),
        ]);
}
