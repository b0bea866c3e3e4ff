using PolicyLint.Core.Pipeline;
using PolicyLint.Reporting.Csv;
using PolicyLint.Reporting.Docx;
using PolicyLint.Reporting.Html;
using PolicyLint.Reporting.Json;
using PolicyLint.Reporting.Markdown;
using PolicyLint.Reporting.Sarif;
using PolicyLint.Reporting.Text;

namespace PolicyLint.Reporting;

/// <summary>Writes a report in a binary format (DOCX).</summary>
public interface IBinaryReportWriter
{
    void Write(Report report, Stream output);
}

/// <summary>The report formats by the name the command line uses for them, with their file extensions.</summary>
public static class ReportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "markdown", "csv", "html", "docx"];

    public static IReportWriter For(string name) => name switch
    {
        "text" => TextReportWriter.Instance,
        "json" => JsonReportWriter.Instance,
        "sarif" => SarifReportWriter.Instance,
        "markdown" => MarkdownReportWriter.Instance,
        "csv" => CsvReportWriter.Instance,
        "html" => HtmlReportWriter.Instance,
        _ => throw new ArgumentException($"unknown text format '{name}' (known: {string.Join(", ", Names.Where(n => !IsBinary(n)))})", nameof(name)),
    };

    /// <summary>True for formats that are not text (they need a file, not standard output).</summary>
    public static bool IsBinary(string name) => name == "docx";

    public static IBinaryReportWriter Binary(string name) => name switch
    {
        "docx" => DocxReportWriter.Instance,
        _ => throw new ArgumentException($"'{name}' is not a binary format", nameof(name)),
    };

    /// <summary>The file extension for a format, with the dot.</summary>
    public static string Extension(string name) => name switch
    {
        "text" => ".txt",
        "json" => ".json",
        "sarif" => ".sarif",
        "markdown" => ".md",
        "csv" => ".csv",
        "html" => ".html",
        "docx" => ".docx",
        _ => throw new ArgumentException($"unknown format '{name}' (known: {string.Join(", ", Names)})", nameof(name)),
    };
}
