using PolicyLint.Analysis.Checking;
using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.Mapping;
using PolicyLint.Analysis.CrossChecking;
using PolicyLint.Analysis.Facts;
using PolicyLint.Analysis.Rules;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Assessment;
using PolicyLint.Ingest.Docx;
using PolicyLint.Ingest.Html;
using PolicyLint.Ingest.Pdf;
using PolicyLint.Ingest.Metadata;
using PolicyLint.Ingest.Segmentation;
using PolicyLint.Ingest.Text;

namespace PolicyLint.Engine;

/// <summary>
/// The one composition root: where the stages of a check are chosen. Every stage the engine runs is named
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
            KindDetector: DocumentKindDetector.Instance,
            AssessmentParser: new AssessmentParser(Current(code)),
            Facts: FactExtractor.Default,
            Mapper: Mapper(Current(code)),
            Judge: new RuleJudge(RuleBook.Load()),
            CrossChecker: new CrossChecker(Current(code)));
    }

    /// <summary>
    /// Self-assessment rows are placed on 2024 provisions whatever Code the policy is judged against
    /// (older forms are mapped to their nearest 2024 provision).
    /// </summary>
    private static CodeCatalogue Current(CodeCatalogue code) =>
        code.Id == CodeVersions.Current ? code : CodeCatalogueLoader.Load(CodeVersions.Current);

    /// <summary>
    /// The clause mapper: the SQLite FTS5 index over the provisions blended with the trained classifier
    /// (models/). The committed model must match corpus/training: a missing or stale model stops the
    /// check with a one-line error rather than mapping with weights that no longer fit the data.
    /// It is loaded on another thread while the first document is read (<see cref="MapperPool"/>), and
    /// one more is built for each document mapped at the same time, up to one per processor.
    /// The index lives as long as the process (one check per run).
    /// </summary>
    private static MapperPool Mapper(CodeCatalogue current) => new(() => LoadMapper(current), Environment.ProcessorCount);

    private static IClauseMapper LoadMapper(CodeCatalogue current)
    {
        var model = ModelStore.Load(CorpusLocator.Models(), CorpusLocator.Corpus("training", CodeVersions.Current));
        return CombinedMapper.Create(model, Analysis.Mapping.ProvisionIndex.For(model, current));
    }

    /// <summary>The readers by lower-case file extension.</summary>
    public static IReadOnlyDictionary<string, IDocumentReader> Readers() =>
        new Dictionary<string, IDocumentReader>(StringComparer.Ordinal)
        {
            [".txt"] = PlainTextReader.Instance,
            [".md"] = PlainTextReader.Instance,
            [".docx"] = DocxReader.Instance,
            [".pdf"] = PdfReader.Instance,
            [".html"] = HtmlReader.Instance,
            [".htm"] = HtmlReader.Instance,
        };
}
