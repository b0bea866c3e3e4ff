using PolicyLint.Analysis.Checking;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Pipeline;
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
            Segmenter: NotWired<IClauseSegmenter>("clause segmenter"), // TODO(lead): the segmenter from PolicyLint.Ingest.
            Metadata: NotWired<IMetadataReader>("metadata reader"), // TODO(lead): the front-matter reader.
            KindDetector: NotWired<IDocumentKindDetector>("document kind detector"), // TODO(lead): policy vs self-assessment.
            AssessmentParser: NotWired<IAssessmentParser>("self-assessment parser"), // TODO(lead): from branch assess.
            Facts: NotWired<IFactExtractor>("fact extractor"), // TODO(lead): timescales, windows, stage counts.
            Mapper: null, // TODO(lead): the FTS5 + classifier mapper from branch mapping (optional stage).
            Judge: NotWired<IJudge>("judge"), // TODO(lead): the rule engine over corpus/rules, for `code`.
            CrossChecker: null); // TODO(lead): the self-assessment cross-checker (optional stage).
    }

    /// <summary>The readers by lower-case file extension.</summary>
    public static IReadOnlyDictionary<string, IDocumentReader> Readers() =>
        new Dictionary<string, IDocumentReader>(StringComparer.Ordinal)
        {
            [".txt"] = PlainTextReader.Instance,
            [".md"] = PlainTextReader.Instance,

            // TODO(lead): ".docx" (OpenXml), ".pdf" (pdftotext / tesseract), ".html" and ".htm" readers.
        };

    /// <summary>
    /// Stands where a required stage has not been merged yet. It fails when the checker is built, with
    /// a message the CLI prints as one line, rather than letting a check run with a pretend stage.
    /// </summary>
    private static T NotWired<T>(string stage) =>
        throw new InvalidOperationException($"this build has no {stage} wired in (src/PolicyLint.Cli/Composition.cs)");
}
