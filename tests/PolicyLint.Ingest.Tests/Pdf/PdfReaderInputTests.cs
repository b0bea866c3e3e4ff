using System.Text;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Pdf;
using PolicyLint.Ingest.Processes;

namespace PolicyLint.Ingest.Tests.Pdf;

public sealed class PdfReaderInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("policylint-pdf-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_file_that_is_not_a_pdf_is_refused()
    {
        var act = () => PdfReader.Instance.Read(Write("notes.pdf", Encoding.ASCII.GetBytes("just some text")));

        act.Should().Throw<InputException>().Which.Message.Should().Be("notes.pdf: not a PDF file (it does not start with %PDF)");
    }

    [Fact]
    public void A_corrupt_pdf_is_refused_with_the_tool_s_first_complaint()
    {
        Samples.RequireTool("pdfinfo", PdfReader.PopplerPackage);
        var bytes = File.ReadAllBytes(Samples.Pdf("northmoor.policy.pdf").FullPath);

        var act = () => PdfReader.Instance.Read(Write("broken.pdf", bytes[..600]));

        act.Should().Throw<InputException>().Which.Cause.Should().StartWith("corrupt or unreadable PDF (pdfinfo: ");
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var act = () => PdfReader.Instance.Read(Write("empty.pdf", []));

        act.Should().Throw<InputException>().Which.Cause.Should().Be("empty file");
    }

    [Fact]
    public void A_password_protected_pdf_is_refused_as_encrypted()
    {
        var runner = new ScriptedRunner(new ProcessResult(ProcessOutcome.Exited, 1, string.Empty, "Command Line Error: Incorrect password\n"));

        var act = () => new PdfReader(runner, PdfLayout.Instance, PdfReaderOptions.Default).Read(Write("locked.pdf", MinimalPdf()));

        act.Should().Throw<InputException>().Which.Cause.Should().StartWith("encrypted PDF");
    }

    [Fact]
    public void Missing_poppler_names_the_package_to_install()
    {
        var runner = new ScriptedRunner(new ProcessResult(ProcessOutcome.NotInstalled, -1, string.Empty, string.Empty));

        var act = () => new PdfReader(runner, PdfLayout.Instance, PdfReaderOptions.Default).Read(Write("policy.pdf", MinimalPdf()));

        act.Should().Throw<InputException>().Which.Cause.Should().Be("pdfinfo is not installed (install the Debian package poppler-utils)");
    }

    [Fact]
    public void A_tool_that_times_out_is_reported_as_such()
    {
        var runner = new ScriptedRunner(new ProcessResult(ProcessOutcome.TimedOut, -1, string.Empty, string.Empty));

        var act = () => new PdfReader(runner, PdfLayout.Instance, PdfReaderOptions.Default).Read(Write("slow.pdf", MinimalPdf()));

        act.Should().Throw<InputException>().Which.Cause.Should().Be("pdfinfo timed out reading the PDF and was stopped");
    }

    [Fact]
    public void A_pdf_with_more_pages_than_the_limit_is_refused()
    {
        var runner = new ScriptedRunner(new ProcessResult(ProcessOutcome.Exited, 0, "Title: x\nPages:          900\n", string.Empty));

        var act = () => new PdfReader(runner, PdfLayout.Instance, PdfReaderOptions.Default).Read(Write("huge.pdf", MinimalPdf()));

        act.Should().Throw<InputException>().Which.Cause.Should().Be("too large (900 pages; the limit is 500)");
    }

    [Fact]
    public void The_user_s_file_is_left_untouched()
    {
        Samples.RequireTool("pdftotext", PdfReader.PopplerPackage);
        var sample = Samples.Pdf("northmoor.policy.pdf");
        var before = File.GetLastWriteTimeUtc(sample.FullPath);
        var hash = PolicyLint.Ingest.InputFiles.Sha256(File.ReadAllBytes(sample.FullPath));

        var document = PdfReader.Instance.Read(sample);

        document.Sha256.Should().Be(hash);
        File.GetLastWriteTimeUtc(sample.FullPath).Should().Be(before);
    }

    private static byte[] MinimalPdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");

    private SourceFile Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return new SourceFile(name, path);
    }

    /// <summary>Answers every tool run with the same result, to reach the reader's failure paths.</summary>
    private sealed class ScriptedRunner(ProcessResult result) : IProcessRunner
    {
        public ProcessResult Run(ProcessRequest request) => result;
    }
}
