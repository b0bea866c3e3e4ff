using PolicyLint.Core.Assessments;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Testing;

/// <summary>Builds a <see cref="DocumentAnalysis"/> a piece at a time; every call returns the builder.</summary>
public sealed class AnalysisBuilder
{
    private readonly string path;
    private readonly List<Clause> clauses = [];
    private readonly List<Fact> facts = [];
    private readonly List<ProvisionVerdict> provisions = [];
    private readonly List<Finding> findings = [];
    private readonly List<ClauseMapping> mappings = [];
    private readonly List<CodeComparison> comparisons = [];
    private DocumentKind kind = DocumentKind.Policy;
    private DocumentMetadata metadata = DocumentMetadata.Empty;
    private ExtractionInfo extraction = new("text", null, []);
    private Assessment? assessment;

    public AnalysisBuilder(string path)
    {
        this.path = path;
    }

    public AnalysisBuilder Kind(DocumentKind value)
    {
        kind = value;
        return this;
    }

    public AnalysisBuilder Metadata(string? title, string? version = null, string? adopted = null, string? nextReview = null)
    {
        metadata = new DocumentMetadata(title, version, adopted, nextReview);
        return this;
    }

    public AnalysisBuilder Extraction(ExtractionInfo value)
    {
        extraction = value;
        return this;
    }

    public AnalysisBuilder Clause(string id, string text, string? heading = null)
    {
        clauses.Add(Testing.Build.Clause(id, text, heading, paragraph: clauses.Count));
        return this;
    }

    public AnalysisBuilder Fact(Fact fact)
    {
        facts.Add(fact);
        return this;
    }

    public AnalysisBuilder Verdict(string provision, Verdict verdict, params string[] clauseIds)
    {
        var basis = verdict == Core.Findings.Verdict.Silent ? Basis.None : Basis.Rule;
        provisions.Add(new ProvisionVerdict(provision, verdict, clauseIds, verdict == Core.Findings.Verdict.Silent ? 0 : 1, basis));
        return this;
    }

    public AnalysisBuilder Verdict(ProvisionVerdict verdict)
    {
        provisions.Add(verdict);
        return this;
    }

    public AnalysisBuilder Finding(Finding finding)
    {
        findings.Add(finding);
        return this;
    }

    public AnalysisBuilder Mapping(string clause, params (string Provision, double Probability)[] candidates)
    {
        mappings.Add(new ClauseMapping(clause, candidates.Select(c => new ProvisionMatch(c.Provision, c.Probability)).ToList()));
        return this;
    }

    public AnalysisBuilder Comparison(CodeComparison comparison)
    {
        comparisons.Add(comparison);
        return this;
    }

    public AnalysisBuilder Assessment(Assessment value)
    {
        assessment = value;
        kind = DocumentKind.SelfAssessment;
        return this;
    }

    public DocumentAnalysis Build()
    {
        var blocks = clauses.Select(c => $"{c.Id} {c.Text}").ToArray();
        var document = Testing.Build.Document(path, extraction.Method, blocks) with { Extraction = extraction };
        return new DocumentAnalysis(document, kind, metadata, clauses.ToList(), facts.ToList(), provisions.ToList(), findings.ToList())
        {
            Assessment = assessment,
            Mappings = mappings.ToList(),
            CodeComparisons = comparisons.ToList(),
        };
    }
}
