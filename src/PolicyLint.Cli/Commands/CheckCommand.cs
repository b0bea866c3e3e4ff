using System.CommandLine;
using System.Globalization;
using System.Text;
using PolicyLint.Analysis.Checking;
using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.Configuration;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;
using PolicyLint.Reporting;

namespace PolicyLint.Cli.Commands;

/// <summary>
/// `policylint check FILE... [--code ID] [--format F] [--output PATH] [--as-of DATE] [--policy POLICY]`.
/// Exit codes: 0 no conflicts, 1 conflicts found, 2 usage error, 3 at least one input could not be
/// read (3 wins over 1, so nobody mistakes an unchecked file for a clean one).
/// </summary>
public static class CheckCommand
{
    public const int NoConflicts = 0;
    public const int ConflictsFound = 1;
    public const int UsageError = 2;
    public const int InputUnreadable = 3;

    public const string DefaultCode = "hos-2024";

    public static Command Create(CheckServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var files = new Argument<string[]>("FILE")
        {
            Description = "Policies and self-assessments to check (.txt, .md; more formats as readers are added).",
            Arity = ArgumentArity.OneOrMore,
        };
        var code = new Option<string?>("--code")
        {
            Description = "The Code version to check against (hos-2024, hos-2022, hos-2020), or 'auto': the current Code plus the one in force when the policy was adopted, with the drift between them. Default: the configuration's, else hos-2024.",
        };
        var corpus = new Option<string?>("--corpus")
        {
            Description = "Also add every checked document's clauses to this clause corpus (a SQLite file that 'policylint search' reads).",
        };
        var config = new Option<string?>("--config")
        {
            Description = "A .policylint.yaml to use for every file (default: the nearest one above each document).",
        };
        var format = new Option<string>("--format")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var output = new Option<string?>("--output")
        {
            Description = "Write the report to this file instead of standard output (never an input file).",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The date to judge date-dependent findings by, YYYY-MM-DD (default: today).",
        };
        var policy = new Option<string?>("--policy")
        {
            Description = "A policy to check the self-assessments against; it is analysed too.",
        };

        var command = new Command("check", "Check documents against the Complaint Handling Code.")
        {
            files,
            code,
            format,
            output,
            asOf,
            policy,
            config,
            corpus,
        };
        command.SetAction(parse => new Invocation(
            services,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error).Run(new CheckRequest(
                parse.GetValue(files) ?? [],
                parse.GetValue(code),
                parse.GetValue(format) ?? "text",
                parse.GetValue(output),
                parse.GetValue(asOf),
                parse.GetValue(policy),
                parse.GetValue(config),
                parse.GetValue(corpus))));
        return command;
    }

    /// <summary>Decides the exit code of a finished check.</summary>
    public static int ExitCode(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Errors.Count > 0)
        {
            return InputUnreadable;
        }

        var conflicts = report.Documents.SelectMany(d => d.Findings).Any(f => f.Verdict == Verdict.Conflict && !f.Suppressed);
        return conflicts ? ConflictsFound : NoConflicts;
    }

    private sealed record CheckRequest(
        IReadOnlyList<string> Files,
        string? Code,
        string Format,
        string? Output,
        string? AsOf,
        string? Policy,
        string? Config,
        string? Corpus);

    private sealed class Invocation(CheckServices services, TextWriter stdout, TextWriter stderr)
    {
        public int Run(CheckRequest request)
        {
            if (request.Files.Count == 0)
            {
                return Usage("no files to check");
            }

            // The parser hands unknown "--options" to FILE; one that is not an existing file is a typo.
            if (request.Files.FirstOrDefault(f => f.StartsWith('-') && !File.Exists(f)) is { } unknown)
            {
                return Usage($"unknown option '{unknown}' (see 'policylint check --help')");
            }

            var asOf = services.Today();
            if (request.AsOf is not null && !DateOnly.TryParseExact(request.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            {
                return Usage($"--as-of: '{request.AsOf}' is not a date in the form YYYY-MM-DD");
            }

            var sources = Sources(request);
            if (request.Output is { } outputPath)
            {
                var target = Path.GetFullPath(outputPath);
                if (sources.Any(s => string.Equals(s.FullPath, target, StringComparison.Ordinal)))
                {
                    return Usage($"--output: '{outputPath}' is one of the input files; refusing to overwrite it");
                }

                if (Directory.Exists(target))
                {
                    return Usage($"--output: '{outputPath}' is a folder");
                }
            }

            Func<SourceFile, PolicyConfig> configFor;
            try
            {
                configFor = ConfigResolver(request, sources);
            }
            catch (InvalidDataException e)
            {
                return Usage(OneLine(e.Message));
            }

            // --code wins; else the configuration beside the first document; else the current Code.
            var codeId = request.Code ?? (sources.Count > 0 ? configFor(sources[0]).Code : null) ?? DefaultCode;
            CodeSelection selection;
            try
            {
                selection = codeId == "auto"
                    ? CodeSelection.AutoFrom(services.CodeIds().Select(services.LoadCode).ToList(), asOf)
                    : CodeSelection.Fixed(services.LoadCode(codeId));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return Usage($"--code {codeId}: {OneLine(e.Message)}");
            }

            var code = selection.Main;
            Checker checker;
            try
            {
                checker = services.CreateChecker(code).WithConfig(configFor);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                stderr.WriteLine($"policylint: cannot assemble the checker: {OneLine(e.Message)}");
                return UsageError;
            }

            var report = Check(checker, sources, selection, asOf);
            foreach (var error in report.Errors)
            {
                stderr.WriteLine($"policylint: {error.Path}: {OneLine(error.Cause)}");
            }

            if (!WriteReport(report, request))
            {
                return UsageError;
            }

            if (request.Corpus is not null && !AddToCorpus(report, request.Corpus))
            {
                return UsageError;
            }

            return ExitCode(report);
        }

        /// <summary>The inputs in order, the policy first so the cross-check picks it; a file named twice is read once.</summary>
        private static List<SourceFile> Sources(CheckRequest request)
        {
            var named = request.Policy is null ? request.Files : [request.Policy, .. request.Files];
            return named
                .Select(path => new SourceFile(path, Path.GetFullPath(path)))
                .DistinctBy(s => s.FullPath, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>
        /// Runs the check. Should a stage fail on one document with something other than an input error
        /// (a bug), each file is tried alone, the ones that fail are reported as errors, and the rest are
        /// checked together again, so one bad file never sinks the batch.
        /// </summary>
        private static Report Check(Checker checker, List<SourceFile> sources, CodeSelection code, DateOnly asOf)
        {
            try
            {
                return checker.Check(sources, code, asOf);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var failed = new List<InputError>();
                var good = new List<SourceFile>();
                foreach (var source in sources)
                {
                    try
                    {
                        checker.Check([source], code, asOf);
                        good.Add(source);
                    }
                    catch (Exception inner) when (inner is not OutOfMemoryException)
                    {
                        failed.Add(new InputError(source.DisplayPath, $"could not be analysed ({inner.GetType().Name}: {OneLine(inner.Message)})"));
                    }
                }

                var rest = good.Count == 0 ? new Report(code.Main, [], [], [], asOf) : checker.Check(good, code, asOf);
                var errors = rest.Errors.Concat(failed).OrderBy(x => sources.FindIndex(s => s.DisplayPath == x.Path)).ToList();
                return rest with { Errors = errors };
            }
        }

        /// <summary>
        /// --config applies to every file; otherwise each document gets the nearest .policylint.yaml in its
        /// folder or above. Files are read once and problems reported before anything is checked.
        /// </summary>
        private static Func<SourceFile, PolicyConfig> ConfigResolver(CheckRequest request, List<SourceFile> sources)
        {
            if (request.Config is not null)
            {
                if (!File.Exists(request.Config))
                {
                    throw new InvalidDataException($"--config: {request.Config}: file not found");
                }

                var fixedConfig = PolicyConfig.Load(request.Config);
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

        /// <summary>Stores each checked document's clauses in the clause corpus, replacing an earlier copy of the same document.</summary>
        private bool AddToCorpus(Report report, string path)
        {
            try
            {
                using var store = new Analysis.Mapping.ClauseCorpus(path);
                var added = report.Documents.Sum(d => store.Add(d.Document.Path, d.Document.Sha256, d.Clauses));
                stderr.WriteLine($"policylint: added {added} clauses from {report.Documents.Count} document(s) to {path}");
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                stderr.WriteLine($"policylint: --corpus: {path}: {OneLine(e.Message)}");
                return false;
            }
        }

        private bool WriteReport(Report report, CheckRequest request)
        {
            var writer = ReportFormats.For(request.Format);
            if (request.Output is null)
            {
                writer.Write(report, stdout);
                stdout.Flush();
                return true;
            }

            try
            {
                using var file = new StreamWriter(request.Output, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                writer.Write(report, file);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"policylint: --output: {request.Output}: cannot write the report ({OneLine(e.Message)})");
                return false;
            }
        }

        private int Usage(string message)
        {
            stderr.WriteLine($"policylint: {message}");
            return UsageError;
        }

        private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
    }
}
