using PolicyLint.Core.Pipeline;

namespace PolicyLint.Engine;

/// <summary>Turns the paths a user named into the files to check.</summary>
public static class Sources
{
    /// <summary>
    /// Files are kept as named (an unsupported one is reported when it is read); a folder is searched
    /// recursively for files with a supported extension, in ordinal order of their relative paths, skipping
    /// hidden entries and Word's "~$" lock files. A file named twice is checked once.
    /// </summary>
    public static IReadOnlyList<SourceFile> Expand(IEnumerable<string> paths, IReadOnlyCollection<string> extensions)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(extensions);
        var found = new List<SourceFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                found.AddRange(InFolder(path, extensions));
            }
            else
            {
                found.Add(new SourceFile(path, Path.GetFullPath(path)));
            }
        }

        return found.DistinctBy(s => s.FullPath, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<SourceFile> InFolder(string folder, IReadOnlyCollection<string> extensions)
    {
        var root = Path.GetFullPath(folder);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(root, "*", options)
            .Select(full => Path.GetRelativePath(root, full))
            .Where(relative => !relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.') || part.StartsWith("~$", StringComparison.Ordinal)))
            .Where(relative => extensions.Contains(Path.GetExtension(relative).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .Select(relative => new SourceFile(Path.Combine(folder, relative), Path.Combine(root, relative)));
    }
}
