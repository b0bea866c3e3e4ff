using System.Net;
using PolicyLint.Corpus;
using PolicyLint.Engine;
using PolicyLint.Testing;

namespace PolicyLint.Web.Tests;

/// <summary>The corpus pages the app shows when started with --db.</summary>
public sealed class CorpusPageTests
{
    [Fact]
    public async Task Should_ShowTheMatrixAndStats_When_StartedWithACorpus()
    {
        using var temp = new TempFolder();
        var db = temp.Combine("sector.db");
        using (var store = CorpusStore.Open(db, create: true))
        {
            new CorpusAdder(PolicyLintEngine.Default).Add(store, [RepoRoot.Combine("corpus", "samples", "policies", "harbourside.txt")], null, new DateOnly(2026, 11, 22))
                .Added.Should().Be(1);
        }

        using var withCorpus = new WebFactory(corpusDb: db);
        using var without = new WebFactory();

        var matrix = await withCorpus.Client().GetStringAsync(new Uri("/corpus/matrix", UriKind.Relative));
        var stats = await withCorpus.Client().GetStringAsync(new Uri("/corpus/stats", UriKind.Relative));
        using var missing = await without.Client().GetAsync(new Uri("/corpus/matrix", UriKind.Relative));

        matrix.Should().Contain("<td>harbourside homes (policy)</td>").And.Contain("title=\"2.3: conflict\"");
        stats.Should().Contain("<svg").And.Contain("stage1.respond");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
