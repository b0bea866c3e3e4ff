namespace PolicyLint.Ingest.Tests.Assessment;

using PolicyLint.Analysis.Codes;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;
using PolicyLint.Ingest.Assessment;
using PolicyLint.Ingest.Text;

public sealed class AssessmentParserTests
{
    private static readonly CodeCatalogue Code = CodeCatalogueLoader.Load("hos-2024");

    private static PolicyLint.Core.Assessments.Assessment ParseSample(string name, DateOnly? asOf = null)
    {
        var path = CorpusLocator.Corpus("samples", "assessments", name);
        var document = PlainTextReader.Instance.Read(new SourceFile(name, path));
        return new AssessmentParser(Code, asOf).Parse(document);
    }

    private static Document TextDocument(params string[] lines) =>
        new("inline.txt", "0", new ExtractionInfo("text", null, []), lines.Select((l, i) => new Block(BlockKind.Paragraph, l, new Location(null, i))).ToList());

    [Theory]
    [InlineData("harbourside-2024-table.txt", "1.2 1.4 2.2 2.3 5.2 5.3 6.2 6.3 6.12 6.19")]
    [InlineData("harbourside-2024-scan.txt", "1.2 1.4 2.2 2.3 6.2 6.12")]
    [InlineData("harbourside-2024-web.txt", "1.2 1.3 2.3 6.1 6.2 6.10")]
    [InlineData("meadowbank-2024-table.txt", "1.2 3.4 5.10 6.3 6.14 9.3")]
    public void Should_Recover_Every_Row_On_Its_Provision_When_Parsing_A_Sample(string sample, string expected)
    {
        // When
        var assessment = ParseSample(sample);

        // Then
        assessment.CodeVersion.Should().Be("hos-2024");
        assessment.Rows.Select(r => r.Provision).Should().Equal(expected.Split(' '));
    }

    [Theory]
    [InlineData("harbourside-2024-table.txt")]
    [InlineData("harbourside-2024-scan.txt")]
    [InlineData("harbourside-2024-web.txt")]
    public void Should_Read_Yes_On_Every_Row_When_Harbourside_Claims_Full_Compliance(string sample)
    {
        ParseSample(sample).Rows.Should().OnlyContain(r => r.Answer == "yes");
    }

    [Theory]
    [InlineData("harbourside-2024-table.txt", "2.3", "policy:3.1 policy:3.2")]
    [InlineData("harbourside-2024-table.txt", "6.12", "policy:5.3 procedure:2.4")]
    [InlineData("harbourside-2024-table.txt", "2.2", "policy:8")]
    [InlineData("harbourside-2024-scan.txt", "6.2", "policy:10")]
    [InlineData("harbourside-2024-scan.txt", "2.3", "policy:9")]
    [InlineData("harbourside-2024-web.txt", "6.10", "policy:5")]
    [InlineData("harbourside-2024-web.txt", "2.3", "policy:8")]
    [InlineData("meadowbank-2024-table.txt", "6.14", "policy:7.2 policy:7.3")]
    public void Should_Extract_The_Cited_Sections_Of_A_Row(string sample, string provision, string expected)
    {
        var row = ParseSample(sample).Rows.Single(r => r.Provision == provision);

        row.Citations.Select(c => $"{c.Document}:{c.Section}").Should().Equal(expected.Split(' '));
    }

    [Fact]
    public void Should_Keep_Wrapped_Cells_And_Drop_Tags_When_Rows_Continue_On_The_Next_Line()
    {
        var rows = ParseSample("harbourside-2024-table.txt").Rows;

        rows.Single(r => r.Provision == "1.4").Requirement.Should().EndWith("explains the difference between the two.");
        rows.Single(r => r.Provision == "6.3").Commentary.Should().Contain("Replies are checked by a team leader.").And.NotContain("<p>");
        rows.Single(r => r.Provision == "2.2").Requirement.Should().Contain("\nold issues\ncases already in court");
    }

    [Fact]
    public void Should_Read_Actions_Targets_And_Overdue_When_Meadowbank_Admits_Gaps()
    {
        // Given an assessment read as of the start of 2025
        var rows = ParseSample("meadowbank-2024-table.txt", new DateOnly(2025, 1, 15)).Rows.ToDictionary(r => r.Provision!);

        // Then
        rows.Values.Where(r => r.Answer != "yes").Select(r => $"{r.Provision}:{r.Answer}:{r.Target}:{r.Overdue}")
            .Should().Equal("5.10:no:2024-09:True", "6.3:partial:2025-01:False", "9.3:no:2025-03:False");
        rows["5.10"].Action.Should().StartWith("add a six-monthly review prompt");
        rows["1.2"].Target.Should().BeNull();
    }

    [Fact]
    public void Should_Read_The_Assessment_Date_From_The_Preamble()
    {
        ParseSample("meadowbank-2024-table.txt").Date.Should().Be("2024-06-03");
        ParseSample("harbourside-2024-scan.txt").Date.Should().Be("2024-05");
    }

    [Fact]
    public void Should_Place_Table_Block_Rows_Even_When_A_Number_Is_Garbled_Or_Missing()
    {
        // Given a table as a DOCX or PDF reader gives it, with "512" for 5.12 and one number lost
        var rows = new List<TableRow>
        {
            new(["Code provision", "Code requirement", "Comply", "Evidence", "Commentary"], IsHeader: true),
            new(["5.11", "We only refuse to escalate for reasons our exclusions allow.", "Yes", "Complaints Policy", "Section 7 of our Complaints Policy."]),
            new(["512", "We keep a full record of each complaint, the correspondence and the outcome at each stage.", "Yes", "Case system", ""]),
            new(["", "We have a policy for unacceptable behaviour and review any restrictions on contact.", "No", "", "Action: write the policy by October 2024."]),
        };
        var document = new Document("form.docx", "0", new ExtractionInfo("docx", 1, []), [new Block(BlockKind.Table, "", new Location(1, 0)) { Rows = rows }]);

        // When
        var assessment = new AssessmentParser(Code).Parse(document);

        // Then
        assessment.Rows.Select(r => $"{r.Provision}:{r.Answer}").Should().Equal("5.11:yes", "5.12:yes", "5.14:no");
        assessment.Rows[2].Target.Should().Be("2024-10");
    }

    [Fact]
    public void Should_Detect_A_2020_Question_Form_And_Keep_Each_Dated_Answer()
    {
        // Given a question-style form with two assessment columns
        var document = TextDocument(
            "Code requirement\tMarch 2021\tDecember 2020",
            "Is the Ombudsman's definition of a complaint used in our process?\tYes\tYes",
            "Does our final stage response letter tell residents they can refer the matter\tYes\tNo",
            "to the Housing Ombudsman Service?\t\t",
            "Are residents kept up to date while we deal with their complaint?\tYes- needs to improve further\tYes",
            "Is there a named complaints officer?\tYes\tYes",
            "Do residents have more than one way to make a complaint?\tYes\tN/A",
            "##### unreadable scan line #####");

        // When
        var assessment = new AssessmentParser(Code).Parse(document);

        // Then
        assessment.CodeVersion.Should().Be("hos-2020");
        assessment.Rows.Should().HaveCount(5);
        assessment.Rows.Should().OnlyContain(r => r.Answers.Count == 2 && r.Question != null);
        var referral = assessment.Rows[1];
        referral.Question.Should().EndWith("Housing Ombudsman Service?");
        (referral.Provision, referral.Item).Should().Be(("6.19", "g"));
        referral.Answers.Select(a => $"{a.Date}={a.Answer}").Should().Equal("2021-03=yes", "2020-12=no");
        var updates = assessment.Rows[2];
        (updates.Answer, updates.AnswerText).Should().Be(("partial", "Yes- needs to improve further"));
        assessment.Unparsed.Should().Contain(u => u.Contains("unreadable", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\t\t\t")]
    [InlineData("Yes\nNo\nYes")]
    [InlineData("12\n512\n”E\n<p><ul><li>")]
    [InlineData("Code provision\tCode requirement\n\t\tYes\n9.9\tnothing\tmaybe")]
    public void Should_Never_Throw_When_The_Input_Is_Garbage(string text)
    {
        var document = TextDocument(text.Split('\n'));

        var parse = () => new AssessmentParser(Code).Parse(document);

        parse.Should().NotThrow().Which.Rows.Where(r => r.Provision != null).Select(r => Code.Find(r.Provision!)).Should().NotContainNulls();
    }
}
