using PolicyLint.Analysis.Checking;
using PolicyLint.Analysis.Codes;
using PolicyLint.Core.Codes;

namespace PolicyLint.Engine;

/// <summary>
/// What the check engine needs from outside itself: a way to load a Code by id, a way to build a
/// checker for that Code, and today's date. Program uses <see cref="Default"/>; tests pass their own.
/// </summary>
public sealed record CheckServices(
    Func<string, CodeCatalogue> LoadCode,
    Func<CodeCatalogue, Checker> CreateChecker,
    Func<DateOnly> Today)
{
    /// <summary>The ids of every Code version known (for --code auto).</summary>
    public Func<IReadOnlyList<string>> CodeIds { get; init; } = CodeCatalogueLoader.AvailableIds;

    /// <summary>Called first thing in a check: starts loading, on other threads, what every check needs.</summary>
    public Action Prepare { get; init; } = () => { };

    /// <summary>The file extensions a folder is searched for (lower case, with the dot).</summary>
    public Func<IReadOnlyCollection<string>> SupportedExtensions { get; init; } = () => [.. Composition.Readers().Keys];

    public static CheckServices Default { get; } = new(LoadCode: LoadFromCorpus, CreateChecker: Composition.CreateChecker, Today: () => DateOnly.FromDateTime(DateTime.Now))
    {
        Prepare = Composition.Prepare,
    };

    /// <summary>Loads corpus/codes/ID.yaml; an unknown id is an <see cref="ArgumentException"/> naming the known ones.</summary>
    public static CodeCatalogue LoadFromCorpus(string id)
    {
        IReadOnlyList<string> known;
        try
        {
            known = CodeCatalogueLoader.AvailableIds();
        }
        catch (DirectoryNotFoundException)
        {
            throw new ArgumentException($"no Code catalogues found: {CorpusLocator.Corpus("codes")} does not exist");
        }

        if (!known.Contains(id, StringComparer.Ordinal))
        {
            throw new ArgumentException($"unknown Code '{id}' (known: {(known.Count == 0 ? "none" : string.Join(", ", known))})");
        }

        return CodeCatalogueLoader.Load(id);
    }
}
