using System.Text.Json;
using PolicyLint.Testing;

namespace PolicyLint.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string CleanPolicy() => folder.Write("clean.txt", "Clean complaints policy", "1.1 This clause meets 1.2 in full.");

    private string ConflictingPolicy() => folder.Write("conflict.txt", "Conflicting complaints policy", "3.1 This clause conflicts with 2.3 on purpose.");

    private string SelfAssessment() => folder.Write("sa.txt", "Self-assessment 2024", "1.2\tYes", "2.3\tYes", "5.1\tNo");

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void Should_Exit_0_And_Print_A_Text_Report_When_Nothing_Conflicts()
    {
        var run = CliRun.Of(["check", CleanPolicy()]);

        run.ExitCode.Should().Be(0);
        run.Stderr.Should().BeEmpty();
        run.Stdout.Should().Contain("Verdicts against hos-2024: 0 conflict, 0 warning, 0 stricter, 1 meets, 2 silent");
    }

    [Fact]
    public void Should_Exit_1_When_A_Conflict_Is_Found()
    {
        var run = CliRun.Of(["check", CleanPolicy(), ConflictingPolicy()]);

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("CONFLICT 2.3 at clause 3.1 [PLTEST1]");
    }

    [Fact]
    public void Should_Print_One_Line_Per_Unreadable_File_Check_The_Rest_And_Exit_3()
    {
        var missing = folder.Combine("missing.txt");
        var binary = folder.Combine("binary.txt");
        File.WriteAllBytes(binary, [0x41, 0x00, 0x42]);

        var run = CliRun.Of(["check", missing, CleanPolicy(), binary, "--format", "json"]);

        run.ExitCode.Should().Be(3);
        run.StderrLines.Should().Equal(
            $"policylint: {missing}: file not found",
            $"policylint: {binary}: not a text file (it contains binary data)");
        var report = Json(run.Stdout);
        report.GetProperty("documents").GetArrayLength().Should().Be(1);
        report.GetProperty("errors").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void Should_Exit_3_Rather_Than_1_When_Conflicts_Are_Found_But_A_File_Went_Unchecked()
    {
        var run = CliRun.Of(["check", ConflictingPolicy(), folder.Combine("missing.txt")]);

        run.ExitCode.Should().Be(3);
        run.Stdout.Should().Contain("CONFLICT 2.3");
    }

    [Fact]
    public void Should_Report_An_Unsupported_File_Type_As_Unreadable()
    {
        var doc = folder.Write("policy.odt", "whatever");

        var run = CliRun.Of(["check", doc, CleanPolicy()]);

        run.ExitCode.Should().Be(3);
        run.StderrLines.Should().ContainSingle().Which.Should().StartWith($"policylint: {doc}: unsupported file type '.odt'");
    }

    [Fact]
    public void Should_Keep_Going_Without_A_Stack_Trace_When_A_Stage_Fails_On_One_File()
    {
        var bad = folder.Write("bad.txt", "A policy", "EXPLODE");

        var run = CliRun.Of(["check", bad, ConflictingPolicy(), "--format", "json"]);

        run.ExitCode.Should().Be(3);
        run.StderrLines.Should().ContainSingle().Which.Should().Be(
            $"policylint: {bad}: could not be analysed (InvalidOperationException: the test segmenter was told to fail on {bad})");
        run.Stderr.Should().NotContain("   at ");
        var report = Json(run.Stdout);
        report.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString()).Should().Equal(folder.Combine("conflict.txt"));
    }

    [Theory]
    [InlineData("--colour")]
    [InlineData("--format=pdf")]
    public void Should_Exit_2_For_An_Unknown_Option_Or_Format(string option)
    {
        var run = CliRun.Of(["check", CleanPolicy(), option]);

        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().StartWith("policylint: ");
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("22/11/2026")]
    [InlineData("tomorrow")]
    public void Should_Exit_2_For_A_Date_That_Is_Not_YYYY_MM_DD(string date)
    {
        var run = CliRun.Of(["check", CleanPolicy(), "--as-of", date]);

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal($"policylint: --as-of: '{date}' is not a date in the form YYYY-MM-DD");
    }

    [Fact]
    public void Should_Exit_2_For_An_Unknown_Code()
    {
        var run = CliRun.Of(["check", CleanPolicy(), "--code", "hos-1999"]);

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("policylint: --code hos-1999: unknown Code 'hos-1999' (known: hos-2024)");
    }

    [Fact]
    public void Should_Exit_2_When_No_Files_Are_Given()
    {
        var run = CliRun.Of(["check"]);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().StartWith("policylint: ");
    }

    [Fact]
    public void Should_Exit_2_When_No_Command_Is_Given()
    {
        CliRun.Of([]).ExitCode.Should().Be(2);
    }

    [Fact]
    public void Should_Exit_2_With_One_Line_When_The_Checker_Cannot_Be_Assembled()
    {
        var services = TestServices.Create(_ => throw new InvalidOperationException("no judge is wired in"));

        var run = CliRun.Of(["check", CleanPolicy()], services);

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().Equal("policylint: cannot assemble the checker: no judge is wired in");
    }

    [Fact]
    public void Should_Use_The_As_Of_Date_Given_And_Today_Otherwise()
    {
        var given = Json(CliRun.Of(["check", CleanPolicy(), "--format", "json", "--as-of", "2025-02-28"]).Stdout);
        var defaulted = Json(CliRun.Of(["check", CleanPolicy(), "--format", "json"]).Stdout);

        given.GetProperty("asOf").GetString().Should().Be("2025-02-28");
        defaulted.GetProperty("asOf").GetString().Should().Be("2026-11-22");
    }

    [Fact]
    public void Should_Write_The_Report_To_The_Output_File_And_Nothing_To_Stdout()
    {
        var output = folder.Combine("out/report.json");
        Directory.CreateDirectory(folder.Combine("out"));

        var run = CliRun.Of(["check", ConflictingPolicy(), "--format", "json", "--output", output]);

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().BeEmpty();
        Json(File.ReadAllText(output)).GetProperty("schema").GetString().Should().Be("policylint-report/1");
    }

    [Fact]
    public void Should_Refuse_To_Overwrite_An_Input_File_With_The_Report()
    {
        var policy = CleanPolicy();
        var before = File.ReadAllText(policy);

        var run = CliRun.Of(["check", policy, "--output", policy]);

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().ContainSingle().Which.Should().Contain("is one of the input files");
        File.ReadAllText(policy).Should().Be(before);
    }

    [Fact]
    public void Should_Refuse_To_Overwrite_The_Policy_Given_With_Policy()
    {
        var policy = CleanPolicy();
        var before = File.ReadAllText(policy);

        var run = CliRun.Of(["check", SelfAssessment(), "--policy", policy, "--output", policy]);

        run.ExitCode.Should().Be(2);
        File.ReadAllText(policy).Should().Be(before);
    }

    [Fact]
    public void Should_Exit_2_With_One_Line_When_The_Output_Cannot_Be_Written()
    {
        var run = CliRun.Of(["check", CleanPolicy(), "--output", folder.Combine("no/such/folder/r.txt")]);

        run.ExitCode.Should().Be(2);
        run.StderrLines.Should().ContainSingle().Which.Should().Contain("cannot write the report");
    }

    [Fact]
    public void Should_Analyse_The_Policy_And_Cross_Check_The_Self_Assessment_Against_It()
    {
        var sa = SelfAssessment();
        var policy = ConflictingPolicy();

        var run = CliRun.Of(["check", sa, "--policy", policy, "--format", "json"]);

        run.ExitCode.Should().Be(1);
        var report = Json(run.Stdout);
        report.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).Should().BeEquivalentTo("policy", "self-assessment");
        var check = report.GetProperty("crossChecks")[0];
        check.GetProperty("selfAssessment").GetString().Should().Be(sa);
        check.GetProperty("policy").GetString().Should().Be(policy);
        var item = check.GetProperty("items").EnumerateArray().Should().ContainSingle().Subject;
        item.GetProperty("provision").GetString().Should().Be("2.3");
        item.GetProperty("kind").GetString().Should().Be("claim-conflict");
    }

    [Fact]
    public void Should_Read_A_File_Named_Twice_Only_Once()
    {
        var policy = CleanPolicy();

        var report = Json(CliRun.Of(["check", policy, policy, "--format", "json"]).Stdout);

        report.GetProperty("documents").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void Should_Keep_The_Path_As_Given_On_The_Command_Line()
    {
        CleanPolicy();
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder.Combine("clean.txt"));

        var report = Json(CliRun.Of(["check", relative, "--format", "json"]).Stdout);

        report.GetProperty("documents")[0].GetProperty("path").GetString().Should().Be(relative);
    }

    [Theory]
    [InlineData("sarif", "\"version\": \"2.1.0\"")]
    [InlineData("markdown", "| Provision | Requirement | Observation | Recommendation |")]
    [InlineData("text", "Verdicts against hos-2024")]
    [InlineData("json", "\"schema\": \"policylint-report/1\"")]
    public void Should_Write_Each_Format(string format, string expected)
    {
        var run = CliRun.Of(["check", CleanPolicy(), "--format", format]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain(expected);
    }
}
