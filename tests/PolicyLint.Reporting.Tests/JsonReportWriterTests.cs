using System.Text.Json;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;
using PolicyLint.Reporting.Json;
using PolicyLint.Testing;

namespace PolicyLint.Reporting.Tests;

public sealed class JsonReportWriterTests
{
    private static JsonElement Write(Report report)
    {
        var text = Render.With(JsonReportWriter.Instance, report);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static JsonElement Documents(JsonElement root, int index) => root.GetProperty("documents")[index];

    [Fact]
    public void Should_Match_The_Golden_File_For_The_Sample_Report()
    {
        Golden.Match(Render.With(JsonReportWriter.Instance, SampleReport.Create()), "tests/PolicyLint.Reporting.Tests/Golden/sample.report.json");
    }

    [Fact]
    public void Should_Name_The_Schema_Tool_And_Code()
    {
        var root = Write(SampleReport.Create());

        root.GetProperty("schema").GetString().Should().Be("policylint-report/1");
        root.GetProperty("tool").GetProperty("name").GetString().Should().Be("PolicyLint");
        root.GetProperty("tool").GetProperty("version").GetString().Should().MatchRegex(@"^\d+\.\d+\.\d+$");
        var code = root.GetProperty("code");
        code.GetProperty("id").GetString().Should().Be("hos-test");
        code.GetProperty("effective").GetString().Should().Be("2024-04-01");
    }

    [Fact]
    public void Should_Give_Every_Provision_Of_The_Code_A_Verdict_Even_When_The_Judge_Left_One_Out()
    {
        var report = SampleReport.Create();
        var root = Write(report);

        foreach (var document in root.GetProperty("documents").EnumerateArray())
        {
            var ids = document.GetProperty("provisions").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
            ids.Should().BeEquivalentTo(report.Code.Provisions.Select(p => p.Id));
        }

        var filled = Documents(root, 0).GetProperty("provisions").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "7.1");
        filled.GetProperty("verdict").GetString().Should().Be("silent");
        filled.GetProperty("basis").GetString().Should().Be("none");
        filled.GetProperty("clauses").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Should_Use_Only_The_Contract_Vocabulary()
    {
        var root = Write(SampleReport.Create());

        foreach (var document in root.GetProperty("documents").EnumerateArray())
        {
            Vocabulary.Kinds.Should().Contain(document.GetProperty("kind").GetString());
            foreach (var provision in document.GetProperty("provisions").EnumerateArray())
            {
                Vocabulary.Verdicts.Should().Contain(provision.GetProperty("verdict").GetString());
                Vocabulary.Bases.Should().Contain(provision.GetProperty("basis").GetString());
            }

            foreach (var finding in document.GetProperty("findings").EnumerateArray())
            {
                Vocabulary.Verdicts.Should().Contain(finding.GetProperty("verdict").GetString());
                Vocabulary.Severities.Should().Contain(finding.GetProperty("severity").GetString());
            }

            if (document.TryGetProperty("assessment", out var assessment))
            {
                foreach (var row in assessment.GetProperty("rows").EnumerateArray())
                {
                    var answer = row.GetProperty("answer");
                    if (answer.ValueKind != JsonValueKind.Null)
                    {
                        Vocabulary.Answers.Should().Contain(answer.GetString());
                    }
                }
            }
        }
    }

    [Fact]
    public void Should_Write_Answers_In_Lower_Case_And_An_Unreadable_Answer_As_Null()
    {
        var rows = Documents(Write(SampleReport.Create()), 1).GetProperty("assessment").GetProperty("rows");

        rows[0].GetProperty("answer").GetString().Should().Be("yes");
        rows[2].GetProperty("answer").GetString().Should().Be("no");
        rows[4].GetProperty("answer").ValueKind.Should().Be(JsonValueKind.Null);
        rows[3].GetProperty("answers")[1].GetProperty("answer").GetString().Should().Be("no");
    }

    [Fact]
    public void Should_Keep_The_Contract_Property_Order_For_Documents_And_Findings()
    {
        var policy = Documents(Write(SampleReport.Create()), 0);

        policy.EnumerateObject().Select(p => p.Name).Take(9).Should().Equal(
            "path", "kind", "sha256", "metadata", "extraction", "clauses", "facts", "provisions", "findings");
        policy.GetProperty("findings")[1].EnumerateObject().Select(p => p.Name).Take(9).Should().Equal(
            "ruleId", "provision", "verdict", "severity", "clause", "quote", "message", "recommendation", "ruleName");
    }

    [Fact]
    public void Should_Omit_Null_Fields_Of_Facts()
    {
        var facts = Documents(Write(SampleReport.Create()), 0).GetProperty("facts");

        facts[0].EnumerateObject().Select(p => p.Name).Should().Equal("kind", "amount", "unit", "clause", "quote");
        facts[1].GetProperty("subject").GetString().Should().Be("stage1.acknowledge");
        facts[1].GetProperty("from").GetString().Should().Be("receipt");
        facts[2].GetProperty("value").GetBoolean().Should().BeFalse();
        facts.EnumerateArray().SelectMany(f => f.EnumerateObject()).Should().NotContain(p => p.Value.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void Should_Write_A_Document_Level_Finding_With_A_Null_Provision_And_Mark_Suppressed_Ones()
    {
        var findings = Documents(Write(SampleReport.Create()), 0).GetProperty("findings").EnumerateArray().ToList();

        var documentLevel = findings.Single(f => f.GetProperty("ruleId").GetString() == "PL0001");
        documentLevel.GetProperty("provision").ValueKind.Should().Be(JsonValueKind.Null);
        var suppressed = findings.Single(f => f.GetProperty("ruleId").GetString() == "PL2001");
        suppressed.GetProperty("suppressed").GetBoolean().Should().BeTrue();
        findings.Count(f => f.TryGetProperty("suppressed", out var flag) && flag.GetBoolean()).Should().Be(1);
        findings.Single(f => f.GetProperty("ruleId").GetString() == "PL2019").GetProperty("item").GetString().Should().Be("g");
    }

    [Fact]
    public void Should_Write_The_Assessment_Only_For_The_Self_Assessment()
    {
        var root = Write(SampleReport.Create());

        Documents(root, 0).TryGetProperty("assessment", out _).Should().BeFalse();
        var assessment = Documents(root, 1).GetProperty("assessment");
        assessment.GetProperty("codeVersion").GetString().Should().Be("hos-test");
        var gap = assessment.GetProperty("rows")[2];
        gap.GetProperty("action").GetString().Should().Be("Change the acknowledgement letter");
        gap.GetProperty("target").GetString().Should().Be("2024-09");
        gap.GetProperty("overdue").GetBoolean().Should().BeTrue();
        gap.GetProperty("citations").GetArrayLength().Should().Be(0);
        assessment.GetProperty("rows")[0].GetProperty("citations")[0].GetProperty("section").GetString().Should().Be("1");
    }

    [Fact]
    public void Should_Write_Cross_Checks_Errors_Ocr_Pages_And_The_Top_Three_Mapping_Candidates()
    {
        var root = Write(SampleReport.Create());

        var items = root.GetProperty("crossChecks")[0].GetProperty("items");
        items.GetArrayLength().Should().Be(4);
        items[0].GetProperty("policyClause").GetString().Should().Be("3.1");
        items[3].GetProperty("provision").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("errors")[0].GetProperty("cause").GetString().Should().Be("the PDF is encrypted");
        Documents(root, 1).GetProperty("extraction").GetProperty("ocrPages").GetArrayLength().Should().Be(2);
        Documents(root, 0).GetProperty("extraction").TryGetProperty("ocrPages", out _).Should().BeFalse();
        var candidates = Documents(root, 0).GetProperty("mappings")[0].GetProperty("candidates");
        candidates.GetArrayLength().Should().Be(3);
        candidates[0].GetProperty("provision").GetString().Should().Be("2.3");
    }

    [Fact]
    public void Should_Keep_Non_Ascii_Text_Readable()
    {
        var text = Render.With(JsonReportWriter.Instance, SampleReport.Create());

        text.Should().Contain("receipt — by phone");
        text.Should().NotContain("\\u2014");
    }

    [Fact]
    public void Should_Write_Extra_Code_Versions_Under_Code_Comparisons()
    {
        var code = Build.Code("hos-test", "1.2");
        var analysis = Build.Analysis("p.txt")
            .Verdict("1.2", Verdict.Meets)
            .Comparison(new CodeComparison("hos-2020", [new ProvisionVerdict("1.1", Verdict.Silent, [], 0, Basis.None)], [])
            {
                Reason = "in force when the policy was adopted",
                Drift = [new CodeDrift("1.2", "definition", Verdict.Meets, Verdict.Conflict, "The 2024 definition is wider.") { Clause = "1.1" }],
            })
            .Build();

        var root = Write(new Report(code, [analysis], [], [], new DateOnly(2026, 1, 1)));

        var comparison = Documents(root, 0).GetProperty("codeComparisons")[0];
        comparison.GetProperty("code").GetString().Should().Be("hos-2020");
        comparison.GetProperty("provisions")[0].GetProperty("verdict").GetString().Should().Be("silent");
        comparison.GetProperty("reason").GetString().Should().Be("in force when the policy was adopted");
        var drift = comparison.GetProperty("drift")[0];
        drift.GetProperty("then").GetString().Should().Be("meets");
        drift.GetProperty("now").GetString().Should().Be("conflict");
        drift.GetProperty("clause").GetString().Should().Be("1.1");
    }

    [Fact]
    public void Should_Write_A_Valid_Report_When_Nothing_Could_Be_Read()
    {
        var report = new Report(Build.Code("hos-test", "1.2"), [], [], [new InputError("a.pdf", "file not found")], new DateOnly(2026, 1, 1));

        var root = Write(report);

        root.GetProperty("documents").GetArrayLength().Should().Be(0);
        root.GetProperty("crossChecks").GetArrayLength().Should().Be(0);
        root.GetProperty("errors")[0].GetProperty("path").GetString().Should().Be("a.pdf");
    }
}
