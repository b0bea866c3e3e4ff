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
        services.Prepare();
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

        // Documents are analysed in parallel, each on its own (one document's failure never sinks the
        // others), and kept in the order of the sources, so the report is the same at any parallelism.
        var outcomes = new DocumentOutcome[sources.Count];
        var done = 0;
        var gate = new object();
        var parallelism = Math.Clamp(request.Parallelism ?? Environment.ProcessorCount, 1, Math.Max(1, sources.Count));
        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            outcomes[i] = Analyse(checker, sources[i], selection, asOf);
            lock (gate)
            {
                progress?.Report(new CheckProgress(++done, sources.Count, sources[i].DisplayPath));
            }
        });

        if (outcomes.Select(o => o.MapperFailure).FirstOrDefault(f => f is not null) is { } failure)
        {
            throw new CheckRequestException($"cannot assemble the checker: {OneLine(failure.Message)}", failure);
        }

        var analyses = outcomes.Select(o => o.Analysis).OfType<DocumentAnalysis>().ToList();
        var errors = outcomes.Select(o => o.Error).OfType<InputError>().ToList();
        return new CheckRun(checker.Assemble(analyses, errors, selection, asOf, hints), sources);
    }

    /// <summary>Reads and analyses one file; every failure becomes that file's error, except a mapper that cannot be built.</summary>
    private static DocumentOutcome Analyse(Checker checker, SourceFile source, CodeSelection selection, DateOnly asOf)
    {
        try
        {
            return new DocumentOutcome(checker.AnalyseFile(source, selection, asOf), null, null);
        }
        catch (MapperUnavailableException e)
        {
            return new DocumentOutcome(null, null, e);
        }
        catch (InputException e)
        {
            return Failed(e.Cause);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return Failed("analysis stopped: a text pattern timed out on this document (very long lines or unusual text)");
        }
        catch (OutOfMemoryException)
        {
            return Failed("analysis stopped: it ran out of memory on this document");
        }
        catch (Exception e)
        {
            // A bug in a stage: report it against this file and go on with the rest.
            return Failed($"could not be analysed ({e.GetType().Name}: {OneLine(e.Message)})");
        }

        DocumentOutcome Failed(string cause) => new(null, new InputError(source.DisplayPath, cause), null);
    }

    private sealed record DocumentOutcome(DocumentAnalysis? Analysis, InputError? Error, MapperUnavailableException? MapperFailure);

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
