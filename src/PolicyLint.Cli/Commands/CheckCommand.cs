using System.CommandLine;
using System.Globalization;
using PolicyLint.Core.Pipeline;
using PolicyLint.Engine;
using PolicyLint.Reporting;

namespace PolicyLint.Cli.Commands;

/// <summary>
/// `policylint check PATH... [--policy POLICY]... [--pair SA=POLICY]... [--format F[,F]] [--output FILE | --output-dir DIR]`.
/// Parses options into a <see cref="CheckRequest"/>, runs <see cref="PolicyLintEngine"/> and writes the
/// reports; everything else is the engine's. Exit codes are <see cref="ExitCodes"/>.
/// </summary>
public static class CheckCommand
{
    public const int NoConflicts = ExitCodes.NoConflicts;
    public const int ConflictsFound = ExitCodes.ConflictsFound;
    public const int UsageError = ExitCodes.UsageError;
    public const int InputUnreadable = ExitCodes.InputUnreadable;

    public static Command Create(CheckServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var files = new Argument<string[]>("PATH")
        {
            Description = "Policies and self-assessments to check, or folders to search recursively for them (.txt, .md, .docx, .pdf, .html).",
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
        var format = new Option<string[]>("--format")
        {
            Description = $"Report formats, comma-separated or repeated: {string.Join(", ", ReportFormats.Names)}. Default: text.",
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string?>("--output")
        {
            Description = "Write the report (one format) to this file instead of standard output (never an input file).",
        };
        var outputDir = new Option<string?>("--output-dir")
        {
            Description = "Write one file per format to this folder: report.txt, report.json, report.csv and report.findings.csv, report.html, report.docx...",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The date to judge date-dependent findings by, YYYY-MM-DD (default: today).",
        };
        var policy = new Option<string[]>("--policy")
        {
            Description = "A policy to check self-assessments against (it is analysed too); may be given several times.",
            AllowMultipleArgumentsPerToken = false,
        };
        var pair = new Option<string[]>("--pair")
        {
            Description = "SA=POLICY: cross-check this self-assessment against this policy (both are checked); may be given several times.",
            AllowMultipleArgumentsPerToken = false,
        };

        var command = new Command("check", "Check documents against the Complaint Handling Code.")
        {
            files, code, format, output, outputDir, asOf, policy, pair, config, corpus,
        };
        command.SetAction(parse => new Invocation(services, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error).Run(new Options(
            parse.GetValue(files) ?? [],
            parse.GetValue(code),
            parse.GetValue(format) ?? [],
            parse.GetValue(output),
            parse.GetValue(outputDir),
            parse.GetValue(asOf),
            parse.GetValue(policy) ?? [],
            parse.GetValue(pair) ?? [],
            parse.GetValue(config),
            parse.GetValue(corpus))));
        return command;
    }

    /// <summary>Decides the exit code of a finished check.</summary>
    public static int ExitCode(Report report) => ExitCodes.For(report);

    private sealed record Options(
        IReadOnlyList<string> Files,
        string? Code,
        IReadOnlyList<string> Formats,
        string? Output,
        string? OutputDir,
        string? AsOf,
        IReadOnlyList<string> Policies,
        IReadOnlyList<string> Pairs,
        string? Config,
        string? Corpus);

    private sealed class Invocation(CheckServices services, TextWriter stdout, TextWriter stderr)
    {
        public int Run(Options options)
        {
            try
            {
                var request = Request(options);
                var progress = ShowProgress(stderr) ? new Progress(stderr) : null;
                var planned = ReportOutputs.Plan(options.Formats, options.Output, options.OutputDir, Sources.Expand([.. request.Policies, .. request.Inputs], services.SupportedExtensions()));
                var run = new PolicyLintEngine(services).Check(request, progress);
                progress?.Done();
                foreach (var error in run.Report.Errors)
                {
                    stderr.WriteLine($"policylint: {error.Path}: {PolicyLintEngineText.OneLine(error.Cause)}");
                }

                foreach (var document in run.Report.Documents)
                {
                    foreach (var warning in document.ConfigWarnings)
                    {
                        stderr.WriteLine($"policylint: {document.Document.Path}: warning: {warning}");
                    }
                }

                foreach (var outputPlan in planned)
                {
                    if (!Write(run.Report, outputPlan))
                    {
                        return UsageError;
                    }
                }

                if (options.Corpus is not null && !AddToCorpus(run.Report, options.Corpus))
                {
                    return UsageError;
                }

                return run.ExitCode;
            }
            catch (CheckRequestException e)
            {
                stderr.WriteLine($"policylint: {e.Message}");
                return UsageError;
            }
        }

        private CheckRequest Request(Options options)
        {
            if (options.Files.Count == 0)
            {
                throw new CheckRequestException("no files to check");
            }

            // The parser hands unknown "--options" to PATH; one that is not an existing file is a typo.
            if (options.Files.FirstOrDefault(f => f.StartsWith('-') && !File.Exists(f)) is { } unknown)
            {
                throw new CheckRequestException($"unknown option '{unknown}' (see 'policylint check --help')");
            }

            DateOnly? asOf = null;
            if (options.AsOf is not null)
            {
                if (!DateOnly.TryParseExact(options.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new CheckRequestException($"--as-of: '{options.AsOf}' is not a date in the form YYYY-MM-DD");
                }

                asOf = date;
            }

            var pairs = new List<(string, string)>();
            foreach (var text in options.Pairs)
            {
                var at = text.IndexOf('=', StringComparison.Ordinal);
                if (at <= 0 || at == text.Length - 1)
                {
                    throw new CheckRequestException($"--pair: '{text}' is not of the form SELF-ASSESSMENT=POLICY");
                }

                pairs.Add((text[..at], text[(at + 1)..]));
            }

            // A paired file is checked even when it was not named otherwise.
            var inputs = options.Files.Concat(pairs.Select(p => p.Item1)).ToList();
            return new CheckRequest(inputs)
            {
                Code = options.Code,
                AsOf = asOf,
                Policies = [.. options.Policies, .. pairs.Select(p => p.Item2)],
                Pairs = pairs,
                Config = options.Config,
            };
        }

        private bool Write(Report report, ReportOutput output)
        {
            try
            {
                ReportOutputs.Write(report, output, stdout);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var option = output.InFolder ? "--output-dir" : "--output";
                stderr.WriteLine($"policylint: {option}: {output.Path}: cannot write the report ({PolicyLintEngineText.OneLine(e.Message)})");
                return false;
            }
        }

        /// <summary>Stores each checked document's clauses in the clause corpus, replacing an earlier copy of the same document.</summary>
        private bool AddToCorpus(Report report, string path)
        {
            try
            {
                using var store = new Analysis.Mapping.ClauseCorpus(path);
                var added = report.Documents.Sum(d => store.Add(d.Document.Path, d.Document.Sha256, d.Clauses));
                stderr.WriteLine($"policylint: added {added} clauses from {Plural(report.Documents.Count, "document")} to {path}");
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                stderr.WriteLine($"policylint: --corpus: {path}: {PolicyLintEngineText.OneLine(e.Message)}");
                return false;
            }
        }

        private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

        /// <summary>Progress goes to the real terminal only: never into a captured or redirected stderr.</summary>
        private static bool ShowProgress(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    }

    /// <summary>One overwritten line on the terminal per document done: "[3/28] path".</summary>
    private sealed class Progress(TextWriter terminal) : IProgress<CheckProgress>
    {
        private int width;

        public void Report(CheckProgress value)
        {
            if (value.Total < 2)
            {
                return;
            }

            var line = $"policylint: [{value.Done}/{value.Total}] {value.Path}";
            terminal.Write("\r" + line.PadRight(width));
            width = Math.Max(width, line.Length);
        }

        public void Done()
        {
            if (width > 0)
            {
                terminal.Write("\r" + new string(' ', width) + "\r");
            }
        }
    }
}
