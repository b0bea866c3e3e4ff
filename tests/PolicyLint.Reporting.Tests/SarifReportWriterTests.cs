using System.Text.Json;
using PolicyLint.Reporting.Sarif;
using PolicyLint.Testing;

namespace PolicyLint.Reporting.Tests;

public sealed class SarifReportWriterTests
{
    private static JsonElement Run()
    {
        var text = Render.With(SarifReportWriter.Instance, SampleReport.Create());
        return JsonDocument.Parse(text).RootElement.GetProperty("runs")[0].Clone();
    }

    [Fact]
    public void Should_Match_The_Golden_File_For_The_Sample_Report()
    {
        Golden.Match(Render.With(SarifReportWriter.Instance, SampleReport.Create()), "tests/PolicyLint.Reporting.Tests/Golden/sample.report.sarif");
    }

    [Fact]
    public void Should_Declare_Sarif_2_1_0()
    {
        var root = JsonDocument.Parse(Render.With(SarifReportWriter.Instance, SampleReport.Create())).RootElement;

        root.GetProperty("version").GetString().Should().Be("2.1.0");
        root.GetProperty("$schema").GetString().Should().Contain("sarif-2.1.0");
    }

    [Fact]
    public void Should_Describe_Each_Rule_That_Fired_Once_With_Id_Name_And_Short_Description()
    {
        var rules = Run().GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal("PL0001", "PL1002", "PL1101", "PL2001", "PL2019");
        var exclusion = rules[1];
        exclusion.GetProperty("name").GetString().Should().Be("ExclusionWindowShorterThanTwelveMonths");
        exclusion.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("Exclusion window shorter than twelve months");
        exclusion.GetProperty("helpUri").GetString().Should().Be("https://example.org/rules/PL1002");
        rules[2].TryGetProperty("helpUri", out _).Should().BeFalse();
    }

    [Fact]
    public void Should_Locate_Each_Result_At_Its_Document_And_Clause()
    {
        var results = Run().GetProperty("results").EnumerateArray().ToList();

        results.Should().HaveCount(5);
        var conflict = results.Single(r => r.GetProperty("ruleId").GetString() == "PL1002");
        conflict.GetProperty("level").GetString().Should().Be("error");
        var location = conflict.GetProperty("locations")[0];
        location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("samples/Riverside%20policy.txt");
        location.GetProperty("logicalLocations")[0].GetProperty("name").GetString().Should().Be("3.1");
        conflict.GetProperty("properties").GetProperty("provision").GetString().Should().Be("2.3");
    }

    [Fact]
    public void Should_Point_Each_Result_At_A_Rule_Index_That_Names_Its_Rule()
    {
        var run = Run();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");

        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            rules[index].GetProperty("id").GetString().Should().Be(result.GetProperty("ruleId").GetString());
            new[] { "error", "warning", "note" }.Should().Contain(result.GetProperty("level").GetString());
        }
    }

    [Fact]
    public void Should_Carry_A_Suppression_Only_For_Suppressed_Findings()
    {
        var results = Run().GetProperty("results").EnumerateArray().ToList();

        var suppressed = results.Where(r => r.TryGetProperty("suppressions", out _)).ToList();
        suppressed.Should().ContainSingle().Which.GetProperty("ruleId").GetString().Should().Be("PL2001");
        suppressed[0].GetProperty("suppressions")[0].GetProperty("justification").GetString().Should().Be("Reviewed by the complaints lead.");
    }

    [Fact]
    public void Should_Report_Unreadable_Files_As_Tool_Notifications()
    {
        var invocation = Run().GetProperty("invocations")[0];

        invocation.GetProperty("executionSuccessful").GetBoolean().Should().BeFalse();
        invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString()
            .Should().Be("samples/scan.pdf: the PDF is encrypted");
    }

    [Theory]
    [InlineData("policy.txt", "policy.txt")]
    [InlineData("dir\\sub dir\\a#b.txt", "dir/sub%20dir/a%23b.txt")]
    [InlineData("/tmp/x y.txt", "file:///tmp/x%20y.txt")]
    public void Should_Turn_Paths_Into_Uris(string path, string uri)
    {
        SarifReportWriter.ToUri(path).Should().Be(uri);
    }
}
