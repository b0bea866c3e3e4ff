using PolicyLint.Reporting.Markdown;
using PolicyLint.Testing;

namespace PolicyLint.Reporting.Tests;

public sealed class MarkdownReportWriterTests
{
    private static string Markdown() => Render.With(MarkdownReportWriter.Instance, SampleReport.Create());

    private static List<string> PolicyTableRows()
    {
        var lines = Markdown().Split('\n');
        var header = Array.IndexOf(lines, "| Provision | Requirement | Observation | Recommendation |");
        header.Should().BeGreaterThan(0);
        return lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).ToList();
    }

    [Fact]
    public void Should_Match_The_Golden_File_For_The_Sample_Report()
    {
        Golden.Match(Markdown(), "tests/PolicyLint.Reporting.Tests/Golden/sample.report.md");
    }

    [Fact]
    public void Should_Have_A_Row_For_Every_Provision_And_One_Per_Unsuppressed_Finding()
    {
        var rows = PolicyTableRows();

        rows.Select(r => r.Split(" | ")[0].TrimStart('|', ' ')).Should().Equal("1.2", "2.3", "5.1", "6.19 g", "7.1");
    }

    [Fact]
    public void Should_Quote_The_Clause_In_The_Observation_And_Give_The_Requirement_And_Recommendation()
    {
        var conflict = PolicyTableRows().Single(r => r.StartsWith("| 2.3 ", StringComparison.Ordinal));

        conflict.Should().Contain("Complaints about issues up to twelve months old are accepted.");
        conflict.Should().Contain("Conflict. Clause 3.1 says: “more than six months ago”.");
        conflict.Should().EndWith("| Accept complaints raised within twelve months of the issue. |");
    }

    [Fact]
    public void Should_Escape_Pipes_So_A_Quote_Stays_In_Its_Cell()
    {
        var warning = PolicyTableRows().Single(r => r.StartsWith("| 6.19 g ", StringComparison.Ordinal));

        warning.Should().Contain("the outcome \\| and the reasons");
        warning.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|').Should().Be(5);
    }

    [Fact]
    public void Should_Say_When_The_Policy_Does_Not_Address_A_Provision()
    {
        PolicyTableRows().Single(r => r.StartsWith("| 7.1 ", StringComparison.Ordinal)).Should().Contain("Not addressed by the policy.");
    }
}
