using PolicyLint.Engine;
using PolicyLint.Testing;

namespace PolicyLint.Corpus.Tests;

/// <summary>The corpus store, the add, the matrix and the clause search, with the real engine on the team's samples.</summary>
public sealed class CorpusTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Db => temp.Combine("sector.db");

    private string Copy(string sample, string name)
    {
        var target = temp.Combine(Path.Combine("in", name));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(RepoRoot.Combine("corpus", "samples", "policies", sample), target, overwrite: true);
        return target;
    }

    [Fact]
    public void Should_ChangeNothing_When_TheSameBytesAreAddedAgain()
    {
        var paths = new[] { Copy("harbourside.txt", "harbourside.txt"), Copy("meadowbank.txt", "meadowbank.txt") };
        using var store = CorpusStore.Open(Db, create: true);
        var adder = new CorpusAdder(PolicyLintEngine.Default);

        var first = adder.Add(store, paths, null, AsOf);
        var again = adder.Add(store, [.. paths, Copy("harbourside.txt", "same-bytes-other-name.txt")], null, AsOf);

        first.Added.Should().Be(2);
        first.Unchanged.Should().Be(0);
        first.Failed.Should().BeEmpty();
        again.Added.Should().Be(0);
        again.Unchanged.Should().Be(3);
        store.Versions().Should().HaveCount(2);
    }

    [Fact]
    public void Should_KeepANewVersionBesideTheOld_When_ALandlordsPolicyChanges()
    {
        var path = Copy("harbourside.txt", "harbourside.txt");
        using var store = CorpusStore.Open(Db, create: true);
        var adder = new CorpusAdder(PolicyLintEngine.Default);
        adder.Add(store, [path], null, AsOf);
        File.AppendAllText(path, "\n12. Review\n12.1 The Board reviewed this policy again and will review it every year.\n");

        var second = adder.Add(store, [path], null, AsOf);

        second.Added.Should().Be(1);
        var versions = store.Versions();
        versions.Should().HaveCount(2);
        versions.Select(v => v.DocumentKey).Distinct().Should().Equal("harbourside homes (policy)");
        versions[0].Sha256.Should().NotBe(versions[1].Sha256);
        store.Latest().Should().ContainSingle().Which.Id.Should().Be(versions[1].Id);
    }

    [Fact]
    public void Should_ReportAndSkipABadFile_When_ItIsInTheBatch()
    {
        var good = Copy("meadowbank.txt", "meadowbank.txt");
        var bad = temp.Combine("in/broken.docx");
        File.WriteAllBytes(bad, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02]);
        using var store = CorpusStore.Open(Db, create: true);

        var result = new CorpusAdder(PolicyLintEngine.Default).Add(store, [bad, good, temp.Combine("in/missing.txt")], null, AsOf);

        result.Added.Should().Be(1);
        result.Failed.Select(f => Path.GetFileName(f.Path)).Should().BeEquivalentTo(["broken.docx", "missing.txt"]);
        result.Failed.Should().OnlyContain(f => f.Cause.Length > 0 && !f.Cause.Contains('\n', StringComparison.Ordinal));
        store.Versions().Should().ContainSingle().Which.Source.Should().Be(good);
    }

    [Fact]
    public void Should_LeaveTheStoreAsItWas_When_AnAddIsInterruptedPartWay()
    {
        var paths = new[] { Copy("harbourside.txt", "a.txt"), Copy("meadowbank.txt", "b.txt") };
        var loads = 0;
        var failing = new PolicyLintEngine(CheckServices.Default with
        {
            LoadCode = id => Interlocked.Increment(ref loads) == 2 ? throw new ArgumentException("the catalogue went away") : CheckServices.LoadFromCorpus(id),
        });
        using var store = CorpusStore.Open(Db, create: true);

        var interrupted = () => new CorpusAdder(failing, batchSize: 1).Add(store, paths, "hos-2024", AsOf);

        interrupted.Should().Throw<CorpusException>().WithMessage("*the catalogue went away*");
        loads.Should().Be(2, "the first file was checked and written before the second failed");
        store.Versions().Should().BeEmpty();

        // Positive control: the same add with a working engine stores both.
        new CorpusAdder(PolicyLintEngine.Default, batchSize: 1).Add(store, paths, "hos-2024", AsOf).Added.Should().Be(2);
        store.Versions().Should().HaveCount(2);
    }

    [Fact]
    public void Should_GiveAColumnPerProvisionAndARowPerDocument_When_TheMatrixIsWritten()
    {
        using var store = CorpusStore.Open(Db, create: true);
        new CorpusAdder(PolicyLintEngine.Default).Add(store, [Copy("harbourside.docx", "harbourside.docx"), Copy("meadowbank.txt", "meadowbank.txt")], null, AsOf);
        var code = CheckServices.LoadFromCorpus("hos-2024");
        using var csv = new StringWriter();

        CorpusReports.WriteMatrixCsv(store, code, csv);

        var lines = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].TrimEnd('\r').Split(',');
        header.Skip(5).Should().Equal(code.Provisions.Select(p => p.Id));
        header.Length.Should().Be(5 + 73);
        lines.Should().HaveCount(3);
        var harbourside = lines.Single(l => l.StartsWith("harbourside homes (policy),", StringComparison.Ordinal)).TrimEnd('\r').Split(',');
        harbourside[Array.IndexOf(header, "2.3")].Should().Be("conflict");
    }

    [Fact]
    public void Should_FindClausesWithHighlightsFilteredByProvisionAndVerdict_When_Searched()
    {
        using var store = CorpusStore.Open(Db, create: true);
        new CorpusAdder(PolicyLintEngine.Default).Add(store, [Copy("harbourside.txt", "harbourside.txt"), Copy("meadowbank.txt", "meadowbank.txt")], null, AsOf);
        var index = ClauseIndex.FolderFor(store.Path);

        var any = ClauseIndex.Search(index, "months", null, null, 50);
        var conflicts = ClauseIndex.Search(index, "months", "2.3", "conflict", 50);
        var meets = ClauseIndex.Search(index, "months", "2.3", "meets", 50);

        any.Select(h => h.Document).Distinct().Should().HaveCountGreaterThan(1);
        conflicts.Should().NotBeEmpty().And.OnlyContain(h => h.Document.StartsWith("harbourside", StringComparison.Ordinal) && h.Provisions.Contains("2.3"));
        conflicts[0].Snippet.Should().Contain("[months]");
        var conflictClauses = conflicts.Select(c => c.Document + "#" + c.ClauseId).ToList();
        meets.Select(h => h.Document + "#" + h.ClauseId).Should().NotIntersectWith(conflictClauses);
        conflicts.Count.Should().BeLessThan(any.Count);
    }

    [Fact]
    public void Should_RebuildTheIndexFromTheStore_When_TheIndexFolderIsLost()
    {
        using var store = CorpusStore.Open(Db, create: true);
        new CorpusAdder(PolicyLintEngine.Default).Add(store, [Copy("harbourside.txt", "harbourside.txt")], null, AsOf);
        var index = ClauseIndex.FolderFor(store.Path);
        var before = ClauseIndex.Search(index, "acknowledge", null, null, 50);
        Directory.Delete(index, recursive: true);

        ClauseIndex.Sync(store, index);

        before.Should().NotBeEmpty();
        ClauseIndex.Search(index, "acknowledge", null, null, 50).Should().BeEquivalentTo(before);
    }

    [Fact]
    public void Should_RefuseAFileThatIsNotACorpus_When_Opened()
    {
        File.WriteAllText(Db, "not a database");

        var open = () => CorpusStore.Open(Db, create: false);

        open.Should().Throw<CorpusException>().WithMessage($"{Db}: not a PolicyLint corpus*");
    }
}
