using PolicyLint.Ingest.Docx;

namespace PolicyLint.Ingest.Tests.Docx;

public sealed class NumberingEngineTests
{
    // Abstract lists used by the scenarios below.
    private static readonly AbstractList Clauses = new(0,
    [
        new ListLevel(0, ListNumberFormat.Decimal, "%1."),
        new ListLevel(1, ListNumberFormat.Decimal, "%1.%2."),
        new ListLevel(2, ListNumberFormat.Decimal, "%1.%2.%3."),
    ]);

    private static readonly AbstractList Letters = new(1,
    [
        new ListLevel(0, ListNumberFormat.LowerLetter, "%1."),
        new ListLevel(1, ListNumberFormat.LowerRoman, "(%2)"),
        new ListLevel(2, ListNumberFormat.UpperLetter, "%3)"),
    ]);

    private static readonly AbstractList Bullets = new(2,
    [
        new ListLevel(0, ListNumberFormat.Bullet, "\uF0B7"),
        new ListLevel(1, ListNumberFormat.Bullet, "o"),
    ]);

    private static readonly AbstractList StartsAtSeven = new(3,
    [
        new ListLevel(0, ListNumberFormat.Decimal, "%1.", Start: 7),
        new ListLevel(1, ListNumberFormat.Decimal, "%1.%2.", Start: 4),
        new ListLevel(2, ListNumberFormat.DecimalZero, "%1.%2.%3"),
    ]);

    private static readonly AbstractList Legal = new(4,
    [
        new ListLevel(0, ListNumberFormat.UpperRoman, "Article %1."),
        new ListLevel(1, ListNumberFormat.DecimalZero, "Section %1.%2") { IsLegal = true },
        new ListLevel(2, ListNumberFormat.LowerLetter, "%1.%2.%3"),
    ]);

    private static readonly AbstractList RestartRules = new(5,
    [
        new ListLevel(0, ListNumberFormat.Decimal, "%1."),
        new ListLevel(1, ListNumberFormat.Decimal, "%1.%2."),
        new ListLevel(2, ListNumberFormat.LowerLetter, "%3.") { Restart = 1 },
        new ListLevel(3, ListNumberFormat.LowerRoman, "%4.") { Restart = 0 },
    ]);

    private static readonly AbstractList OutlineHeadings = new(6,
    [
        new ListLevel(0, ListNumberFormat.Decimal, "%1.") { ParagraphStyle = "Heading1" },
        new ListLevel(1, ListNumberFormat.Decimal, "%1.%2") { ParagraphStyle = "Heading2" },
    ]);

    private static readonly AbstractList LinkedToStyle = new(7, []) { NumStyleLink = "ClauseListStyle" };

    private static readonly AbstractList StyleDefinition = new(8,
    [
        new ListLevel(0, ListNumberFormat.Decimal, "%1)"),
        new ListLevel(1, ListNumberFormat.LowerLetter, "%2)"),
    ])
    { StyleLink = "ClauseListStyle" };

    private static readonly AbstractList NoneLevel = new(9,
    [
        new ListLevel(0, ListNumberFormat.None, string.Empty),
        new ListLevel(1, ListNumberFormat.Decimal, "%1%2."),
    ]);

    private static readonly NumberingDefinitions Definitions = new(
        [Clauses, Letters, Bullets, StartsAtSeven, Legal, RestartRules, OutlineHeadings, LinkedToStyle, StyleDefinition, NoneLevel],
        [
            new ListInstance(1, 0),
            new ListInstance(2, 0),
            new ListInstance(3, 0) { Overrides = [new LevelOverride(0, 1)] },
            new ListInstance(4, 1),
            new ListInstance(5, 1) { Overrides = [new LevelOverride(0, 1)] },
            new ListInstance(6, 2),
            new ListInstance(7, 3),
            new ListInstance(8, 4),
            new ListInstance(9, 5),
            new ListInstance(10, 6),
            new ListInstance(11, 8),
            new ListInstance(12, 7),
            new ListInstance(13, 9),
            new ListInstance(14, 0) { Overrides = [new LevelOverride(1, null, new ListLevel(1, ListNumberFormat.UpperLetter, "%1.%2"))] },
            new ListInstance(15, 4) { Overrides = [new LevelOverride(0, 3)] },
        ]);

    private static readonly StyleSheet Styles = new(
    [
        new StyleInfo("Normal", "Normal"),
        new StyleInfo("Heading1", "heading 1", "Normal") { Numbering = new NumberingReference(10, null) },
        new StyleInfo("Heading2", "heading 2", "Heading1") { Numbering = new NumberingReference(10, null) },
        new StyleInfo("PolicySection", "Policy Section", "Heading1"),
        new StyleInfo("PolicyClause", "Policy Clause", "Normal") { Numbering = new NumberingReference(1, 1) },
        new StyleInfo("PolicySubClause", "Policy Sub-clause", "PolicyClause") { Numbering = new NumberingReference(null, 2) },
        new StyleInfo("Unnumbered", "Unnumbered heading", "Heading1") { Numbering = new NumberingReference(0, null) },
        new StyleInfo("ClauseListStyle", "Clause List", null) { Numbering = new NumberingReference(11, null) },
        new StyleInfo("LoopA", "Loop A", "LoopB"),
        new StyleInfo("LoopB", "Loop B", "LoopA"),
    ]);

    /// <summary>
    /// Each step is "numId:ilvl" (direct numbering), "@Style" (numbering from the style only) or
    /// "@Style=numId:ilvl" (both); the expected labels are joined by spaces, "-" for an unnumbered paragraph.
    /// </summary>
    [Theory]
    [InlineData("multi-level decimal", "1:0 1:1 1:1 1:2 1:2 1:1 1:0 1:1 1:2", "1. 1.1. 1.2. 1.2.1. 1.2.2. 1.3. 2. 2.1. 2.1.1.")]
    [InlineData("deeper levels restart when a shallower level advances", "1:0 1:1 1:2 1:0 1:2", "1. 1.1. 1.1.1. 2. 2.0.1.")]
    [InlineData("numIds on the same abstract list share counters", "1:0 1:0 2:0 1:0 2:1", "1. 2. 3. 4. 4.1.")]
    [InlineData("a new numId with a startOverride restarts the list", "1:0 1:0 3:0 3:1 3:0", "1. 2. 1. 1.1. 2.")]
    [InlineData("start values", "7:0 7:1 7:1 7:2 7:2 7:0", "7. 7.4. 7.5. 7.5.01 7.5.02 8.")]
    [InlineData("lettered and roman levels", "4:0 4:1 4:1 4:1 4:1 4:0 4:1 4:2", "a. (i) (ii) (iii) (iv) b. (i) A)")]
    [InlineData("lettering restarts under a new numId with a startOverride", "4:0 4:0 4:0 5:0 5:0", "a. b. c. a. b.")]
    [InlineData("bullets", "6:0 6:1 6:0", "• o •")]
    [InlineData("isLgl renders shallower levels as decimal", "8:0 8:1 8:1 8:0 8:1 8:2", "Article I. Section 1.01 Section 1.02 Article II. Section 2.01 II.01.a")]
    [InlineData("a startOverride on an isLgl list", "15:0 15:1", "Article III. Section 3.01")]
    [InlineData("lvlRestart 1 restarts only after level 0; lvlRestart 0 never", "9:0 9:1 9:2 9:3 9:1 9:2 9:3 9:0 9:1 9:2 9:3", "1. 1.1. a. i. 1.2. b. ii. 2. 2.1. a. iii.")]
    [InlineData("numbering inherited from a style through basedOn", "@PolicySection @Heading2 @Heading2 @PolicySection @Heading2", "1. 1.1 1.2 2. 2.1")]
    [InlineData("numId and ilvl inherited separately from a style chain", "@PolicyClause @PolicySubClause @PolicySubClause @PolicyClause", "0.1. 0.1.1. 0.1.2. 0.2.")]
    [InlineData("numId 0 on a paragraph switches the style's numbering off", "@Heading1 @Heading1=0:0 @Unnumbered @Heading1", "1. - - 2.")]
    [InlineData("direct numbering wins over the style's", "@Heading1=1:0 @Heading1=1:1 @Heading1", "1. 1.1. 1.")]
    [InlineData("numStyleLink takes its levels from the numbering style", "12:0 12:1 12:1 11:0", "1) a) b) 2)")]
    [InlineData("a level shown as none leaves only the other levels", "13:0 13:1 13:1", "- 1. 2.")]
    [InlineData("a lvlOverride can replace a level's definition", "14:0 14:1 14:1", "1. 1.A 1.B")]
    [InlineData("undefined lists, levels and style loops give no number", "99:0 1:7 @LoopA @Missing", "- - - -")]
    public void Should_Compute_Labels_Like_Word_When_Numbering(string scenario, string steps, string expected)
    {
        // Given
        var engine = new NumberingEngine(Definitions, Styles);

        // When
        var labels = steps.Split(' ').Select(step => Label(engine, step)).ToList();

        // Then
        string.Join(' ', labels).Should().Be(expected, scenario);
    }

    [Fact]
    public void Should_Report_Lists_That_Are_Not_Defined_When_Paragraphs_Use_Them()
    {
        var engine = new NumberingEngine(Definitions, Styles);

        engine.Next(42, 0).Should().BeNull();
        engine.Next(1, 0).Should().NotBeNull();

        engine.MissingLists.Should().Equal(42);
    }

    [Fact]
    public void Should_Give_Level_And_Bullet_Flag_When_Numbering()
    {
        var engine = new NumberingEngine(Definitions, Styles);

        var clause = engine.Next(1, 2);
        var bullet = engine.Next(6, 0);

        clause.Should().Be(new ListLabel("0.0.1.", 2, 1, IsBullet: false));
        bullet.Should().Be(new ListLabel("•", 0, 6, IsBullet: true));
    }

    [Theory]
    [InlineData(1, ListNumberFormat.Decimal, "1")]
    [InlineData(3, ListNumberFormat.DecimalZero, "03")]
    [InlineData(12, ListNumberFormat.DecimalZero, "12")]
    [InlineData(1, ListNumberFormat.LowerLetter, "a")]
    [InlineData(26, ListNumberFormat.LowerLetter, "z")]
    [InlineData(27, ListNumberFormat.LowerLetter, "aa")]
    [InlineData(54, ListNumberFormat.UpperLetter, "BBB")]
    [InlineData(4, ListNumberFormat.LowerRoman, "iv")]
    [InlineData(9, ListNumberFormat.LowerRoman, "ix")]
    [InlineData(1994, ListNumberFormat.UpperRoman, "MCMXCIV")]
    [InlineData(0, ListNumberFormat.LowerRoman, "0")]
    [InlineData(5, ListNumberFormat.None, "")]
    public void Should_Format_Counter_When_Level_Has_Format(int value, ListNumberFormat format, string expected)
    {
        ListNumberFormatter.Format(value, format).Should().Be(expected);
    }

    [Theory]
    [InlineData("\uF0B7", "•")]
    [InlineData("\uF0A7", "•")]
    [InlineData("", "•")]
    [InlineData("–", "–")]
    [InlineData("o", "o")]
    public void Should_Show_Symbol_Font_Bullets_As_A_Bullet_When_Stored_As_Private_Use_Characters(string levelText, string expected)
    {
        ListNumberFormatter.Bullet(levelText).Should().Be(expected);
    }

    private static string Label(NumberingEngine engine, string step)
    {
        ListLabel? label;
        if (step.StartsWith('@'))
        {
            var parts = step[1..].Split('=');
            var direct = parts.Length > 1 ? Reference(parts[1]) : null;
            label = engine.Next(parts[0], direct);
        }
        else
        {
            label = engine.Next(null, Reference(step));
        }

        return label is null || label.Text.Length == 0 ? "-" : label.Text;
    }

    private static NumberingReference Reference(string step)
    {
        var parts = step.Split(':');
        return new NumberingReference(int.Parse(parts[0]), int.Parse(parts[1]));
    }
}
