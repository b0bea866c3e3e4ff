using System.Security.Cryptography;
using System.Text;
using PolicyLint.Core.Codes;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Findings;

namespace PolicyLint.Testing;

/// <summary>Short ways to make the domain records tests need.</summary>
public static class Build
{
    /// <summary>A Code with the given provisions ("1.2: summary"); section numbers come from the id.</summary>
    public static CodeCatalogue Code(string id, params string[] provisions) =>
        new(
            id,
            $"Test Code {id}",
            new DateOnly(2024, 4, 1),
            provisions.Select(Provision).ToList());

    public static Provision Provision(string idAndSummary)
    {
        var colon = idAndSummary.IndexOf(':', StringComparison.Ordinal);
        var id = colon < 0 ? idAndSummary.Trim() : idAndSummary[..colon].Trim();
        var summary = colon < 0 ? $"What provision {id} asks for." : idAndSummary[(colon + 1)..].Trim();
        var section = int.Parse(id.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
        return new Provision(id, section, $"Section {section}", summary);
    }

    public static Clause Clause(string id, string text, string? heading = null, int paragraph = 0, int? page = null) =>
        new(id, text, new Location(page, paragraph))
        {
            Heading = heading,
            HeadingPath = heading is null ? [] : [heading],
        };

    /// <summary>A document with one paragraph block per line, hashed like a reader would hash the bytes.</summary>
    public static Document Document(string path, params string[] lines) => Document(path, "text", lines);

    public static Document Document(string path, string method, params string[] lines)
    {
        var blocks = lines.Select((line, i) => new Block(BlockKind.Paragraph, line, new Location(null, i))).ToList();
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        return new Document(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), new ExtractionInfo(method, null, []), blocks);
    }

    public static AnalysisBuilder Analysis(string path) => new(path);

    public static Finding Finding(string ruleId, string? provision, Verdict verdict, string? clause, string? quote, string message = "A message.", string recommendation = "A recommendation.") =>
        new(ruleId, provision, verdict, SeverityOf(verdict), clause, quote, message, recommendation);

    /// <summary>The severity the contract pairs with each verdict.</summary>
    public static Severity SeverityOf(Verdict verdict) => verdict switch
    {
        Verdict.Conflict => Severity.Error,
        Verdict.Warning => Severity.Warning,
        _ => Severity.Note,
    };
}
