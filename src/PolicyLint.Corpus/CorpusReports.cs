using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using PolicyLint.Core.Codes;

namespace PolicyLint.Corpus;

/// <summary>The distribution of one kind of stated fact (a timescale's subject, or a window) across documents.</summary>
public sealed record FactDistribution(string Kind, string Subject, string Unit, IReadOnlyList<decimal> Amounts)
{
    public decimal Median
    {
        get
        {
            var sorted = Amounts.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }
}

/// <summary>The share of documents in conflict with one provision.</summary>
public sealed record ConflictShare(string Provision, int Conflicts, int Documents)
{
    public double Share => Documents == 0 ? 0 : (double)Conflicts / Documents;
}

/// <summary>The corpus's tables: the matrix (document × provision), the statistics, and the long export.</summary>
public static class CorpusReports
{
    private static readonly string[] MatrixLead = ["document", "landlord", "kind", "version", "source"];

    /// <summary>One row per document (its newest version), one column per provision of the Code, the verdict in each cell ("" when not judged).</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Matrix(CorpusStore store, CodeCatalogue code)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(code);
        var provisions = code.Provisions.Select(p => p.Id).ToList();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var version in store.Latest())
        {
            var verdicts = store.Verdicts(version.Id);
            rows.Add([version.DocumentKey, version.Landlord, version.Kind, version.Label, version.Source, .. provisions.Select(p => verdicts.GetValueOrDefault(p, string.Empty))]);
        }

        return ([.. MatrixLead, .. provisions], rows);
    }

    public static void WriteMatrixCsv(CorpusStore store, CodeCatalogue code, TextWriter output)
    {
        var (header, rows) = Matrix(store, code);
        WriteCsv(output, header, rows);
    }

    /// <summary>The matrix as a heat map: one colour per verdict.</summary>
    public static void WriteMatrixHtml(CorpusStore store, CodeCatalogue code, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (header, rows) = Matrix(store, code);
        var body = new StringBuilder();
        body.Append("<table class=\"matrix\"><thead><tr>");
        foreach (var column in header.Take(MatrixLead.Length - 1))
        {
            body.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(column)}</th>");
        }

        foreach (var column in header.Skip(MatrixLead.Length))
        {
            body.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" class=\"p\">{E(column)}</th>");
        }

        body.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            body.Append("<tr>");
            foreach (var cell in row.Take(MatrixLead.Length - 1))
            {
                body.Append(CultureInfo.InvariantCulture, $"<td>{E(cell)}</td>");
            }

            foreach (var (cell, provision) in row.Skip(MatrixLead.Length).Zip(header.Skip(MatrixLead.Length)))
            {
                body.Append(CultureInfo.InvariantCulture, $"<td class=\"v {E(cell)}\" title=\"{E(provision)}: {E(cell)}\">{Initial(cell)}</td>");
            }

            body.Append("</tr>");
        }

        body.Append("</tbody></table>");
        output.Write(Page($"Corpus matrix against {code.Title}", Legend() + body));
    }

    /// <summary>Stated timescales and windows, grouped by kind, subject and unit, over the newest version of each document.</summary>
    public static IReadOnlyList<FactDistribution> Distributions(CorpusStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var latest = store.Latest().Select(v => v.Id).ToList();
        return store.Facts(latest)
            .Where(f => f.Amount is not null)
            .GroupBy(f => (f.Kind, Subject: f.Subject ?? string.Empty, Unit: f.Unit ?? string.Empty))
            .Select(g => new FactDistribution(g.Key.Kind, g.Key.Subject, g.Key.Unit,
                g.GroupBy(f => f.VersionId).Select(v => v.First().Amount!.Value).ToList()))
            .OrderBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.Subject, StringComparer.Ordinal).ThenBy(d => d.Unit, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>For each provision, how many policies (newest versions) conflict with it.</summary>
    public static IReadOnlyList<ConflictShare> Conflicts(CorpusStore store, CodeCatalogue code)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(code);
        var policies = store.Latest().Where(v => v.Kind == "policy").Select(v => store.Verdicts(v.Id)).ToList();
        return code.Provisions
            .Select(p => new ConflictShare(p.Id, policies.Count(v => v.GetValueOrDefault(p.Id) == "conflict"), policies.Count))
            .ToList();
    }

    public static void WriteStatsText(CorpusStore store, CodeCatalogue code, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var latest = store.Latest();
        output.WriteLine($"{latest.Count} document(s), {store.Versions().Count} version(s); {latest.Count(v => v.Kind == "policy")} policies");
        output.WriteLine();
        output.WriteLine("Stated timescales and windows (newest version of each document)");
        output.WriteLine($"  {"kind",-18} {"subject",-28} {"unit",-14} {"docs",5} {"min",6} {"median",7} {"max",6}  values");
        foreach (var d in Distributions(store))
        {
            var values = string.Join(" ", d.Amounts.GroupBy(a => a).OrderBy(g => g.Key).Select(g => $"{N(g.Key)}×{g.Count()}"));
            output.WriteLine($"  {d.Kind,-18} {d.Subject,-28} {d.Unit,-14} {d.Amounts.Count,5} {N(d.Amounts.Min()),6} {N(d.Median),7} {N(d.Amounts.Max()),6}  {values}");
        }

        output.WriteLine();
        output.WriteLine("Policies in conflict, by provision (provisions with none left out)");
        output.WriteLine($"  {"provision",-10} {"conflicts",9} {"policies",8} {"share",6}");
        foreach (var c in Conflicts(store, code).Where(c => c.Conflicts > 0).OrderByDescending(c => c.Share))
        {
            output.WriteLine($"  {c.Provision,-10} {c.Conflicts,9} {c.Documents,8} {c.Share.ToString("P0", CultureInfo.InvariantCulture),6}");
        }
    }

    /// <summary>The same statistics as a page with SVG bar charts: one per fact distribution, one for conflicts by provision.</summary>
    public static void WriteStatsHtml(CorpusStore store, CodeCatalogue code, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var body = new StringBuilder("<h2>Stated timescales and windows</h2>");
        foreach (var d in Distributions(store))
        {
            var bars = d.Amounts.GroupBy(a => a).OrderBy(g => g.Key).Select(g => (N(g.Key), (double)g.Count())).ToList();
            body.Append(CultureInfo.InvariantCulture, $"<figure><figcaption>{E(d.Kind)} {E(d.Subject)} ({E(d.Unit)}): {d.Amounts.Count} documents, median {N(d.Median)}</figcaption>{Bars(bars, "documents")}</figure>");
        }

        var conflicts = Conflicts(store, code).Where(c => c.Conflicts > 0).OrderByDescending(c => c.Share).ToList();
        body.Append("<h2>Share of policies in conflict, by provision</h2>");
        body.Append(Bars(conflicts.Select(c => (c.Provision, c.Share * 100)).ToList(), "% of policies"));
        output.Write(Page("Corpus statistics", body.ToString()));
    }

    /// <summary>Every verdict of every stored version, one row each.</summary>
    public static void WriteExportCsv(CorpusStore store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(store);
        var versions = store.Versions().ToDictionary(v => v.Id);
        var rows = store.AllVerdicts().Select(v =>
        {
            var version = versions[v.Version];
            return (IReadOnlyList<string>)[version.DocumentKey, version.Landlord, version.Kind, version.Label, version.Source, version.Sha256, version.Code,
                v.Provision, v.Verdict, v.Basis, v.Confidence.ToString("0.###", CultureInfo.InvariantCulture), v.Clauses];
        }).ToList();
        WriteCsv(output, ["document", "landlord", "kind", "version", "source", "sha256", "code", "provision", "verdict", "basis", "confidence", "clauses"], rows);
    }

    private static void WriteCsv(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var csv = CsvWriter.Create(output, null, true);
        csv.WriteHeader([.. header]);
        foreach (var row in rows)
        {
            csv.WriteRecord([.. row]);
        }
    }

    /// <summary>A horizontal bar chart in SVG: one labelled bar per value, scaled to the largest.</summary>
    private static string Bars(IReadOnlyList<(string Label, double Value)> bars, string unit)
    {
        if (bars.Count == 0)
        {
            return "<p>None.</p>";
        }

        const int row = 18, left = 90, width = 420;
        var max = Math.Max(bars.Max(b => b.Value), 1e-9);
        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{left + width + 80}\" height=\"{(bars.Count * row) + 4}\" role=\"img\" aria-label=\"{E(unit)}\">");
        foreach (var ((label, value), i) in bars.Select((b, i) => (b, i)))
        {
            var length = Math.Max(1, value / max * width);
            var y = (i * row) + 2;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 13}\" text-anchor=\"end\" font-size=\"12\">{E(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{row - 4}\" fill=\"#36c\"><title>{E(label)}: {value:0.#} {E(unit)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + length + 4:0.#}\" y=\"{y + 13}\" font-size=\"12\">{value:0.#}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Legend() =>
        "<p class=\"legend\">" + string.Concat(new[] { "meets", "stricter", "conflict", "warning", "silent" }.Select(v => $"<span class=\"v {v}\">{Initial(v)}</span> {v} ")) + "</p>";

    private static string Initial(string verdict) => verdict.Length == 0 ? string.Empty : verdict[..1].ToUpperInvariant();

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{E(title)}</title><style>
        body{"{"}font-family:system-ui,sans-serif;margin:1.5rem;color:#111{"}"}
        table{"{"}border-collapse:collapse{"}"} th,td{"{"}border:1px solid #bbb;padding:.2rem .3rem;font-size:.8rem{"}"}
        th.p{"{"}writing-mode:vertical-rl{"}"} .v{"{"}text-align:center;padding:.1rem .4rem{"}"}
        .meets{"{"}background:#cfc{"}"} .stricter{"{"}background:#9cf{"}"} .conflict{"{"}background:#e55;color:#fff{"}"} .warning{"{"}background:#fc6{"}"} .silent{"{"}background:#eee{"}"}
        figure{"{"}margin:1rem 0{"}"}
        </style></head><body><h1>{E(title)}</h1>
        {body}
        </body></html>
        """;

    private static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
