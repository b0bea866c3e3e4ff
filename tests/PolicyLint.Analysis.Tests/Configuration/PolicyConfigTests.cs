using PolicyLint.Analysis.Configuration;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;

namespace PolicyLint.Analysis.Tests.Configuration;

public sealed class PolicyConfigTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("policylint-config-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Should_Find_The_Nearest_Config_In_A_Parent_Folder()
    {
        var nested = Directory.CreateDirectory(Path.Combine(folder, "landlords", "harbour")).FullName;
        File.WriteAllText(Path.Combine(folder, PolicyConfig.FileName), "code: auto\n");

        PolicyConfig.Find(nested).Should().Be(Path.Combine(folder, PolicyConfig.FileName));
    }

    [Fact]
    public void Should_Read_The_Code_Rules_Turned_Off_And_Levels_Changed()
    {
        var path = Write(PolicyConfig.FileName, "code: hos-2022\nrules:\n  PL1012: off\n  PL1004: note\n");

        var config = PolicyConfig.Load(path);

        config.Code.Should().Be("hos-2022");
        config.Rules.DisabledRules.Should().Contain("PL1012");
        config.Rules.Levels["PL1004"].Should().Be(Severity.Note);
    }

    [Theory]
    [InlineData("colour: blue\n", "unknown setting 'colour'")]
    [InlineData("rules:\n  PL1002: loud\n", "'loud' is not off, error, warning or note")]
    [InlineData("code: [a\n", "not valid YAML")]
    [InlineData("? [a, b]\n: off\n", "is not a single value")]
    [InlineData("rules:\n  ? [PL1002]\n  : off\n", "is not a single value")]
    public void Should_Reject_A_Config_It_Does_Not_Understand_Naming_The_File(string yaml, string cause)
    {
        var path = Write(PolicyConfig.FileName, yaml);

        var act = () => PolicyConfig.Load(path);

        act.Should().Throw<InvalidDataException>().WithMessage($"*{PolicyConfig.FileName}*{cause}*");
    }

    [Fact]
    public void Should_Require_Every_Suppression_To_Say_Why_Who_And_When()
    {
        var path = Write("suppressions.yaml", "suppressions:\n  - rule: PL1002\n    clause: \"3.1\"\n    by: A. Clerk\n    date: 2026-10-01\n");

        var act = () => PolicyConfig.LoadSuppressions(path);

        act.Should().Throw<InvalidDataException>().WithMessage("*has no 'justification'*");
    }

    [Fact]
    public void Should_Mark_A_Suppressed_Finding_And_Keep_It_In_The_Results()
    {
        var clause = new Clause("3.1", "We do not accept complaints about issues more than six months old.", new Location(null, 0));
        var finding = new Finding("PL1002", "2.3", Verdict.Conflict, Severity.Error, "3.1", "more than six months old", "m", "r");
        var suppression = new Suppression("PL1002", null, ClauseFingerprint.Of(clause.Text), "Board approved a new window from April", "A. Clerk", "2026-10-01");

        var result = Suppressor.Apply([finding], [clause], [suppression]);

        result.Should().ContainSingle().Which.Suppressed.Should().BeTrue();
        result[0].SuppressionJustification.Should().Contain("Board approved").And.Contain("A. Clerk");
    }

    [Fact]
    public void Should_Not_Suppress_When_The_Clause_Was_Reworded()
    {
        var clause = new Clause("3.1", "We do not accept complaints about issues more than three months old.", new Location(null, 0));
        var finding = new Finding("PL1002", "2.3", Verdict.Conflict, Severity.Error, "3.1", "q", "m", "r");
        var suppression = new Suppression("PL1002", null, ClauseFingerprint.Of("We do not accept complaints about issues more than six months old."), "j", "b", "2026-10-01");

        Suppressor.Apply([finding], [clause], [suppression]).Single().Suppressed.Should().BeFalse();
    }

    [Fact]
    public void Should_Reject_A_Suppression_Naming_Neither_Clause_Nor_Fingerprint()
    {
        var path = Write("suppressions.yaml", "suppressions:\n  - rule: PL1002\n    justification: j\n    by: A. Clerk\n    date: 2026-10-01\n");

        var load = () => PolicyConfig.LoadSuppressions(path);

        load.Should().Throw<InvalidDataException>().WithMessage($"{path}: suppression 1 (PL1002) names neither a clause nor a fingerprint*clause: \"*\"");
    }

    [Fact]
    public void Should_Cover_Every_Finding_Of_The_Rule_Only_With_An_Explicit_Star_Clause()
    {
        var path = Write("suppressions.yaml", "suppressions:\n  - rule: PL1002\n    clause: \"*\"\n    justification: j\n    by: A. Clerk\n    date: 2026-10-01\n");
        var findings = new[] { "3.1", "4.2" }.Select(c => new Finding("PL1002", "2.3", Verdict.Conflict, Severity.Error, c, "q", "m", "r")).ToList();
        var other = new Finding("PL1003", "2.3", Verdict.Conflict, Severity.Error, "3.1", "q", "m", "r");

        var result = Suppressor.Apply([.. findings, other], [], PolicyConfig.LoadSuppressions(path));

        result.Select(f => f.Suppressed).Should().Equal(true, true, false);
    }

    [Fact]
    public void Should_Warn_About_A_Fingerprint_That_Matches_No_Finding_Any_More()
    {
        var clause = new Clause("3.1", "We do not accept complaints about issues more than three months old.", new Location(null, 0));
        var finding = new Finding("PL1002", "2.3", Verdict.Conflict, Severity.Error, "3.1", "q", "m", "r");
        var stale = new Suppression("PL1002", null, "0123456789ab", "j", "b", "2026-10-01");
        var live = new Suppression("PL1002", null, ClauseFingerprint.Of(clause.Text), "j", "b", "2026-10-01");
        var applied = Suppressor.Apply([finding], [clause], [stale, live]);

        Suppressor.Stale(applied, [stale, live]).Should().ContainSingle().Which.Should().Contain("fingerprint 0123456789ab matches no finding");
    }

    [Fact]
    public void Should_Give_A_Provision_Whose_Conflicts_Are_All_Suppressed_The_Verdict_Of_What_Remains()
    {
        var suppressed = new Finding("PL1002", "2.3", Verdict.Conflict, Severity.Error, "3.1", "q", "m", "r") { Suppressed = true };
        var warning = new Finding("PL2001", "2.3", Verdict.Warning, Severity.Warning, "3.2", "q", "m", "r");
        var live = new Finding("PL1003", "5.1", Verdict.Conflict, Severity.Error, "4.1", "q", "m", "r");
        var provisions = new[]
        {
            new ProvisionVerdict("2.3", Verdict.Conflict, ["3.1"], 1, Basis.Rule),
            new ProvisionVerdict("5.1", Verdict.Conflict, ["4.1"], 1, Basis.Rule),
        };

        var verdicts = Suppressor.Verdicts(provisions, [suppressed, warning, live]);

        verdicts[0].Verdict.Should().Be(Verdict.Warning);
        verdicts[0].SuppressedVerdict.Should().Be(Verdict.Conflict);
        verdicts[1].Verdict.Should().Be(Verdict.Conflict, "an unsuppressed conflict keeps its verdict");
        verdicts[1].SuppressedVerdict.Should().BeNull();
    }

    [Fact]
    public void Should_Give_The_Same_Fingerprint_Whatever_The_Spacing_And_Case() =>
        ClauseFingerprint.Of("We will  acknowledge\nthe complaint.").Should().Be(ClauseFingerprint.Of("we will acknowledge the COMPLAINT"));

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
