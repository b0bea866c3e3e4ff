using System.Text;
using PolicyLint.Core.Pipeline;
using PolicyLint.Reporting;

namespace PolicyLint.Engine;

/// <summary>One report to write: a format, and a file (null: standard output); InFolder: the file is in an --output-dir, created if missing.</summary>
public sealed record ReportOutput(string Format, string? Path, bool InFolder = false);

/// <summary>Plans and writes a run's reports in one or several formats.</summary>
public static class ReportOutputs
{
    /// <summary>
    /// The outputs for formats and a destination. One format: to the file named, else standard output.
    /// Several formats: a folder must be given, and each format goes to report.EXT in it.
    /// </summary>
    public static IReadOnlyList<ReportOutput> Plan(IReadOnlyList<string> formats, string? output, string? outputDir, IReadOnlyList<SourceFile> sources)
    {
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentNullException.ThrowIfNull(sources);
        var names = formats.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            names.Add("text");
        }

        if (names.FirstOrDefault(n => !ReportFormats.Names.Contains(n)) is { } unknown)
        {
            throw new CheckRequestException($"--format: unknown format '{unknown}' (known: {string.Join(", ", ReportFormats.Names)})");
        }

        if (output is not null && outputDir is not null)
        {
            throw new CheckRequestException("--output and --output-dir: give one or the other");
        }

        if (output is not null && names.Count > 1)
        {
            throw new CheckRequestException($"--output: {names.Count} formats need a folder; use --output-dir DIR");
        }

        List<ReportOutput> planned;
        if (outputDir is not null)
        {
            if (File.Exists(outputDir))
            {
                throw new CheckRequestException($"--output-dir: '{outputDir}' is a file");
            }

            planned = names.Select(n => new ReportOutput(n, Path.Combine(outputDir, "report" + ReportFormats.Extension(n)), InFolder: true)).ToList();
        }
        else if (output is not null)
        {
            if (Directory.Exists(output))
            {
                throw new CheckRequestException($"--output: '{output}' is a folder");
            }

            planned = [new ReportOutput(names[0], output)];
        }
        else if (names.FirstOrDefault(ReportFormats.IsBinary) is { } binary)
        {
            throw new CheckRequestException($"--format {binary}: a binary format needs --output FILE or --output-dir DIR");
        }
        else
        {
            planned = names.Select(n => new ReportOutput(n, null)).ToList();
        }

        foreach (var target in planned.Where(p => p.Path is not null).SelectMany(p => Files(p)))
        {
            var full = System.IO.Path.GetFullPath(target);

            // Same path, or the same file by another name (a symbolic or hard link): compared by device and inode.
            if (sources.Any(s => string.Equals(s.FullPath, full, StringComparison.Ordinal) || Ingest.FileIdentity.SameFile(s.FullPath, full)))
            {
                throw new CheckRequestException($"--output: '{target}' is one of the input files; refusing to overwrite it");
            }
        }

        return planned;
    }

    /// <summary>Every file an output writes (CSV writes a findings file beside the provisions file).</summary>
    public static IReadOnlyList<string> Files(ReportOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.Path is null)
        {
            return [];
        }

        return output.Format == "csv" ? [output.Path, CsvCompanion(output.Path)] : [output.Path];
    }

    /// <summary>Writes one output; to <paramref name="stdout"/> when it has no path. IO failures surface as IOException.</summary>
    public static void Write(Report report, ReportOutput output, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(stdout);
        if (output.Path is null)
        {
            ReportFormats.For(output.Format).Write(report, stdout);
            stdout.Flush();
            return;
        }

        if (output.InFolder && System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(output.Path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        if (ReportFormats.IsBinary(output.Format))
        {
            Atomically(output.Path, stream => ReportFormats.Binary(output.Format).Write(report, stream));
            return;
        }

        WriteText(output.Path, w => ReportFormats.For(output.Format).Write(report, w));
        if (output.Format == "csv")
        {
            WriteText(CsvCompanion(output.Path), w => Reporting.Csv.CsvReportWriter.Instance.WriteFindings(report, w));
        }
    }

    private static void WriteText(string path, Action<TextWriter> write) =>
        Atomically(path, stream =>
        {
            using var file = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            write(file);
        });

    /// <summary>
    /// Writes to a temporary file in the target's folder, flushes it to disk, then renames it over the
    /// target, so a full disk, a kill or a concurrent run leaves either the previous report or a complete
    /// new one, never a partial file. A symbolic link as the target is written through (the link stays).
    /// </summary>
    private static void Atomically(string path, Action<Stream> write)
    {
        var info = new FileInfo(path);
        var target = (info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName) ?? System.IO.Path.GetFullPath(path);
        var temp = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(target) ?? ".", "." + System.IO.Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>report.csv → report.findings.csv.</summary>
    private static string CsvCompanion(string path) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? string.Empty, System.IO.Path.GetFileNameWithoutExtension(path) + ".findings.csv");
}
