using System.Text;
using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Docx;
using PolicyLint.Ingest.Text;

namespace PolicyLint.Ingest.Tests.Docx;

/// <summary>
/// The committed sample policies (corpus/samples/policies/*.docx) read as expected. Expected blocks live in
/// Golden/&lt;name&gt;.blocks.txt; set POLICYLINT_REBASELINE=1 to rewrite them on purpose (refused under CI).
/// </summary>
public sealed partial class SampleDocxTests
{
    private static readonly string RepoRoot = FindRepoRoot();
    private static readonly string SamplesFolder = Path.Combine(RepoRoot, "corpus", "samples", "policies");
    private static readonly string GoldenFolder = Path.Combine(RepoRoot, "tests", "PolicyLint.Ingest.Tests", "Docx", "Golden");

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SamplesFolder, "*.docx").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Should_Find_The_Seven_Sample_Policies_When_Looking_In_The_Corpus()
    {
        ((IEnumerable<object[]>)Samples()).Select(row => (string)row[0]).Should().Equal("brackenridge", "elmstead", "harbourside", "meadowbank", "oakfield-2020", "thornbury", "willow-plain");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Match_The_Golden_Blocks_When_Reading_A_Sample_Docx(string name)
    {
        // Given
        var golden = Path.Combine(GoldenFolder, name + ".blocks.txt");

        // When
        var actual = Render(Read(name + ".docx", DocxReader.Instance));

        // Then
        PolicyLint.Testing.Golden.MatchFile(actual, golden);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Hold_The_Same_Numbers_In_The_Same_Order_When_Comparing_A_Sample_Docx_With_Its_Text_Export(string name)
    {
        // Given
        var docx = Read(name + ".docx", DocxReader.Instance);
        var text = Read(name + ".txt", PlainTextReader.Instance);

        // When: the docx numbers are computed from numbering.xml (or typed); the text export's are typed.
        var docxNumbers = docx.Blocks
            .Where(b => b.Kind != BlockKind.Table)
            .Select(b => b.ListNumber ?? TypedNumber(b.Text))
            .OfType<string>()
            .ToList();
        var textNumbers = text.Blocks
            .Where(b => !b.Text.Contains('\t'))
            .Select(b => TypedNumber(b.Text))
            .OfType<string>()
            .ToList();

        // Then
        docxNumbers.Should().HaveCountGreaterThan(25);
        docxNumbers.Should().Equal(textNumbers);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Read_Pages_And_A_Front_Matter_Table_When_Reading_A_Sample_Docx(string name)
    {
        var document = Read(name + ".docx", DocxReader.Instance);

        document.Extraction.Pages.Should().BeGreaterThanOrEqualTo(2);
        document.Blocks[0].Kind.Should().Be(BlockKind.Heading);
        document.Blocks[1].Kind.Should().Be(BlockKind.Table);
        document.Blocks[1].Rows!.Select(r => r.Cells[0]).Should().Contain(["Title", "Version"]);
        document.Blocks.Skip(2).Select(b => b.Location.Page).Should().BeInAscendingOrder();
        document.Blocks[^1].Location.Page.Should().BeGreaterThanOrEqualTo(2, "the samples' page breaks are counted");
    }

    /// <summary>One line per block: kind|listNumber|level|page|text, with table rows joined by a literal \n.</summary>
    public static string Render(Document document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            text.Append(block.Kind).Append('|')
                .Append(block.ListNumber).Append('|')
                .Append(block.Level).Append('|')
                .Append(block.Location.Page).Append('|')
                .Append(block.Text.Replace("\n", "\\n", StringComparison.Ordinal))
                .Append('\n');
        }

        return text.ToString();
    }

    private static Document Read(string file, IDocumentReader reader) =>
        reader.Read(new SourceFile(file, Path.Combine(SamplesFolder, file)));

    private static string? TypedNumber(string text)
    {
        var match = LeadingNumber().Match(text);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PolicyLint.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"PolicyLint.sln not found above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)*\.?|[a-z]\.|\([ivxl]+\)|•)\s")]
    private static partial Regex LeadingNumber();
}
