using System.Security.Cryptography;
using PolicyLint.Core.Pipeline;
using PolicyLint.Engine;

namespace PolicyLint.Corpus;

/// <summary>What an add did: versions stored, files whose bytes were stored already, and files that could not be checked.</summary>
public sealed record AddResult(int Added, int Unchanged, IReadOnlyList<InputError> Failed);

/// <summary>One file handled by an add, for a progress display.</summary>
public sealed record AddProgress(int Done, int Total, string Path);

/// <summary>
/// Checks files with PolicyLintEngine and stores each as a version of its landlord's document. Bytes
/// already stored are skipped before checking; files are checked in small batches so memory stays
/// bounded; every write goes into one transaction committed at the end, then the clause index catches up.
/// </summary>
public sealed class CorpusAdder(PolicyLintEngine engine, int batchSize = 16)
{
    public AddResult Add(CorpusStore store, IReadOnlyList<string> paths, string? code, DateOnly asOf, IProgress<AddProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(paths);
        var sources = Sources.Expand(paths, CheckServices.Default.SupportedExtensions());
        var failed = new List<InputError>();
        var fresh = new List<(SourceFile Source, string Sha)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unchanged = 0;
        var done = 0;
        foreach (var source in sources)
        {
            string sha;
            try
            {
                sha = Hash(source.FullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failed.Add(new InputError(source.DisplayPath, e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : PolicyLintEngineText.OneLine(e.Message)));
                progress?.Report(new AddProgress(++done, sources.Count, source.DisplayPath));
                continue;
            }

            if (store.HasContent(sha) || !seen.Add(sha))
            {
                unchanged++;
                progress?.Report(new AddProgress(++done, sources.Count, source.DisplayPath));
                continue;
            }

            fresh.Add((source, sha));
        }

        var added = 0;
        using var transaction = store.Begin();
        foreach (var batch in fresh.Chunk(Math.Max(1, batchSize)))
        {
            var bySource = batch.ToDictionary(b => b.Source.DisplayPath, StringComparer.Ordinal);
            var start = done;
            CheckRun run;
            try
            {
                run = engine.Check(
                    new CheckRequest([.. batch.Select(b => b.Source.DisplayPath)]) { Code = code, AsOf = asOf },
                    new Progress(p => progress?.Report(new AddProgress(start + p.Done, sources.Count, p.Path))));
            }
            catch (CheckRequestException e)
            {
                throw new CorpusException(e.Message, e);
            }

            done += batch.Length;
            failed.AddRange(run.Report.Errors);
            foreach (var analysis in run.Report.Documents)
            {
                if (bySource.TryGetValue(analysis.Document.Path, out var entry))
                {
                    store.Add(analysis, entry.Source.DisplayPath, entry.Sha, run.Report.Code.Id, asOf);
                    added++;
                }
            }
        }

        transaction.Commit();
        ClauseIndex.Sync(store, ClauseIndex.FolderFor(store.Path));
        return new AddResult(added, unchanged, failed);
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Reports on the calling thread (System.Progress would post to the thread pool and reorder lines).</summary>
    private sealed class Progress(Action<CheckProgress> report) : IProgress<CheckProgress>
    {
        public void Report(CheckProgress value) => report(value);
    }
}
