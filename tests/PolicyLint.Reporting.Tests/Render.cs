using PolicyLint.Core.Pipeline;

namespace PolicyLint.Reporting.Tests;

internal static class Render
{
    public static string With(IReportWriter writer, Report report)
    {
        using var output = new StringWriter();
        writer.Write(report, output);
        return output.ToString();
    }
}
