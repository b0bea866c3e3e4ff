using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Html;
using PolicyLint.Ingest.Tests.Pdf;

namespace PolicyLint.Ingest.Tests.Html;

public sealed class HtmlReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("policylint-html-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("northmoor.policy.html")]
    [InlineData("northmoor.self-assessment.html")]
    public void Html_samples_read_as_their_golden_blocks(string name)
    {
        var document = HtmlReader.Instance.Read(Samples.Html(name));

        document.Extraction.Method.Should().Be("html");
        Samples.MatchGolden(Samples.Describe(document.Blocks), Samples.GoldenPath(Path.GetFileNameWithoutExtension(name) + ".html"));
    }

    [Fact]
    public void Page_furniture_is_dropped_and_content_is_kept()
    {
        var document = Read("""
            <html><body>
            <nav><a href="/">Home</a></nav>
            <div class="cookie-banner"><p>We use cookies.</p></div>
            <div role="navigation"><p>Menu text</p></div>
            <header><p>Site name</p></header>
            <script>var x = 1;</script><style>p { color: red }</style><noscript>Enable scripts</noscript>
            <aside><p>Related links</p></aside>
            <form><label>Search</label></form>
            <h2>Stage one</h2>
            <p>We will reply within <b>ten</b>
               working days.</p>
            <footer><p>Copyright</p></footer>
            </body></html>
            """);

        Describe(document).Should().Equal("heading:2:Stage one", "paragraph::We will reply within ten working days.");
    }

    [Fact]
    public void Ordered_lists_carry_their_computed_numbers_and_bullets_their_mark()
    {
        var document = Read("""
            <ol start="3"><li>third</li><li>fourth<ul><li>nested point</li></ul></li></ol>
            <ol type="a"><li>first letter</li><li value="4">jumped to d</li></ol>
            <ol type="i"><li>one</li><li>two</li></ol>
            """);

        document.Blocks.Select(b => $"{b.ListNumber}:{b.Level}:{b.Text}").Should().Equal(
            "3:0:third", "4:0:fourth", "•:1:nested point", "a:0:first letter", "d:0:jumped to d", "i:0:one", "ii:0:two");
        document.Blocks.Should().OnlyContain(b => b.Kind == BlockKind.ListItem);
    }

    [Fact]
    public void Tables_keep_rows_and_cells_with_the_header_flagged()
    {
        var document = Read("""
            <table>
              <thead><tr><th>Provision</th><th>Comply</th></tr></thead>
              <tbody><tr><td>5.1</td><td>Yes</td></tr><tr><td>5.2</td><td>No, see <a href="#">note</a></td></tr></tbody>
            </table>
            """);

        var table = document.Blocks.Should().ContainSingle().Subject;
        table.Kind.Should().Be(BlockKind.Table);
        table.Rows!.Select(r => (r.IsHeader, string.Join("|", r.Cells))).Should().Equal(
            (true, "Provision|Comply"), (false, "5.1|Yes"), (false, "5.2|No, see note"));
    }

    [Fact]
    public void A_page_with_no_content_is_refused_with_a_one_line_cause()
    {
        var act = () => Read("<html><body><nav>Home</nav><script>x()</script></body></html>");

        act.Should().Throw<InputException>().Which.Cause.Should().Be("no text found in the HTML page");
    }

    private Document Read(string html)
    {
        var path = Path.Combine(folder, "page.html");
        File.WriteAllText(path, html);
        return HtmlReader.Instance.Read(new SourceFile("page.html", path));
    }

    private static IEnumerable<string> Describe(Document document) =>
        document.Blocks.Select(b => $"{b.Kind.ToString().ToLowerInvariant()}:{b.Level}:{b.Text}");
}
