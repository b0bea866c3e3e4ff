using PolicyLint.Analysis.Facts;

namespace PolicyLint.Analysis.Tests.Facts;

public sealed class CueLexiconTests
{
    private static string WriteLexicon(string body)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, body);
        return path;
    }

    [Theory]
    [InlineData("stage (1|one)", "at Stage One we", true)]
    [InlineData("escalat*", "you may escalate it", true)]
    [InlineData("escalat*", "reescalated", false)]
    [InlineData("we('ve| have) got", "we’ve got it", true)]
    [InlineData("look again", "look   again", true)]
    [InlineData("stage (1|one)", "stage 12", false)]
    [InlineData("let ... know", "let the complaints team know", true)]
    [InlineData("let ... know", "let know", true)]
    [InlineData("let ... know", "let us and the officer who dealt with it and the manager of that team know", false)]
    [InlineData("instead ... ombudsman", "instead, tell you how to go to the Ombudsman", true)]
    public void Should_Match_A_Phrase_On_Word_Boundaries_With_Its_Syntax(string phrase, string text, bool expected)
    {
        var groups = Enum.GetValues<CueGroup>().Select(g => $"  {g}:\n    - {(g == CueGroup.Stage1 ? phrase : "unused phrase")}\n");
        var lexicon = CueLexicon.Load(WriteLexicon("groups:\n" + string.Concat(groups)));

        lexicon.IsMatch(CueGroup.Stage1, text).Should().Be(expected);
    }

    [Fact]
    public void Should_Load_The_Projects_Lexicon_With_Every_Group()
    {
        var lexicon = CueLexicon.Default;

        lexicon.IsMatch(CueGroup.Stage2, "If you are still unhappy with our response").Should().BeTrue();
        lexicon.IsMatch(CueGroup.Stage2, "We will acknowledge your complaint").Should().BeFalse();
    }

    [Fact]
    public void Should_Refuse_A_Lexicon_With_An_Unknown_Group_Naming_The_File_And_The_Group()
    {
        var path = WriteLexicon("groups:\n  stage9:\n    - stage nine\n");

        var load = () => CueLexicon.Load(path);

        load.Should().Throw<InvalidDataException>().WithMessage($"{path}: unknown cue group 'stage9'");
    }

    [Fact]
    public void Should_Refuse_A_Lexicon_Missing_A_Group()
    {
        var path = WriteLexicon("groups:\n  stage1:\n    - stage one\n");

        var load = () => CueLexicon.Load(path);

        load.Should().Throw<InvalidDataException>().WithMessage("*has no 'stage2' group*");
    }
}
