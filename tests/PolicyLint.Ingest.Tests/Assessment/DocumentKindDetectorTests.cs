namespace PolicyLint.Ingest.Tests.Assessment;

using PolicyLint.Analysis.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Assessment;
using PolicyLint.Ingest.Text;

public sealed class DocumentKindDetectorTests
{
    private static Document TextDocument(params string[] lines) =>
        new("inline.txt", "0", new ExtractionInfo("text", null, []), lines.Select((l, i) => new Block(BlockKind.Paragraph, l, new Location(null, i))).ToList());

    [Theory]
    [InlineData("harbourside-2024-table.txt")]
    [InlineData("harbourside-2024-scan.txt")]
    [InlineData("harbourside-2024-web.txt")]
    [InlineData("meadowbank-2024-table.txt")]
    public void Should_Detect_A_Self_Assessment_When_Reading_The_Samples(string sample)
    {
        var path = CorpusLocator.Corpus("samples", "assessments", sample);

        DocumentKindDetector.Instance.Detect(PlainTextReader.Instance.Read(new SourceFile(sample, path))).Should().Be(DocumentKind.SelfAssessment);
    }

    [Fact]
    public void Should_Detect_A_Policy_When_Clauses_Are_Numbered_Prose()
    {
        var document = TextDocument(
            "Complaints Policy",
            "Version 3, adopted by the board in March 2023",
            "1. Purpose",
            "1.1. This policy explains how tenants can tell us when our service has fallen short and what we do next.",
            "1.2. It applies to every team and to the contractors who work in tenants' homes on our behalf.",
            "2. Stages",
            "2.1. We answer a stage one complaint within ten working days of acknowledging it in writing.",
            "2.1.1. Where we need longer we explain why and give a new date no more than ten working days later.",
            "2.2. If the tenant is still unhappy we look again at stage two, led by a senior manager not involved before.",
            "2.2.1. We acknowledge the request for stage two within five working days and reply within twenty.",
            "2.2.2. Our final letter tells the tenant how to contact the Housing Ombudsman if they remain unhappy.");

        DocumentKindDetector.Instance.Detect(document).Should().Be(DocumentKind.Policy);
    }

    [Theory]
    [InlineData("Minutes of the tenants' meeting", "Refreshments were served at seven.")]
    [InlineData("")]
    public void Should_Answer_Unknown_When_Nothing_Points_Either_Way(params string[] lines)
    {
        DocumentKindDetector.Instance.Detect(TextDocument(lines.Where(l => l.Length > 0).ToArray())).Should().Be(DocumentKind.Unknown);
    }
}
