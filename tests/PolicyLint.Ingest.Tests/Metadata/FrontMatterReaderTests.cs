using PolicyLint.Core.Documents;
using PolicyLint.Ingest.Metadata;

namespace PolicyLint.Ingest.Tests.Metadata;

public sealed class FrontMatterReaderTests
{
    [Fact]
    public void Should_Read_Title_Version_And_Dates_From_Tab_Separated_Front_Matter()
    {
        var document = Doc("POLICY\tTenant Complaints Policy", "Date Adopted\tApproved by the Board in March 2021", "Date of Next Review\tBy March 2023 at the latest", "Version\tV3", "1. Purpose");

        var metadata = FrontMatterReader.Instance.Read(document);

        metadata.Should().Be(new DocumentMetadata("Tenant Complaints Policy", "V3", "2021-03", "2023-03"));
    }

    [Fact]
    public void Should_Read_Front_Matter_From_A_Table()
    {
        var table = new Block(BlockKind.Table, "", new Location(null, 0))
        {
            Rows = [new TableRow(["Title", "Complaints Policy"]), new TableRow(["Version", "2.1"]), new TableRow(["Next review:", "12/05/2027"])],
        };
        var document = new Document("p.docx", "0", new ExtractionInfo("docx", null, []), [table]);

        var metadata = FrontMatterReader.Instance.Read(document);

        metadata.Title.Should().Be("Complaints Policy");
        metadata.Version.Should().Be("2.1");
        metadata.NextReview.Should().Be("2027-05-12");
    }

    [Fact]
    public void Should_Fall_Back_To_The_First_Heading_When_No_Title_Is_Labelled()
    {
        var document = new Document("p.md", "0", new ExtractionInfo("text", null, []),
            [new Block(BlockKind.Heading, "Complaints Procedure", new Location(null, 0)) { Level = 1 }]);

        FrontMatterReader.Instance.Read(document).Title.Should().Be("Complaints Procedure");
    }

    private static Document Doc(params string[] lines) =>
        new("p.txt", "0", new ExtractionInfo("text", null, []), lines.Select((l, i) => new Block(BlockKind.Paragraph, l, new Location(null, i))).ToList());
}
