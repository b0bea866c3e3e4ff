using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.CrossChecking;
using PolicyLint.Core.Assessments;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.Checking;

/// <summary>The stages a check runs, chosen in one place (the CLI's composition root).</summary>
public sealed record CheckStages(
    IReadOnlyDictionary<string, IDocumentReader> ReadersByExtension,
    IClauseSegmenter Segmenter,
    IMetadataReader Metadata,
    IDocumentKindDetector KindDetector,
    IAssessmentParser AssessmentParser,
    IDocumentFactExtractor Facts,
    IClauseMapper? Mapper,
    IJudge Judge,
    ICrossChecker? CrossChecker)
{
    /// <summary>The configuration that applies to a file (its nearest .policylint.yaml, or --config).</summary>
    public Func<SourceFile, Configuration.PolicyConfig>? Config { get; init; }
}

/// <summary>
/// Runs every input through read → segment → facts → map → judge, then cross-checks
/// self-assessments against policies. A file that cannot be read becomes an <see cref="InputError"/>
/// and the others go on.
/// </summary>
public sealed class Checker
{
    private readonly CheckStages stages;

    public Checker(CheckStages stages)
    {
        this.stages = stages ?? throw new ArgumentNullException(nameof(stages));
    }

    /// <summary>The same stages, with the configuration that applies to each file.</summary>
    public Checker WithConfig(Func<SourceFile, Configuration.PolicyConfig> config) => new(stages with { Config = config });

    public Report Check(IReadOnlyList<SourceFile> files, CodeCatalogue code, DateOnly asOf) =>
        Check(files, CodeSelection.Fixed(code), asOf);

    public Report Check(IReadOnlyList<SourceFile> files, CodeSelection codes, DateOnly asOf) =>
        Check(files, codes, asOf, PairingHints.None);

    /// <summary>Analyses every file (an unreadable one becomes an error), then cross-checks each self-assessment against its own policy.</summary>
    public Report Check(IReadOnlyList<SourceFile> files, CodeSelection codes, DateOnly asOf, PairingHints pairing)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(files);
        var analyses = new List<DocumentAnalysis>();
        var errors = new List<InputError>();
        foreach (var file in files)
        {
            try
            {
                analyses.Add(AnalyseFile(file, codes, asOf));
            }
            catch (InputException e)
            {
                errors.Add(new InputError(file.DisplayPath, e.Cause));
            }
        }

        return Assemble(analyses, errors, codes, asOf, pairing);
    }

    /// <summary>Reads and analyses one file with the configuration that applies to it.</summary>
    public DocumentAnalysis AnalyseFile(SourceFile file, CodeSelection codes, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(file);
        var config = stages.Config?.Invoke(file) ?? Configuration.PolicyConfig.Empty;
        return Analyse(Read(file), codes, asOf, config);
    }

    /// <summary>The report for documents already analysed: pairs self-assessments with their policies and cross-checks them.</summary>
    public Report Assemble(IReadOnlyList<DocumentAnalysis> analyses, IReadOnlyList<InputError> errors, CodeSelection codes, DateOnly asOf, PairingHints pairing)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(analyses);
        analyses = analyses.Select(a => a with { Landlord = PolicyPairer.LandlordName(a) }).ToList();
        var pairs = PolicyPairer.Pair(analyses, pairing);
        var checks = stages.CrossChecker is null
            ? []
            : pairs.Where(p => p.Policy is not null)
                .Select(p => stages.CrossChecker.Check(p.SelfAssessment, p.Policy!, asOf) with { PairedBy = p.Reason })
                .ToList();
        var unpaired = pairs.Where(p => p.Policy is null).Select(p => new UnpairedAssessment(p.SelfAssessment.Document.Path, p.Reason)).ToList();
        return new Report(codes.Main, analyses, checks, errors, asOf) { Unpaired = stages.CrossChecker is null ? [] : unpaired };
    }

    public Document Read(SourceFile file)
    {
        var extension = Path.GetExtension(file.FullPath).ToLowerInvariant();
        if (!stages.ReadersByExtension.TryGetValue(extension, out var reader))
        {
            var known = string.Join(", ", stages.ReadersByExtension.Keys.Order());
            throw new InputException(file.DisplayPath, $"unsupported file type '{extension}' (PolicyLint reads {known})");
        }

        return reader.Read(file);
    }

    public DocumentAnalysis Analyse(Document document, CodeCatalogue code, DateOnly asOf) =>
        Analyse(document, CodeSelection.Fixed(code), asOf);

    public DocumentAnalysis Analyse(Document document, CodeSelection codes, DateOnly asOf, Configuration.PolicyConfig? config = null)
    {
        config ??= Configuration.PolicyConfig.Empty;
        ArgumentNullException.ThrowIfNull(codes);
        var code = codes.Main;
        var kind = stages.KindDetector.Detect(document);
        var metadata = stages.Metadata.Read(document);
        var clauses = stages.Segmenter.Segment(document);
        if (kind == DocumentKind.SelfAssessment)
        {
            var assessment = WithOverdue(stages.AssessmentParser.Parse(document), asOf);
            var silent = code.Provisions.Select(p => new ProvisionVerdict(p.Id, Verdict.Silent, [], 0, Basis.None)).ToList();
            return new DocumentAnalysis(document, kind, metadata, clauses, [], silent, [])
            {
                Assessment = assessment,
            };
        }

        var facts = stages.Facts.Extract(clauses);
        var mappings = stages.Mapper is null
            ? []
            : clauses.Select(c => new ClauseMapping(c.Id, stages.Mapper.Map(c))).ToList();
        var evidence = new PolicyEvidence(clauses, facts, mappings, metadata, asOf) { Settings = config.Rules };
        var judgement = stages.Judge.Judge(evidence, code);
        var findings = Configuration.Suppressor.Apply(judgement.Findings, clauses, config.Suppressions);
        var provisions = Configuration.Suppressor.Verdicts(judgement.Provisions, findings);
        return new DocumentAnalysis(document, kind, metadata, clauses, facts, provisions, findings)
        {
            ConfigWarnings = Configuration.Suppressor.Stale(findings, config.Suppressions),
            Mappings = mappings,
            CodeComparisons = codes.Auto ? Compare(evidence, codes, judgement) : [],
        };
    }

    /// <summary>An admitted gap whose target date has passed by the check date is overdue.</summary>
    private static Assessment WithOverdue(Assessment assessment, DateOnly asOf) => assessment with
    {
        Rows = assessment.Rows.Select(r => r.Target is not null && r.Overdue is null && r.Answer is "no" or "partial"
            ? r with { Overdue = DateText.EndOf(r.Target) < asOf }
            : r).ToList(),
    };

    /// <summary>With --code auto: the verdicts under the Code in force when the policy was adopted, and the drift.</summary>
    private List<CodeComparison> Compare(PolicyEvidence evidence, CodeSelection codes, Judgement main)
    {
        var adopted = CodeVersions.StartOf(evidence.Metadata.Adopted);
        if (adopted is null)
        {
            return [];
        }

        var then = CodeVersions.InForceOn(codes.Versions, adopted.Value);
        if (then.Id == codes.Main.Id)
        {
            return [];
        }

        var old = stages.Judge.Judge(evidence, then);
        var drift = CodeVersions.Drift(then, old.Provisions, codes.Main, main.Provisions);
        return
        [
            new CodeComparison(then.Id, old.Provisions, old.Findings)
            {
                Drift = drift,
                Summary = CodeVersions.Summary(then, codes.Main, evidence.Metadata, drift),
                Reason = $"in force when the policy was adopted, {evidence.Metadata.Adopted}",
            },
        ];
    }
}
