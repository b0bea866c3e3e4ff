using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.Rules;
using PolicyLint.Corpus;
using PolicyLint.Engine;
using PolicyLint.Reporting.Json;

namespace PolicyLint.Web;

/// <summary>Where to listen. The default is the loopback address only.</summary>
public sealed record Listen(string Host = "127.0.0.1", int Port = 5080);

/// <summary>
/// The web app: GET / the upload page, POST /check the page with the report, POST /api/check the JSON
/// report, GET /rules/ID a rule's page, GET /openapi.json the API's description. Every check goes
/// through <see cref="CheckService"/> and so through PolicyLintEngine, the same engine as the command line.
/// </summary>
public static class WebApp
{
    /// <summary>Builds the app. <paramref name="settings"/> are "PolicyLint:..." configuration values (the serve command's options).</summary>
    public static WebApplication Build(string[] args, Listen? listen = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (listen is not null)
        {
            builder.WebHost.ConfigureKestrel(k => k.Listen(Address(listen.Host), listen.Port));
        }

        builder.Services.AddSingleton(sp => WebSettings.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(sp => PolicyLintEngine.Default);
        builder.Services.AddSingleton(sp =>
        {
            var s = sp.GetRequiredService<WebSettings>();
            return new CheckGate(s.MaxConcurrentChecks, s.QueueLimit);
        });
        builder.Services.AddSingleton<CheckService>();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IConfiguration>((kestrel, configuration) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = WebSettings.From(configuration).MaxRequestBytes;
        });

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'self'";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context).ConfigureAwait(false);
        });

        app.MapGet("/", () => Html(Pages.Index(CodeIds())));
        app.MapPost("/check", CheckPage);
        app.MapPost("/api/check", CheckApi);
        app.MapGet("/rules/{id}", RulePage);
        app.MapGet("/corpus/matrix", (WebSettings s) => CorpusPage(s, (store, code, w) => CorpusReports.WriteMatrixHtml(store, code, w)));
        app.MapGet("/corpus/stats", (WebSettings s) => CorpusPage(s, (store, code, w) => CorpusReports.WriteStatsHtml(store, code, w)));
        app.MapGet("/openapi.json", () => Results.Text(OpenApi.Document, "application/json", Encoding.UTF8));
        return app;
    }

    /// <summary>Starts the app on <paramref name="listen"/>, tells <paramref name="started"/> its address, and runs until stopped (Ctrl+C).</summary>
    public static void Serve(Listen listen, IReadOnlyDictionary<string, string?> settings, Action<string> started)
    {
        ArgumentNullException.ThrowIfNull(listen);
        ArgumentNullException.ThrowIfNull(started);
        using var app = Build([], listen, settings);
        app.Start();
        var shown = listen.Host.Contains(':', StringComparison.Ordinal) ? $"[{listen.Host}]" : listen.Host;
        started($"http://{shown}:{listen.Port}/");
        app.WaitForShutdown();
    }

    private static async Task<IResult> CheckApi(HttpContext context, CheckService service)
    {
        try
        {
            var check = await service.CheckAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            var report = check.Run.Report;
            if (report.Documents.Count == 0)
            {
                return Problem(StatusCodes.Status422UnprocessableEntity, string.Join("; ", report.Errors.Select(e => $"{e.Path}: {e.Cause}")));
            }

            using var json = new StringWriter();
            JsonReportWriter.Instance.Write(report, json);
            context.Response.Headers["X-PolicyLint-Exit-Code"] = check.Run.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Text(json.ToString(), "application/json", Encoding.UTF8);
        }
        catch (UploadException e)
        {
            return Problem(e.Status, e.Message);
        }
    }

    private static async Task<IResult> CheckPage(HttpContext context, CheckService service)
    {
        try
        {
            var check = await service.CheckAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            return Html(Pages.Result(CodeIds(), check));
        }
        catch (UploadException e)
        {
            return Html(Pages.Error(CodeIds(), e.Status, e.Message), e.Status);
        }
    }

    /// <summary>A page of the corpus given with --db (404 when the app was started without one).</summary>
    private static IResult CorpusPage(WebSettings settings, Action<CorpusStore, Core.Codes.CodeCatalogue, TextWriter> write)
    {
        if (settings.CorpusDb is null)
        {
            return Html(Pages.Error(CodeIds(), StatusCodes.Status404NotFound, "no corpus: start the server with --db DB to show one"), StatusCodes.Status404NotFound);
        }

        try
        {
            using var store = CorpusStore.Open(settings.CorpusDb, create: false);
            using var page = new StringWriter();
            write(store, CheckServices.LoadFromCorpus(CodeVersions.Current), page);
            return Html(page.ToString());
        }
        catch (CorpusException e)
        {
            return Html(Pages.Error(CodeIds(), StatusCodes.Status500InternalServerError, e.Message), StatusCodes.Status500InternalServerError);
        }
    }

    private static IResult RulePage(string id)
    {
        var rule = Rules.Value.Find(id);
        var page = rule is null ? null : CorpusLocator.Corpus("rules", Path.ChangeExtension(rule.SourceFile, ".md"));
        return rule is null || page is null || !File.Exists(page)
            ? Html(Pages.Error(CodeIds(), StatusCodes.Status404NotFound, $"no rule page for '{Uploads.Label(id)}'"), StatusCodes.Status404NotFound)
            : Html(Pages.Rule(rule.Id, File.ReadAllText(page)));
    }

    private static readonly Lazy<RuleBook> Rules = new(() => RuleBook.Load());

    private static IReadOnlyList<string> CodeIds() => [.. CodeCatalogueLoader.AvailableIds().OrderDescending(StringComparer.Ordinal), "auto"];

    private static IResult Html(string page, int status = StatusCodes.Status200OK) =>
        Results.Content(page, "text/html; charset=utf-8", Encoding.UTF8, status);

    private static IResult Problem(int status, string message) =>
        Results.Json(new ApiError(status, message), ApiJson.Default.ApiError, statusCode: status);

    private static IPAddress Address(string host) =>
        host == "localhost" ? IPAddress.Loopback
        : IPAddress.TryParse(host, out var address) ? address
        : throw new ArgumentException($"--host: '{host}' is not an IP address (use 127.0.0.1, ::1, 0.0.0.0 or localhost)");
}

/// <summary>The body of an API error: the status and a one-line reason.</summary>
public sealed record ApiError(int Status, string Error);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ApiError))]
internal sealed partial class ApiJson : System.Text.Json.Serialization.JsonSerializerContext
{
}
