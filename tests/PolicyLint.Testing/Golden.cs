using FluentAssertions;

namespace PolicyLint.Testing;

/// <summary>
/// Compares output with an expected file kept in the repository. Set POLICYLINT_REBASELINE=1 to
/// rewrite the expected files on purpose (then review the diff). Under CI (CI=true, which .ci/run sets) the
/// variable is refused: a rebaseline there would make every golden test pass whatever the output. On a
/// mismatch the actual output is written beside the expected file as NAME.received.EXT (ignored by git).
/// </summary>
public static class Golden
{
    public const string RebaselineVariable = "POLICYLINT_REBASELINE";

    public static bool Rebaselining => Environment.GetEnvironmentVariable(RebaselineVariable) == "1";

    /// <summary>Whether a run with these values of POLICYLINT_REBASELINE and CI refuses to rewrite goldens.</summary>
    public static bool RefusesRebaseline(string? rebaseline, string? ci) =>
        rebaseline == "1" && string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase);

    /// <param name="actual">The output under test.</param>
    /// <param name="relativePath">The expected file, relative to the repository root.</param>
    public static void Match(string actual, string relativePath) =>
        MatchFile(actual, RepoRoot.Combine(relativePath.Split('/')));

    /// <param name="actual">The output under test.</param>
    /// <param name="expectedPath">The expected file's full path.</param>
    public static void MatchFile(string actual, string expectedPath)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var relativePath = Path.GetRelativePath(RepoRoot.Path, expectedPath).Replace('\\', '/');
        var normalised = Normalise(actual);
        var receivedPath = ReceivedPath(expectedPath);
        if (Rebaselining)
        {
            if (RefusesRebaseline(Environment.GetEnvironmentVariable(RebaselineVariable), Environment.GetEnvironmentVariable("CI")))
            {
                throw new InvalidOperationException(
                    $"{RebaselineVariable}=1 is refused under CI: {relativePath} would be rewritten instead of checked.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, normalised);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(expectedPath))
        {
            File.WriteAllText(receivedPath, normalised);
            throw new FileNotFoundException(
                $"no expected file {relativePath}; the output is in {receivedPath}. Run the tests with {RebaselineVariable}=1 to create it.");
        }

        var expected = Normalise(File.ReadAllText(expectedPath));
        if (expected != normalised)
        {
            File.WriteAllText(receivedPath, normalised);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        normalised.Should().Be(
            expected,
            "the output should match {0} (actual output written to {1}; rebaseline with {2}=1 if the change is intended)",
            relativePath,
            receivedPath,
            RebaselineVariable);
    }

    public static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string ReceivedPath(string expectedPath)
    {
        var directory = Path.GetDirectoryName(expectedPath)!;
        var name = Path.GetFileNameWithoutExtension(expectedPath);
        return Path.Combine(directory, $"{name}.received{Path.GetExtension(expectedPath)}");
    }
}
