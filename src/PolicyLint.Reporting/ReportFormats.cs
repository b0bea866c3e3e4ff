using PolicyLint.Core.Pipeline;
using PolicyLint.Reporting.Json;
using PolicyLint.Reporting.Markdown;
using PolicyLint.Reporting.Sarif;
using PolicyLint.Reporting.Text;

namespace PolicyLint.Reporting;

/// <summary>The report formats by the name the command line uses for them.</summary>
public static class ReportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "markdown"];

    public static IReportWriter For(string name) => name switch
    {
        "text" => TextReportWriter.Instance,
        "json" => JsonReportWriter.Instance,
        "sarif" => SarifReportWriter.Instance,
        "markdown" => MarkdownReportWriter.Instance,
        _ => throw new ArgumentException($"unknown format '{name}' (known: {string.Join(", ", Names)})", nameof(name)),
    };
}
