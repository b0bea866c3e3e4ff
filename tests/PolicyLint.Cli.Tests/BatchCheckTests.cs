using System.IO.Compression;
using System.Text.Json;
using PolicyLint.Engine;
using PolicyLint.Testing;

namespace PolicyLint.Cli.Tests;

/// <summary>
/// Checking many documents at once through the real stages: folders, pairing self-assessments with
/// their own landlord's policy, and several report formats in one run.
/// </summary>
public sealed class BatchCheckTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Two landlords: Harbourside Homes (policy and self-assessment) and Meadowbank Housing Co-operative's self-assessment, beside Meadowbank Housing Group's policy.</summary>
    private string TwoLandlords()
    {
        Copy("policies", "harbourside.txt", "harbourside.txt");
        Copy("policies", "meadowbank.txt", "meadowbank.txt");
        Copy("assessments", "harbourside-2024-table.txt", "harbourside-2024-table.txt");
        Copy("assessments", "meadowbank-2024-table.txt", "meadowbank-2024-table.txt");
        Copy("policies", "willow-plain.txt", Path.Combine("sub", "willow-plain.txt"));
        return folder.Path;
    }

    private void Copy(string sampleFolder, string sample, string name)
    {
        var target = folder.Combine(name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(RepoRoot.Combine("corpus", "samples", sampleFolder, sample), target);
    }

    private static CliRun Check(params string[] args) => CliRun.Of(["check", .. args, "--as-of", "2026-11-22"], CheckServices.Default);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void Should_Check_Every_Supported_File_Of_A_Folder_And_Its_Subfolders_In_Path_Order()
    {
        var dir = TwoLandlords();
        folder.Write("notes.odt", "not a supported type");

        var report = Json(Check(dir, "--format", "json").Stdout);

        var paths = report.GetProperty("documents").EnumerateArray().Select(d => Path.GetRelativePath(dir, d.GetProperty("path").GetString()!)).ToList();
        paths.Should().Equal("harbourside-2024-table.txt", "harbourside.txt", "meadowbank-2024-table.txt", "meadowbank.txt", Path.Combine("sub", "willow-plain.txt"));
        report.GetProperty("errors").GetArrayLength().Should().Be(0, "a folder is searched for supported files only");
    }

    [Fact]
    public void Should_Cross_Check_A_Self_Assessment_Only_Against_Its_Own_Landlords_Policy()
    {
        var dir = TwoLandlords();

        var report = Json(Check(dir, "--format", "json").Stdout);

        var check = report.GetProperty("crossChecks").EnumerateArray().Should().ContainSingle().Subject;
        check.GetProperty("selfAssessment").GetString().Should().EndWith("harbourside-2024-table.txt");
        check.GetProperty("policy").GetString().Should().EndWith("harbourside.txt");
        check.GetProperty("pairedBy").GetString().Should().Contain("Harbourside Homes");
        var unpaired = report.GetProperty("unpaired").EnumerateArray().Should().ContainSingle().Subject;
        unpaired.GetProperty("selfAssessment").GetString().Should().EndWith("meadowbank-2024-table.txt",
            "Meadowbank Housing Co-operative is not the Meadowbank Housing Group whose policy is in the folder");
        unpaired.GetProperty("note").GetString().Should().StartWith("not cross-checked");
    }

    [Fact]
    public void Should_Cross_Check_Against_The_Policy_Named_With_Pair_Even_When_Nothing_Else_Ties_Them()
    {
        var dir = TwoLandlords();
        var sa = Path.Combine(dir, "meadowbank-2024-table.txt");
        var policy = Path.Combine(dir, "meadowbank.txt");

        var report = Json(Check(dir, "--pair", $"{sa}={policy}", "--format", "json").Stdout);

        var checks = report.GetProperty("crossChecks").EnumerateArray().ToList();
        checks.Should().HaveCount(2);
        var meadowbank = checks.Should().ContainSingle(c => c.GetProperty("selfAssessment").GetString()!.EndsWith("meadowbank-2024-table.txt", StringComparison.Ordinal)).Subject;
        meadowbank.GetProperty("policy").GetString().Should().Be(policy);
        meadowbank.GetProperty("pairedBy").GetString().Should().Be("--pair");
        report.GetProperty("unpaired").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Should_Exit_2_For_A_Pair_That_Is_Not_SA_Equals_Policy()
    {
        var run = Check(TwoLandlords(), "--pair", "only-one-path");

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("policylint: --pair: 'only-one-path' is not of the form SELF-ASSESSMENT=POLICY");
    }

    [Fact]
    public void Should_End_The_Text_Report_Of_A_Batch_With_A_Summary_Ranked_By_Conflicts()
    {
        var text = Check(TwoLandlords()).Stdout;

        var summary = text[text.LastIndexOf("== Summary", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        summary[0].Should().StartWith("== Summary (5 documents checked, 0 files not read)");
        summary[2].Should().EndWith("harbourside.txt", "the sample that breaks the Code has the most conflicts");
        summary.Should().HaveCount(7);
    }

    [Fact]
    public void Should_Write_One_File_Per_Format_Into_The_Output_Folder()
    {
        var dir = TwoLandlords();
        var output = Path.Combine(Path.GetTempPath(), "policylint-out-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = Check(Path.Combine(dir, "harbourside.txt"), "--format", "json,csv", "--format", "html", "--format", "docx", "--output-dir", output);

            run.ExitCode.Should().Be(1, "the harbourside sample has conflicts");
            run.Stdout.Should().BeEmpty();
            Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo("report.json", "report.csv", "report.findings.csv", "report.html", "report.docx");

            var csv = File.ReadAllLines(Path.Combine(output, "report.csv"));
            csv[0].Split(',').Should().StartWith(["document", "landlord", "kind", "code", "provision", "verdict"]);
            csv.Should().HaveCount(74, "one header and one row for each of the 73 provisions of hos-2024");
            csv.Should().Contain(l => l.Contains(",Harbourside Homes,policy,hos-2024,2.3,conflict,rule,3.1,", StringComparison.Ordinal));
            File.ReadAllLines(Path.Combine(output, "report.findings.csv"))[0].Should().StartWith("document,kind,provision,item,rule,verdict");

            var html = File.ReadAllText(Path.Combine(output, "report.html"));
            html.Should().StartWith("<!DOCTYPE html>").And.Contain("<th scope=\"col\">Observation</th>").And.Contain("data-verdict=\"conflict\"");
            html.Should().NotContain("<link").And.NotContain("src=\"http", "the page is self-contained");

            using var docx = ZipFile.OpenRead(Path.Combine(output, "report.docx"));
            using var reader = new StreamReader(docx.GetEntry("word/document.xml")!.Open());
            var xml = reader.ReadToEnd();
            xml.Should().Contain("Recommendation").And.Contain("Clause 3.1 says");
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void Should_Refuse_Several_Formats_To_One_Output_File_And_Docx_To_Standard_Output()
    {
        var policy = Path.Combine(TwoLandlords(), "harbourside.txt");

        Check(policy, "--format", "json,csv", "--output", folder.Combine("r.json")).StderrLines
            .Should().Equal("policylint: --output: 2 formats need a folder; use --output-dir DIR");
        Check(policy, "--format", "docx").StderrLines
            .Should().Equal("policylint: --format docx: a binary format needs --output FILE or --output-dir DIR");
    }

    [Fact]
    public void Should_Give_Byte_Identical_Reports_When_A_Batch_Runs_In_Parallel_Or_One_File_At_A_Time()
    {
        // Given: policies and self-assessments in four formats
        var dir = TwoLandlords();
        Copy("policies", "oakfield-2020.docx", "oakfield-2020.docx");
        Copy("pdf", "meadowbank.pdf", "meadowbank-copy.pdf");
        Copy("html", "northmoor.policy.html", "northmoor.policy.html");
        var asOf = new DateOnly(2026, 11, 22);

        // When: the folder is checked four documents at a time, one at a time, and each file on its own
        var parallel = PolicyLintEngine.Default.Check(new CheckRequest([dir]) { AsOf = asOf, Parallelism = 4 }).Report;
        var serial = PolicyLintEngine.Default.Check(new CheckRequest([dir]) { AsOf = asOf, Parallelism = 1 }).Report;
        var alone = parallel.Documents
            .Select(d => PolicyLintEngine.Default.Check(new CheckRequest([d.Document.Path]) { AsOf = asOf, Parallelism = 1 }).Report)
            .ToList();

        // Then: the same bytes, document by document and as a whole
        parallel.Documents.Should().HaveCount(8);
        parallel.Errors.Should().BeEmpty();
        parallel.Documents.Sum(d => d.Findings.Count).Should().BeGreaterThan(20, "the comparison is between real reports");
        Json(parallel).Should().Be(Json(serial));
        for (var i = 0; i < alone.Count; i++)
        {
            alone[i].Documents.Should().ContainSingle();
            Json(Only(alone[i], alone[i].Documents[0])).Should().Be(Json(Only(parallel, parallel.Documents[i])), parallel.Documents[i].Document.Path);
        }
    }

    private static Core.Pipeline.Report Only(Core.Pipeline.Report report, Core.Pipeline.DocumentAnalysis document) =>
        new(report.Code, [document], [], [], report.AsOf);

    private static string Json(Core.Pipeline.Report report)
    {
        using var writer = new StringWriter();
        Reporting.ReportFormats.For("json").Write(report, writer);
        return writer.ToString();
    }
}
