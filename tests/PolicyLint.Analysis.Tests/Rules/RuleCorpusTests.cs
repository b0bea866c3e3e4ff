using System.Text.RegularExpressions;
using PolicyLint.Analysis.Rules;
using PolicyLint.Core.Findings;

namespace PolicyLint.Analysis.Tests.Rules;

/// <summary>Invariants of the rule pack in corpus/rules: pages, fixtures, ids, ranges and coverage.</summary>
public sealed partial class RuleCorpusTests
{
    private static readonly string[] PageSections =
    [
        "## Provision", "## Cause", "## What the Code requires", "## How to fix", "## When to suppress",
        "## Example that breaks it", "## Example that meets it", "## Related rules",
    ];

    [GeneratedRegex(@"^PL\d{4}$")]
    private static partial Regex IdShape();

    [GeneratedRegex(@"^[A-Z][a-z]+(?:[A-Z][a-z]*|\d+)*$")]
    private static partial Regex PascalCase();

    public static TheoryData<string> AllRules()
    {
        var data = new TheoryData<string>();
        foreach (var rule in PolicyText.Book.Rules)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Should_Have_A_Doc_Page_With_Every_Template_Section_When_A_Rule_Exists(string id)
    {
        // Given
        var rule = PolicyText.Rule(id);
        var page = Path.Combine(PolicyText.RulesFolder, $"{rule.Id}.{rule.Name}.md");

        // When
        var exists = File.Exists(page);

        // Then
        exists.Should().BeTrue("every rule has a page named after its id and name ({0})", Path.GetFileName(page));
        var text = File.ReadAllText(page);
        text.Should().StartWith($"# {rule.Id}: {rule.Name}\n");
        foreach (var section in PageSections)
        {
            text.Should().Contain("\n" + section + "\n", "the page of {0} follows the template", id);
        }
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Should_Name_The_File_Link_And_Id_Alike_When_A_Rule_Is_Loaded(string id)
    {
        // Given
        var rule = PolicyText.Rule(id);

        // Then
        IdShape().IsMatch(rule.Id).Should().BeTrue();
        PascalCase().IsMatch(rule.Name).Should().BeTrue("{0} is a PascalCase imperative name", rule.Name);
        rule.SourceFile.Should().Be($"{rule.Id}.{rule.Name}.yaml");
        rule.Link.Should().Be($"corpus/rules/{rule.Id}.{rule.Name}.md");
        rule.Codes.Should().NotBeEmpty("each rule says which Code versions it belongs to");
        rule.Recommendation.Should().NotBeNullOrWhiteSpace();
        if (!rule.Id.StartsWith("PL0", StringComparison.Ordinal))
        {
            rule.Provisions.Should().NotBeEmpty().And.OnlyContain(p => PolicyText.Code.Find(p) != null || !rule.AppliesTo(PolicyText.Code.Id));
        }
    }

    [Fact]
    public void Should_Have_Both_Fixtures_When_A_Rule_Has_A_Checkable_Kind()
    {
        // Given
        var checkable = PolicyText.Book.Rules.Where(r => r.Kind != "not-checkable").ToList();

        // When
        var missing = checkable
            .SelectMany(r => new[] { "valid.txt", "invalid.txt" }.Select(f => Path.Combine("fixtures", $"{r.Id}.{r.Name}", f)))
            .Where(f => !File.Exists(Path.Combine(PolicyText.RulesFolder, f)))
            .ToList();

        // Then
        missing.Should().BeEmpty();
    }

    [Fact]
    public void Should_Give_A_Reason_When_A_Provision_Is_Not_Checkable()
    {
        var notCheckable = PolicyText.Book.Rules.Where(r => r.Kind == "not-checkable").ToList();

        notCheckable.Should().NotBeEmpty();
        notCheckable.Should().OnlyContain(r => !string.IsNullOrWhiteSpace(r.Text("reason")));
    }

    [Fact]
    public void Should_Use_Unique_Ids_Within_The_Registered_Ranges_When_Rules_Load()
    {
        // Given
        var ranges = RuleIdRange.Read(Path.Combine(PolicyText.RulesFolder, "RuleIdRanges.txt"));
        var ids = PolicyText.Book.Rules.Select(r => r.Id).ToList();

        // Then
        ids.Should().OnlyHaveUniqueItems();
        ranges.Should().NotBeEmpty();
        foreach (var id in ids)
        {
            ranges.Should().Contain(r => r.Contains(id), "{0} must fall inside a range of RuleIdRanges.txt", id);
        }

        foreach (var range in ranges)
        {
            ids.Should().Contain(range.Last, "the last id of range {0} is in use", range.Prefix);
        }
    }

    [Fact]
    public void Should_Keep_Levels_In_Line_With_Ranges_When_Rules_Load()
    {
        foreach (var rule in PolicyText.Book.Rules)
        {
            switch (rule.Id[2])
            {
                case '1':
                    rule.Level.Should().Be(Severity.Error, "{0} is a conflict with a must", rule.Id);
                    break;
                case '2':
                case '3':
                    rule.Level.Should().NotBe(Severity.Error, "{0} is a gap or a contradiction, reported as a warning or note", rule.Id);
                    break;
                case '9':
                    rule.Kind.Should().Be("not-checkable", "the PL9xxx range holds provisions a policy cannot show ({0})", rule.Id);
                    break;
                default:
                    rule.Provisions.Should().BeEmpty("{0} is about the whole document", rule.Id);
                    break;
            }
        }
    }

    [Fact]
    public void Should_Cover_Every_Provision_From_1_2_To_9_8_When_Judging_Against_The_2024_Code()
    {
        // Given
        var code = PolicyText.Code;
        var applying = PolicyText.Book.Rules.Where(r => r.AppliesTo(code.Id)).ToList();

        // When
        var uncovered = code.Provisions
            .Where(p => p.Id != "1.1")
            .Where(p => !applying.Any(r => r.Provisions.Contains(p.Id)))
            .Select(p => p.Id)
            .ToList();

        // Then
        code.Provisions.Select(p => p.Id).Should().Contain(["1.2", "5.15", "6.20", "8.5", "9.8"]);
        uncovered.Should().BeEmpty();
    }

    [Fact]
    public void Should_Reject_The_Rule_When_It_Has_A_Key_Its_Kind_Does_Not_Accept()
    {
        // Given
        var yaml = "id: PL2999\nname: Bogus\nextends: checklist\nprovision: \"1.3\"\nmessage: m\nitems:\n  - name: x\n    pattern: 'x'\npatterns: ['y']\n";
        var loader = new RuleLoader(RuleBook.AllKinds);

        // When
        var act = () => loader.Parse(yaml, "PL2999.Bogus.yaml");

        // Then
        act.Should().Throw<InvalidDataException>().WithMessage("*'patterns' is not a parameter of rule kind 'checklist'*");
    }

    [Fact]
    public void Should_Load_Every_Rule_File_When_The_Folder_Is_Read()
    {
        var files = Directory.GetFiles(PolicyText.RulesFolder, "*.yaml");

        PolicyText.Book.Rules.Should().HaveCount(files.Length);
        PolicyText.Book.Rules.Select(r => r.Kind).Should().OnlyContain(k => PolicyText.Book.Kinds.ContainsKey(k));
    }
}

/// <summary>One line of corpus/rules/RuleIdRanges.txt: a prefix with the first and last id in use.</summary>
public sealed record RuleIdRange(string Prefix, string First, string Last)
{
    public bool Contains(string id) =>
        string.CompareOrdinal(id, First) >= 0 && string.CompareOrdinal(id, Last) <= 0 && id.Length == First.Length;

    public static IReadOnlyList<RuleIdRange> Read(string path) =>
        File.ReadAllLines(path)
            .Where(l => l.StartsWith("PL", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => new RuleIdRange(p[0], p[1], p[2]))
            .ToList();
}
