using PolicyLint.Analysis.Checking;
using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.Configuration;
using PolicyLint.Analysis.CrossChecking;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Engine;

/// <summary>
/// The one check engine behind every front end (command line, web app, tests): expands folders into
/// files, finds each file's configuration, selects the Code, analyses each document on its own (a
/// failure in one never sinks the others), pairs self-assessments with their own landlord's policy
/// and cross-checks them. Report writing is <see cref="ReportOutputs"/>.
/// </summary>
public sealed class PolicyLintEngine
{
    private readonly CheckServices services;

    public PolicyLintEngine(CheckServices services)
    {
        this.services = services ?? throw new ArgumentNullException(nameof(services));
    }

    /// <summary>The engine wired to the real stages and the Code catalogues under corpus/.</summary>
    public static PolicyLintEngine Default { get; } = new(CheckServices.Default);

    /// <summary>Runs a check. Throws <see cref="CheckRequestException"/> for a request that cannot run (the front end's usage error).</summary>
    public CheckRun Check(CheckRequest request, IProgress<CheckProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var asOf = request.AsOf ?? services.Today();
        var sources = Sources.Expand([.. request.Policies, .. request.Inputs], services.SupportedExtensions())
            .Select(s => request.DisplayNames.TryGetValue(s.FullPath, out var label) ? s with { DisplayPath = label } : s)
            .ToList();
        if (sources.Count == 0)
        {
            throw new CheckRequestException("no files to check");
        }

        var hints = Hints(request, sources);
        Func<SourceFile, PolicyConfig> configFor;
        try
        {
            configFor = request.UseNearbyConfig || request.Config is not null
                ? ConfigResolver(request.Config, sources)
                : _ => PolicyConfig.Empty;
        }
        catch (InvalidDataException e)
        {
            throw new CheckRequestException(OneLine(e.Message), e);
        }

        // The request's Code wins; else the configuration beside the first document; else the current Code.
        var codeId = request.Code ?? configFor(sources[0]).Code ?? CodeVersions.Current;
        CodeSelection selection;
        try
        {
            selection = codeId == "auto"
                ? CodeSelection.AutoFrom(services.CodeIds().Select(services.LoadCode).ToList(), asOf)
                : CodeSelection.Fixed(services.LoadCode(codeId));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new CheckRequestException($"--code {codeId}: {OneLine(e.Message)}", e);
        }

        Checker checker;
        try
        {
            checker = services.CreateChecker(selection.Main).WithConfig(configFor);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new CheckRequestException($"cannot assemble the checker: {OneLine(e.Message)}", e);
        }

        var analyses = new List<DocumentAnalysis>();
        var errors = new List<InputError>();
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            try
            {
                analyses.Add(checker.AnalyseFile(source, selection, asOf));
            }
            catch (InputException e)
            {
                errors.Add(new InputError(source.DisplayPath, e.Cause));
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                errors.Add(new InputError(source.DisplayPath, "analysis stopped: a text pattern timed out on this document (very long lines or unusual text)"));
            }
            catch (OutOfMemoryException)
            {
                errors.Add(new InputError(source.DisplayPath, "analysis stopped: it ran out of memory on this document"));
            }
            catch (Exception e)
            {
                // A bug in a stage: report it against this file and go on with the rest.
                errors.Add(new InputError(source.DisplayPath, $"could not be analysed ({e.GetType().Name}: {OneLine(e.Message)})"));
            }

            progress?.Report(new CheckProgress(i + 1, sources.Count, source.DisplayPath));
        }

        return new CheckRun(checker.Assemble(analyses, errors, selection, asOf, hints), sources);
    }

    /// <summary>Explicit pairs and --policy files, keyed by the display path the documents will carry.</summary>
    private static PairingHints Hints(CheckRequest request, IReadOnlyList<SourceFile> sources)
    {
        var byFull = sources.ToDictionary(s => s.FullPath, s => s.DisplayPath, StringComparer.Ordinal);
        string Display(string path, string what) =>
            byFull.TryGetValue(Path.GetFullPath(path), out var display)
                ? display
                : throw new CheckRequestException($"--pair: {path}: the {what} is not one of the files checked");

        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (sa, policy) in request.Pairs)
        {
            pairs[Display(sa, "self-assessment")] = Display(policy, "policy");
        }

        var named = request.Policies
            .Where(p => File.Exists(p))
            .Select(p => byFull.GetValueOrDefault(Path.GetFullPath(p)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new PairingHints(pairs, named);
    }

    /// <summary>
    /// A fixed configuration applies to every file; otherwise each document gets the nearest .policylint.yaml
    /// in its folder or above. Files are read once and problems reported before anything is checked.
    /// </summary>
    private static Func<SourceFile, PolicyConfig> ConfigResolver(string? fixedPath, IReadOnlyList<SourceFile> sources)
    {
        if (fixedPath is not null)
        {
            if (!File.Exists(fixedPath))
            {
                throw new InvalidDataException($"--config: {fixedPath}: file not found");
            }

            var fixedConfig = PolicyConfig.Load(fixedPath);
            return _ => fixedConfig;
        }

        var byPath = new Dictionary<string, PolicyConfig>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var found = PolicyConfig.Find(Path.GetDirectoryName(source.FullPath) ?? ".");
            if (found is not null && !byPath.ContainsKey(found))
            {
                byPath[found] = PolicyConfig.Load(found);
            }
        }

        return source =>
        {
            var found = PolicyConfig.Find(Path.GetDirectoryName(source.FullPath) ?? ".");
            return found is not null && byPath.TryGetValue(found, out var config) ? config : PolicyConfig.Empty;
        };
    }

    internal static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}

/// <summary>Text helpers the front ends share with the engine.</summary>
public static class PolicyLintEngineText
{
    /// <summary>Joins a multi-line message into one line.</summary>
    public static string OneLine(string text) => PolicyLintEngine.OneLine(text ?? string.Empty);
}
