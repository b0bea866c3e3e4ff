using PolicyLint.Analysis.Checking;
using PolicyLint.Analysis.Facts;
using PolicyLint.Analysis.Rules;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Docx;
using PolicyLint.Ingest.Metadata;
using PolicyLint.Ingest.Segmentation;
using PolicyLint.Ingest.Text;

namespace PolicyLint.Cli;

/// <summary>
/// The one place where the stages of a check are chosen. Every stage the command line runs is named
/// here, with `new` or a static Instance, so a reader can see the whole pipeline on one screen.
/// </summary>
public static class Composition
{
    /// <summary>Builds the checker the CLI runs for one Code version.</summary>
    public static Checker CreateChecker(CodeCatalogue code) => new(Stages(code));

    public static CheckStages Stages(CodeCatalogue code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new CheckStages(
            ReadersByExtension: Readers(),
            Segmenter: ClauseSegmenter.Instance,
            Metadata: FrontMatterReader.Instance,
            KindDetector: NotWired<IDocumentKindDetector>("document kind detector"), // TODO(lead): from branch assess.
            AssessmentParser: NotWired<IAssessmentParser>("self-assessment parser"), // TODO(lead): from branch assess.
            Facts: FactExtractor.Default,
            Mapper: null, // TODO(lead): the FTS5 + classifier mapper from branch mapping (optional stage).
            Judge: new RuleJudge(RuleBook.Load()),
            CrossChecker: null); // TODO(lead): the self-assessment cross-checker from branch assess (optional stage).
    }

    /// <summary>The readers by lower-case file extension.</summary>
    public static IReadOnlyDictionary<string, IDocumentReader> Readers() =>
        new Dictionary<string, IDocumentReader>(StringComparer.Ordinal)
        {
            [".txt"] = PlainTextReader.Instance,
            [".md"] = PlainTextReader.Instance,
            [".docx"] = DocxReader.Instance,

            // TODO(lead): ".pdf" (pdftotext / tesseract), ".html" and ".htm" readers.
        };

    /// <summary>
    /// Stands where a required stage has not been merged yet. It fails when the checker is built, with
    /// a message the CLI prints as one line, rather than letting a check run with a pretend stage.
    /// </summary>
    private static T NotWired<T>(string stage) =>
        throw new InvalidOperationException($"this build has no {stage} wired in (src/PolicyLint.Cli/Composition.cs)");
}
