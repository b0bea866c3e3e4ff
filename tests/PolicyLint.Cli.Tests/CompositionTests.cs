using PolicyLint.Engine;
using PolicyLint.Ingest.Docx;
using PolicyLint.Ingest.Text;

namespace PolicyLint.Cli.Tests;

public sealed class CompositionTests
{
    [Theory]
    [InlineData(".txt")]
    [InlineData(".md")]
    public void Should_Read_Text_And_Markdown_With_The_Plain_Text_Reader(string extension)
    {
        Composition.Readers()[extension].Should().BeSameAs(PlainTextReader.Instance);
    }

    [Fact]
    public void Should_Read_Word_Documents_With_The_Docx_Reader()
    {
        Composition.Readers()[".docx"].Should().BeSameAs(DocxReader.Instance);
    }

    [Fact]
    public void Should_Key_Readers_By_Lower_Case_Extension_With_The_Dot()
    {
        Composition.Readers().Keys.Should().OnlyContain(k => k.StartsWith('.') && k == k.ToLowerInvariant());
    }
}
