using PolicyLint.Engine;
using PolicyLint.Analysis.Checking;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Text;
using PolicyLint.Testing;
using PolicyLint.Testing.Fakes;

namespace PolicyLint.Cli.Tests;

/// <summary>The CLI wired to the real text reader and the marker-driven test stages from PolicyLint.Testing.</summary>
internal static class TestServices
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    public static CodeCatalogue Code { get; } = Build.Code("hos-2024", "1.2: Define a complaint.", "2.3: Accept complaints up to twelve months old.", "5.1: Acknowledge within five working days.");

    public static CheckServices Create(Func<CodeCatalogue, Checker>? createChecker = null) => new(
        LoadCode: id => id == Code.Id ? Code : throw new ArgumentException($"unknown Code '{id}' (known: {Code.Id})"),
        CreateChecker: createChecker ?? CreateChecker,
        Today: () => Today);

    public static Checker CreateChecker(CodeCatalogue code) => new(new CheckStages(
        ReadersByExtension: new Dictionary<string, IDocumentReader> { [".txt"] = PlainTextReader.Instance },
        Segmenter: LineSegmenter.Instance,
        Metadata: FirstLineMetadataReader.Instance,
        KindDetector: FirstLineKindDetector.Instance,
        AssessmentParser: TabbedAssessmentParser.Instance,
        Facts: NoFacts.Instance,
        Mapper: null,
        Judge: MarkerJudge.Instance,
        CrossChecker: ClaimCrossChecker.Instance));
}
