using PolicyLint.Ingest.Pdf;

namespace PolicyLint.Ingest.Tests.Pdf;

/// <summary>Tesseract's TSV read into word boxes, on TSV written by hand: no tools needed.</summary>
public sealed class TesseractTsvParserTests
{
    private const string Header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";

    [Theory]
    [InlineData("O", "0")]
    [InlineData("O,", "0,")]
    [InlineData("o:", "0:")]
    [InlineData("l", "1")]
    [InlineData("I", "I")]
    [InlineData("One", "One")]
    public void Should_Read_A_Misread_Digit_After_Stage_As_The_Digit_When_Nothing_Else_Could_Stand_There(string read, string expected)
    {
        var tsv = Tsv(Word(1, 100, 100, "after"), Word(1, 300, 100, "Stage"), Word(1, 500, 100, read));

        var words = TesseractTsvParser.Parse(tsv, 1, 300).Words;

        words.Select(w => w.Text).Should().Equal("after", "Stage", expected);
    }

    [Fact]
    public void Should_Leave_O_Alone_When_It_Does_Not_Follow_Stage_On_The_Same_Line()
    {
        var tsv = Tsv(Word(1, 300, 100, "Stage"), Word(2, 100, 200, "O"));

        TesseractTsvParser.Parse(tsv, 1, 300).Words.Select(w => w.Text).Should().Equal("Stage", "O");
    }

    [Fact]
    public void Should_Drop_Table_Rules_And_Specks_When_They_Are_Read_As_Words()
    {
        var tsv = Tsv(
            Word(1, 100, 100, "|A"),
            Word(1, 200, 100, "senior"),
            Word(1, 400, 100, "manager|"),
            Word(1, 600, 100, "|"),
            Word(1, 700, 120, ";", height: 4),
            Word(1, 800, 100, "•"));

        var words = TesseractTsvParser.Parse(tsv, 1, 300).Words;

        words.Select(w => w.Text).Should().Equal("A", "senior", "manager", "•");
    }

    private static string Tsv(params string[] words) =>
        string.Join('\n', [Header, "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t", .. words]) + "\n";

    private static string Word(int line, int left, int top, string text, int height = 40) =>
        $"5\t1\t1\t1\t{line}\t1\t{left}\t{top}\t{Math.Max(4, text.Length * 20)}\t{height}\t95.5\t{text}";
}
