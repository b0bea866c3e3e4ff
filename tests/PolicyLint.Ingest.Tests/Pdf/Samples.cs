using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Ingest.Tests.Pdf;

/// <summary>Finds the committed samples and golden files, and writes blocks in the golden format.</summary>
internal static class Samples
{
    public static string Root { get; } = FindRoot();

    public static SourceFile Pdf(string name) => File("pdf", name);

    public static SourceFile Html(string name) => File("html", name);

    /// <summary>
    /// Golden files for PDF and HTML samples alike live in tests/PolicyLint.Ingest.Tests/Pdf/Golden. They are
    /// found from the repository root, not from the source path, which CI builds map to "/_/".
    /// </summary>
    public static string GoldenPath(string name) =>
        Path.Combine(Root, "tests", "PolicyLint.Ingest.Tests", "Pdf", "Golden", name + ".blocks.txt");

    /// <summary>One line per block, "kind|listNumber|page|text"; a table gives one line per row, "table|header|page|cell | cell".</summary>
    public static string Describe(IEnumerable<Block> blocks)
    {
        var lines = new List<string>();
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Table)
            {
                lines.AddRange(block.Rows!.Select(r => $"table|{(r.IsHeader ? "header" : string.Empty)}|{block.Location.Page}|{string.Join(" | ", r.Cells)}"));
                continue;
            }

            var kind = block.Kind == BlockKind.Heading ? $"heading{block.Level}" : block.Kind.ToString().ToLowerInvariant();
            lines.Add($"{kind}|{block.ListNumber}|{block.Location.Page}|{block.Text}");
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// The OCR-tolerant form: one line per block (or table row), "kind|listNumber|page|first token"; OCR may
    /// vary a letter inside a sentence between Tesseract builds, but not the block structure or clause numbers.
    /// </summary>
    public static string DescribeOutline(IEnumerable<Block> blocks) =>
        string.Join('\n', Describe(blocks).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var parts = line.Split('|', 4);
            var first = parts[3].Split(' ', 2)[0];
            return $"{parts[0]}|{parts[1]}|{parts[2]}|{first}";
        })) + "\n";

    /// <summary>Compares with the golden file (see <see cref="PolicyLint.Testing.Golden"/> for rebaselining).</summary>
    public static void MatchGolden(string actual, string goldenPath) => PolicyLint.Testing.Golden.MatchFile(actual, goldenPath);

    /// <summary>Fails with the package to install when a tool the test needs is missing.</summary>
    public static void RequireTool(string program, string package)
    {
        PolicyLint.Ingest.Processes.ExternalProcessRunner.IsOnPath(program)
            .Should().BeTrue($"{program} is needed by this test: install the Debian package(s) {package} (tools/setup-system.sh does)");
    }

    private static SourceFile File(string folder, string name)
    {
        var path = Path.Combine(Root, "corpus", "samples", folder, name);
        return new SourceFile(name, path);
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !System.IO.File.Exists(Path.Combine(folder.FullName, "PolicyLint.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("PolicyLint.sln not found above " + AppContext.BaseDirectory);
    }
}
