using BenchmarkDotNet.Attributes;
using PolicyLint.Analysis.Checking;
using PolicyLint.Analysis.Codes;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;
using PolicyLint.Engine;
using PolicyLint.Reporting;

namespace PolicyLint.Bench;

/// <summary>
/// One stage of a check at a time, on one sample (a text-layer PDF and the same policy as text), with
/// the stages the engine composes (<see cref="Composition.Stages"/>). Each stage's input is made once
/// in the setup from the stage before it, so a figure is that stage alone, warm.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private CheckStages stages = null!;
    private CodeCatalogue code = null!;
    private SourceFile source = null!;
    private Document document = null!;
    private IReadOnlyList<Clause> clauses = [];
    private IReadOnlyList<Fact> facts = [];
    private IReadOnlyList<ClauseMapping> mappings = [];
    private PolicyEvidence evidence = null!;
    private Report report = null!;

    /// <summary>A sample under corpus/samples.</summary>
    [Params("pdf/harbourside.pdf", "policies/harbourside.txt")]
    public string Sample { get; set; } = "pdf/harbourside.pdf";

    [GlobalSetup]
    public void Setup()
    {
        code = CheckServices.LoadFromCorpus(CodeVersions.Current);
        stages = Composition.Stages(code);
        var path = CorpusLocator.Corpus("samples", Sample);
        source = new SourceFile(path, path);
        document = Read();
        clauses = Segment();
        facts = Facts();
        mappings = Map();
        evidence = new PolicyEvidence(clauses, facts, mappings, stages.Metadata.Read(document), new DateOnly(2026, 12, 1));
        var judgement = Judge();
        var analysis = new DocumentAnalysis(document, DocumentKind.Policy, evidence.Metadata, clauses, facts, judgement.Provisions, judgement.Findings);
        report = new Report(code, [analysis], [], [], evidence.AsOf);
    }

    [Benchmark]
    public Document Read() => stages.ReadersByExtension[Path.GetExtension(source.FullPath)].Read(source);

    [Benchmark]
    public IReadOnlyList<Clause> Segment() => stages.Segmenter.Segment(document);

    [Benchmark]
    public IReadOnlyList<Fact> Facts() => stages.Facts.Extract(clauses);

    [Benchmark]
    public IReadOnlyList<ClauseMapping> Map() =>
        stages.Mapper is null ? [] : clauses.Select(c => new ClauseMapping(c.Id, stages.Mapper.Map(c))).ToList();

    [Benchmark]
    public Judgement Judge() => stages.Judge.Judge(evidence, code);

    [Benchmark]
    public int Write()
    {
        using var writer = new StringWriter();
        ReportFormats.For("json").Write(report, writer);
        return writer.GetStringBuilder().Length;
    }
}
