using PolicyLint.Analysis.Rules;
using PolicyLint.Analysis.Rules.Kinds;
using PolicyLint.Core.Findings;

namespace PolicyLint.Analysis.Tests.Rules;

/// <summary>The checklist kind, on rules written here rather than loaded from the corpus.</summary>
public sealed class ChecklistKindTests
{
    private static readonly RuleLoader Loader = new(RuleBook.AllKinds);

    private static RuleSpec Rule(string parameters) => Loader.Parse(
        "id: PL2999\nname: TestRule\nextends: checklist\nprovision: \"6.9\"\nlevel: warning\n" +
        "messages:\n  meets: all there\n  warning: 'missing {missing} ({item})'\n" + parameters,
        "PL2999.TestRule.yaml");

    private static IReadOnlyList<RuleOutcome> Run(RuleSpec rule, string text) =>
        new ChecklistKind().Evaluate(rule, PolicyText.Evidence(text), PolicyText.Code);

    private const string Items = """
        items:
          - item: "a"
            name: apples
            pattern: 'apples?'
          - item: "b"
            name: pears
            pattern: 'pears?'
        """;

    [Fact]
    public void Should_Report_Each_Missing_Item_With_Its_Label_When_PerItem_Is_Set()
    {
        // Given
        var rule = Rule("anchor: 'fruit'\nperItem: \"true\"\n" + Items);

        // When
        var outcomes = Run(rule, "1. Food\n\n1.1. The fruit bowl holds apples.\n");

        // Then
        outcomes.Should().ContainSingle();
        outcomes[0].Verdict.Should().Be(Verdict.Warning);
        outcomes[0].Item.Should().Be("b");
        outcomes[0].Clause.Should().Be("1.1");
        outcomes[0].Message.Should().Be("missing pears (b)");
    }

    [Fact]
    public void Should_Keep_A_Finding_Per_Item_When_Several_Items_Are_Missing_At_One_Clause()
    {
        // Given
        var rule = Rule("anchor: 'fruit'\nperItem: \"true\"\n" + Items);
        var book = new RuleBook([rule], RuleBook.AllKinds.ToDictionary(k => k.Name));

        // When
        var judgement = new RuleJudge(book).Judge(PolicyText.Evidence("1. Food\n\n1.1. The fruit bowl is empty.\n"), PolicyText.Code);

        // Then
        judgement.Findings.Select(f => f.Item).Should().Equal("a", "b");
    }

    [Fact]
    public void Should_Meet_The_Provision_When_Enough_Items_Are_Found()
    {
        var rule = Rule("enough: \"1\"\n" + Items);

        var outcomes = Run(rule, "1. Food\n\n1.1. We eat pears.\n");

        outcomes.Should().ContainSingle().Which.Verdict.Should().Be(Verdict.Meets);
    }

    [Fact]
    public void Should_Stay_Silent_When_The_Anchor_Is_Absent_And_No_WhenSilent_Is_Given()
    {
        var rule = Rule("anchor: 'fruit'\n" + Items);

        Run(rule, "1. Food\n\n1.1. We eat bread.\n").Should().BeEmpty();
    }

    [Fact]
    public void Should_Turn_Silence_Into_The_Given_Verdict_When_WhenSilent_Is_Set()
    {
        var rule = Rule("whenSilent:\n  verdict: warning\n  message: nothing about fruit\n" + Items);

        var outcomes = Run(rule, "1. Food\n\n1.1. We eat bread.\n");

        outcomes.Should().ContainSingle().Which.Should().Match<RuleOutcome>(o => o.Verdict == Verdict.Warning && o.Clause == null && o.Message == "nothing about fruit");
    }

    [Fact]
    public void Should_Cite_The_Clause_Holding_Most_Items_When_Items_Are_Spread_Out()
    {
        var rule = Rule(Items + "\n  - name: plums\n    pattern: 'plums?'\n");

        var outcomes = Run(rule, "1. Food\n\n1.1. We eat apples.\n\n1.2. We eat pears and plums.\n");

        outcomes.Should().ContainSingle().Which.Should().Match<RuleOutcome>(o => o.Verdict == Verdict.Meets && o.Clause == "1.2");
    }

    [Fact]
    public void Should_Find_An_Item_Marked_Anywhere_Outside_The_Anchor_Clause()
    {
        // Given
        var rule = Rule("anchor: 'fruit'\n" + Items.Replace("pattern: 'pears?'", "pattern: 'pears?'\n    anywhere: \"true\""));

        // When
        var outcomes = Run(rule, "1. Food\n\n1.1. The fruit bowl holds apples.\n\n1.2. Pears are kept in the cellar.\n");

        // Then
        outcomes.Should().ContainSingle().Which.Should().Match<RuleOutcome>(o => o.Verdict == Verdict.Meets && o.Clause == "1.1");
    }

    [Fact]
    public void Should_Still_Want_An_Item_Not_Marked_Anywhere_In_The_Anchor_Clause()
    {
        // Given
        var rule = Rule("anchor: 'fruit'\nperItem: \"true\"\n" + Items);

        // When
        var outcomes = Run(rule, "1. Food\n\n1.1. The fruit bowl holds apples.\n\n1.2. Pears are kept in the cellar.\n");

        // Then
        outcomes.Should().ContainSingle().Which.Should().Match<RuleOutcome>(o => o.Verdict == Verdict.Warning && o.Item == "b");
    }

    [Fact]
    public void Should_Not_Search_Excluded_Headings_For_An_Item_Marked_Anywhere()
    {
        // Given
        var rule = Rule("anchor: 'fruit'\nexcludeHeadings: 'cellar'\nperItem: \"true\"\n" + Items.Replace("pattern: 'pears?'", "pattern: 'pears?'\n    anywhere: \"true\""));

        // When
        var outcomes = Run(rule, "1. Food\n\n1.1. The fruit bowl holds apples.\n\n2. Cellar\n\n2.1. Pears are kept here.\n");

        // Then
        outcomes.Should().ContainSingle().Which.Item.Should().Be("b");
    }

    [Fact]
    public void Should_Meet_The_Provision_When_Only_An_Optional_Item_Is_Missing()
    {
        // Given
        var rule = Rule("anchor: 'fruit'\nperItem: \"true\"\n" + Items.Replace("pattern: 'pears?'", "pattern: 'pears?'\n    optional: \"true\""));

        // When
        var outcomes = Run(rule, "1. Food\n\n1.1. The fruit bowl holds apples.\n");

        // Then
        outcomes.Should().ContainSingle().Which.Verdict.Should().Be(Verdict.Meets);
    }

    [Fact]
    public void Should_Report_Only_The_Required_Items_Missing_When_An_Optional_Item_Is_Also_Missing()
    {
        // Given
        var rule = Rule("anchor: 'fruit'\nperItem: \"true\"\n" + Items.Replace("pattern: 'pears?'", "pattern: 'pears?'\n    optional: \"true\""));

        // When
        var outcomes = Run(rule, "1. Food\n\n1.1. The fruit bowl is empty.\n");

        // Then
        outcomes.Should().ContainSingle().Which.Should().Match<RuleOutcome>(o => o.Verdict == Verdict.Warning && o.Item == "a");
    }
}
