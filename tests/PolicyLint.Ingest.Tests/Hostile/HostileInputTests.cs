using System.IO.Compression;
using System.Text;
using FluentAssertions;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Docx;
using PolicyLint.Ingest.Html;
using PolicyLint.Ingest.Text;
using Xunit;

namespace PolicyLint.Ingest.Tests.Hostile;

/// <summary>Hostile inputs (issue 15) are generated here, small, and each must end in a one-line InputException naming the cause.</summary>
public sealed class HostileInputTests : IDisposable
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "policylint-hostile-" + Guid.NewGuid().ToString("N")[..8]);

    public HostileInputTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_docx_part_that_inflates_past_the_part_limit_is_refused_while_inflating()
    {
        // 40 MB of one repeated character compresses to a few tens of KB.
        var body = "<w:p><w:r><w:t>" + new string('a', 40 * 1024 * 1024) + "</w:t></w:r></w:p>";
        var path = Docx("bomb.docx", body);
        new FileInfo(path).Length.Should().BeLessThan(1024 * 1024);

        var act = () => DocxReader.Instance.Read(new SourceFile("bomb.docx", path));

        act.Should().Throw<InputException>().Which.Cause.Should().Contain("word/document.xml").And.Contain("zip bomb");
    }

    [Fact]
    public void A_docx_nested_deeper_than_the_depth_limit_is_refused_and_a_shallow_one_is_read()
    {
        var deep = Docx("deep.docx", "<w:p>" + Repeat("<w:hyperlink>", 5000) + "<w:r><w:t>x</w:t></w:r>" + Repeat("</w:hyperlink>", 5000) + "</w:p>");
        var shallow = Docx("shallow.docx", "<w:p>" + Repeat("<w:hyperlink>", 20) + "<w:r><w:t>Complaints policy</w:t></w:r>" + Repeat("</w:hyperlink>", 20) + "</w:p>");

        var act = () => DocxReader.Instance.Read(new SourceFile("deep.docx", deep));

        act.Should().Throw<InputException>().Which.Cause.Should().Contain("nests elements more than 256 deep");
        DocxReader.Instance.Read(new SourceFile("shallow.docx", shallow)).Blocks.Should().ContainSingle(b => b.Text == "Complaints policy");
    }

    [Fact]
    public void A_paragraph_of_many_page_breaks_is_read_in_linear_time_and_counts_its_pages()
    {
        const int breaks = 50_000;
        var path = Docx("breaks.docx", "<w:p><w:r><w:t>Start</w:t>" + Repeat("<w:br w:type=\"page\"/>", breaks) + "</w:r></w:p><w:p><w:r><w:t>End</w:t></w:r></w:p>");

        var document = DocxReader.Instance.Read(new SourceFile("breaks.docx", path));

        document.Blocks[^1].Location.Page.Should().Be(breaks + 1);
    }

    [Fact]
    public void A_lettered_list_label_past_the_length_limit_is_shown_as_its_number()
    {
        ListNumberFormatter.Format(2_000_000_000, ListNumberFormat.LowerLetter).Should().Be("2000000000");
        ListNumberFormatter.Format(28, ListNumberFormat.LowerLetter).Should().Be("bb");
    }

    [Fact]
    public void An_html_roman_list_with_a_huge_value_gives_a_decimal_label_and_a_small_one_stays_roman()
    {
        var path = Write("list.html", "<html><body><ol type=\"I\"><li value=\"2147483646\">Huge</li></ol><ol type=\"i\"><li value=\"4\">Small</li></ol></body></html>");

        var blocks = HtmlReader.Instance.Read(new SourceFile("list.html", path)).Blocks;

        blocks.Select(b => b.ListNumber).Should().Equal("2147483646", "iv");
    }

    [Fact]
    public void An_html_page_nested_past_the_depth_limit_is_refused_before_parsing_and_sloppy_markup_is_not()
    {
        var deep = Write("deep.html", "<html><body>" + Repeat("<div>", 40_000) + "x" + Repeat("</div>", 40_000) + "</body></html>");
        var sloppy = Write("sloppy.html", "<html><body>" + Repeat("<p>Para<li>item<br>", 2000) + "<div>Complaints policy</div></body></html>");

        var act = () => HtmlReader.Instance.Read(new SourceFile("deep.html", deep));

        act.Should().Throw<InputException>().Which.Cause.Should().Contain("40000 deep").And.Contain("limit is 256");
        HtmlReader.Instance.Read(new SourceFile("sloppy.html", sloppy)).Blocks.Should().Contain(b => b.Text == "Complaints policy");
    }

    [Fact]
    public void An_html_page_over_its_size_limit_is_refused_without_parsing()
    {
        var path = Write("big.html", "<p>" + new string('a', 2048) + "</p>");
        var reader = new HtmlReader(InputLimits.Default with { MaxHtmlBytes = 1024 });

        var act = () => reader.Read(new SourceFile("big.html", path));

        act.Should().Throw<InputException>().Which.Cause.Should().Contain("too large").And.Contain("limit");
    }

    [Fact]
    public void A_symbolic_link_to_a_device_is_refused_as_not_a_regular_file_and_a_link_to_a_file_is_read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var device = Path.Combine(folder, "zero.txt");
        File.CreateSymbolicLink(device, "/dev/zero");
        var real = Write("real.txt", "Complaints policy");
        var link = Path.Combine(folder, "link.txt");
        File.CreateSymbolicLink(link, real);

        var act = () => PlainTextReader.Instance.Read(new SourceFile("zero.txt", device));

        act.Should().Throw<InputException>().Which.Cause.Should().Contain("not a regular file");
        PlainTextReader.Instance.Read(new SourceFile("link.txt", link)).Blocks.Should().ContainSingle(b => b.Text == "Complaints policy");
    }

    [Fact]
    public void A_fifo_is_refused_without_blocking()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/mkfifo"))
        {
            return;
        }

        var fifo = Path.Combine(folder, "pipe.txt");
        using (var mk = System.Diagnostics.Process.Start("/usr/bin/mkfifo", [fifo]))
        {
            mk.WaitForExit();
        }

        var act = () => PlainTextReader.Instance.Read(new SourceFile("pipe.txt", fifo));

        act.Should().Throw<InputException>().Which.Cause.Should().Contain("not a regular file");
    }

    [Fact]
    public void A_hard_link_is_the_same_file_and_a_copy_is_not()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/ln"))
        {
            return;
        }

        var input = Write("input.txt", "text");
        var copy = Write("copy.txt", "text");
        var hard = Path.Combine(folder, "hard.txt");
        using (var ln = System.Diagnostics.Process.Start("/usr/bin/ln", [input, hard]))
        {
            ln.WaitForExit();
        }

        FileIdentity.SameFile(input, hard).Should().BeTrue();
        FileIdentity.SameFile(input, copy).Should().BeFalse();
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A minimal DOCX package with the given body XML.</summary>
    private string Docx(string name, string bodyXml)
    {
        var path = Path.Combine(folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        Entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        Entry(zip, "word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{W}\"><w:body>{bodyXml}</w:body></w:document>");
        return path;
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
    }
}
