using System.Collections.Concurrent;
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
    // Built once per process (per project folder) and shared by every check: the rule book, and the
    // mapper pool over the current Code's provisions (clauses are always mapped to the 2024 provisions).
    private static readonly ConcurrentDictionary<string, Lazy<RuleBook>> RuleBooks = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<MapperPool>> Mappers = new(StringComparer.Ordinal);

    /// <summary>
    /// Starts loading, on pool threads, what every check needs and nothing it is given decides (the
    /// mapper's index and model, the rules), so it overlaps parsing the request, loading the Code and
    /// reading the first document. The engine calls it first thing; calling it again costs nothing.
    /// </summary>
    public static void Prepare()
    {
        try
        {
            _ = Mapper();
            _ = Task.Run(Rules);
        }
        catch (DirectoryNotFoundException)
        {
            // No corpus folder: the check reports that itself, with the Code it cannot load.
        }
    }

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
            Mapper: Mapper(),
            Judge: new RuleJudge(Rules()),
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
    /// The pool lives as long as the process and serves every check it runs.
    /// </summary>
    private static MapperPool Mapper() =>
        Mappers.GetOrAdd(CorpusLocator.Home(), _ => new Lazy<MapperPool>(() => new MapperPool(() => LoadMapper(CodeCatalogueLoader.Load(CodeVersions.Current)), Environment.ProcessorCount))).Value;

    private static RuleBook Rules() =>
        RuleBooks.GetOrAdd(CorpusLocator.Home(), _ => new Lazy<RuleBook>(() => RuleBook.Load())).Value;

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
