namespace PolicyLint.Analysis.Codes;

/// <summary>
/// Finds the project's data folders (corpus/, models/). POLICYLINT_HOME wins; otherwise the nearest
/// folder upward from the running binary (or the current directory) that holds corpus/codes.
/// </summary>
public static class CorpusLocator
{
    public static string Home()
    {
        var configured = Environment.GetEnvironmentVariable("POLICYLINT_HOME");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "corpus", "codes")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("cannot find PolicyLint's corpus/codes folder; set POLICYLINT_HOME to the project folder");
    }

    public static string Corpus(params string[] parts) => Path.Combine([Home(), "corpus", .. parts]);

    public static string Models(params string[] parts) => Path.Combine([Home(), "models", .. parts]);
}
