using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Testing.Fakes;

/// <summary>
/// A test segmenter: every block is one clause; a block starting "7.4.1 " takes that number as its id,
/// any other block is "pN". Throws <see cref="InvalidOperationException"/> on a block that reads
/// "EXPLODE", so tests can see how the CLI copes with a stage that fails.
/// </summary>
public sealed partial class LineSegmenter : IClauseSegmenter
{
    public static LineSegmenter Instance { get; } = new();

    public IReadOnlyList<Clause> Segment(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var clauses = new List<Clause>();
        foreach (var block in document.Blocks)
        {
            if (block.Text.Trim() == "EXPLODE")
            {
                throw new InvalidOperationException($"the test segmenter was told to fail on {document.Path}");
            }

            var match = Numbered().Match(block.Text);
            clauses.Add(match.Success
                ? new Clause(match.Groups[1].Value, match.Groups[2].Value, block.Location)
                : new Clause($"p{block.Location.Paragraph}", block.Text, block.Location));
        }

        return clauses;
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)*)\.?\s+(.*)$")]
    private static partial Regex Numbered();
}
