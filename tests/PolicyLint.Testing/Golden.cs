using FluentAssertions;

namespace PolicyLint.Testing;

/// <summary>
/// Compares output with an expected file kept in the repository. Set POLICYLINT_REBASELINE=1 to
/// rewrite the expected files on purpose (then review the diff); CI never sets it. On a mismatch the
/// actual output is written beside the expected file as NAME.received.EXT (ignored by git).
/// </summary>
public static class Golden
{
    public const string RebaselineVariable = "POLICYLINT_REBASELINE";

    public static bool Rebaselining => Environment.GetEnvironmentVariable(RebaselineVariable) == "1";

    /// <param name="actual">The output under test.</param>
    /// <param name="relativePath">The expected file, relative to the repository root.</param>
    public static void Match(string actual, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var expectedPath = RepoRoot.Combine(relativePath.Split('/'));
        var normalised = Normalise(actual);
        var receivedPath = ReceivedPath(expectedPath);
        if (Rebaselining)
        {
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
