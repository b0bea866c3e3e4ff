using PolicyLint.Analysis.Mapping;
using PolicyLint.Core.Documents;

namespace PolicyLint.Analysis.Tests.Mapping;

public sealed class IndexAndCorpusTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "policylint-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Porter_stemming_finds_acknowledged_when_searching_for_acknowledge()
    {
        using var corpus = NewCorpus();

        var hits = corpus.Search("acknowledge");

        hits.Select(h => h.ClauseId).Should().Equal("7.4.1");
    }

    [Fact]
    public void Snippet_marks_the_matched_words()
    {
        using var corpus = NewCorpus();

        var hit = corpus.Search("\"working days\"").Single();

        hit.Snippet.Should().Contain("within 2 [working days].");
        hit.Document.Should().Be("policy.docx");
        hit.Heading.Should().Be("Stage one");
    }

    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("AND OR")]
    [InlineData("nosuchcolumn:word")]
    public void A_malformed_query_gives_a_one_line_error_naming_the_query(string query)
    {
        using var corpus = NewCorpus();

        var act = () => corpus.Search(query);

        act.Should().Throw<SearchQueryException>()
            .Where(e => e.Message.StartsWith("malformed search query", StringComparison.Ordinal) && !e.Message.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_a_document_again_replaces_its_clauses()
    {
        using var corpus = NewCorpus();

        corpus.Add("policy.docx", "sha2", [new Clause("1.1", "Only this clause about compensation remains.", new Location(null, 0))]);

        corpus.Search("acknowledge").Should().BeEmpty();
        corpus.Search("compensation").Single().Sha.Should().Be("sha2");
        corpus.DocumentCount().Should().Be(1);
    }

    [Fact]
    public void The_corpus_persists_in_its_file()
    {
        NewCorpus().Dispose();

        using var reopened = new ClauseCorpus(Path.Combine(_directory, "corpus.db"));

        reopened.Search("representative").Select(h => h.ClauseId).Should().Equal("6.2");
    }

    [Fact]
    public void The_provision_index_ranks_the_provision_that_shares_the_clause_words_first()
    {
        using var index = new ProvisionIndex(SmallSample.Code);

        var hits = index.Rank("Complaints are acknowledged and logged within five working days.");

        hits[0].Provision.Should().Be("6.2");
        hits.Should().BeInDescendingOrder(h => h.Score);
    }

    [Fact]
    public void The_example_table_finds_the_most_similar_training_examples_with_their_labels()
    {
        using var index = new ProvisionIndex(SmallSample.Code, examples:
        [
            new TrainingExample("6.2", "We acknowledge every complaint in writing within five working days."),
            new TrainingExample("none", "Document control: version three, approved by the board."),
        ]);

        var neighbours = index.Neighbours("Your complaint will be acknowledged within five working days.");

        index.HasExamples.Should().BeTrue();
        neighbours.Should().NotBeEmpty();
        neighbours[0].Provision.Should().Be("6.2");
        CombinedMapper.Vote(neighbours, 0.2)[0].Label.Should().Be("6.2");
    }

    [Fact]
    public void An_index_without_examples_has_no_neighbours()
    {
        using var index = new ProvisionIndex(SmallSample.Code);

        index.Neighbours("complaint acknowledged").Should().BeEmpty();
    }

    [Fact]
    public void Seed_evaluation_scores_heading_clauses_that_carry_body_text_but_not_bare_headings()
    {
        var clauses = new List<Clause>
        {
            new("3", "Stage one", new Location(null, 0)) { IsHeading = true },
            new("4", "What is a complaint?\nAn expression of dissatisfaction about our service.", new Location(null, 1)) { IsHeading = true },
            new("4.1", "A survey response is not a complaint.", new Location(null, 2)),
        };
        var labels = new PolicyLint.Analysis.Mapping.Evaluation.ClauseLabels("doc", new Dictionary<string, IReadOnlyList<string>>
        {
            ["3"] = ["none"],
            ["4"] = ["1.1"],
            ["4.1"] = ["1.6"],
        });

        var set = PolicyLint.Analysis.Mapping.Evaluation.SeedEvaluation.FromClauses("t", clauses, labels);

        set.Items.Select(i => i.Id).Should().Equal("4", "4.1");
    }

    [Theory]
    [InlineData("\"quoted\" AND (NEAR(x y) OR z*) col:val ^start -minus")]
    [InlineData("'); DROP TABLE provisions; --")]
    [InlineData("")]
    [InlineData("a an the of")]
    public void The_provision_index_accepts_any_text_without_fts_syntax_errors(string text)
    {
        using var index = new ProvisionIndex(SmallSample.Code);

        var act = () => index.Rank(text);

        act.Should().NotThrow();
    }

    [Fact]
    public void Significant_terms_drop_stop_words_and_repeats()
    {
        FtsQuery.AnyOf("The complaint and the Complaint \"officer\"").Should().Be("\"complaint\" OR \"officer\"");
    }

    private ClauseCorpus NewCorpus()
    {
        var corpus = new ClauseCorpus(Path.Combine(_directory, "corpus.db"));
        corpus.Add("policy.docx", "sha1",
        [
            new Clause("7.4", "Stage one", new Location(null, 0)) { IsHeading = true },
            new Clause("7.4.1", "Each complaint is recorded and acknowledged by letter within 2 working days.", new Location(null, 1)) { Heading = "Stage one" },
            new Clause("6.2", "A representative may act for the customer.", new Location(null, 2)) { Heading = "Accessibility" },
        ]);
        return corpus;
    }
}
