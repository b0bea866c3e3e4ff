using PolicyLint.Core.Pipeline;
using PolicyLint.Reporting.Text;
using PolicyLint.Testing;

namespace PolicyLint.Reporting.Tests;

public sealed class TextReportWriterTests
{
    private static string Text() => Render.With(TextReportWriter.Instance, SampleReport.Create());

    [Fact]
    public void Should_Match_The_Golden_File_For_The_Sample_Report()
    {
        Golden.Match(Text(), "tests/PolicyLint.Reporting.Tests/Golden/sample.report.txt");
    }

    [Fact]
    public void Should_Count_Verdicts_Per_Document_Including_Provisions_The_Judge_Left_Out()
    {
        Text().Should().Contain("Verdicts against hos-test: 1 conflict, 1 warning, 1 stricter, 1 meets, 1 silent");
    }

    [Fact]
    public void Should_List_Conflicts_Before_Warnings_And_Stricter_Findings_Last_As_Information()
    {
        var text = Text();

        var conflict = text.IndexOf("CONFLICT 2.3 at clause 3.1 [PL1002]", StringComparison.Ordinal);
        var warning = text.IndexOf("WARNING 6.19 g at clause 6.4 [PL2019]", StringComparison.Ordinal);
        var information = text.IndexOf("For information: stricter than the Code", StringComparison.Ordinal);
        var stricter = text.IndexOf("STRICTER 5.1 at clause 5.2 [PL1101]", StringComparison.Ordinal);
        conflict.Should().BePositive();
        warning.Should().BeGreaterThan(conflict);
        information.Should().BeGreaterThan(warning);
        stricter.Should().BeGreaterThan(information);
    }

    [Fact]
    public void Should_Quote_The_Clause_And_Give_The_Recommendation()
    {
        var text = Text();

        text.Should().Contain("\"more than six months ago\"");
        text.Should().Contain("Recommendation: Accept complaints raised within twelve months of the issue.");
    }

    [Fact]
    public void Should_Show_Document_Warnings_And_Hide_Suppressed_Findings()
    {
        var text = Text();

        text.Should().Contain("reading: line 14 holds a character that is not text");
        text.Should().Contain("PL0001 (warning): The next review date (2024-05) has passed.");
        text.Should().NotContain("PL2001");
        text.Should().Contain("(1 suppressed finding not shown)");
    }

    [Fact]
    public void Should_Summarise_Self_Assessment_Answers_And_Admitted_Gaps()
    {
        var text = Text();

        text.Should().Contain("Answers: 2 yes, 1 partial, 1 no, 1 unreadable");
        text.Should().Contain("5.1: no; action: Change the acknowledgement letter; target 2024-09 (overdue)");
    }

    [Fact]
    public void Should_List_Cross_Check_Items_And_Files_That_Could_Not_Be_Read()
    {
        var text = Text();

        text.Should().Contain($"== Cross-check: {SampleReport.AssessmentPath} against {SampleReport.PolicyPath}");
        text.Should().Contain("policy-version-mismatch (whole document):");
        text.Should().Contain("samples/scan.pdf: the PDF is encrypted");
    }

    [Fact]
    public void Should_Not_Count_Verdicts_For_A_Self_Assessment_Whose_Provisions_Are_Silent_By_Design()
    {
        var text = Text();
        var assessmentSection = text[text.IndexOf($"== {SampleReport.AssessmentPath}", StringComparison.Ordinal)..];

        assessmentSection[..assessmentSection.IndexOf("== Cross-check", StringComparison.Ordinal)].Should().NotContain("Verdicts against");
    }

    [Fact]
    public void Should_Say_So_When_No_Documents_Were_Checked()
    {
        var report = new Report(Build.Code("hos-test", "1.2"), [], [], [], new DateOnly(2026, 1, 1));

        Render.With(TextReportWriter.Instance, report).Should().Contain("No documents were checked.");
    }
}
