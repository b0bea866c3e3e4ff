using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PolicyLint.Engine;

namespace PolicyLint.Web.Tests;

/// <summary>POST /api/check through the whole app in memory (WebApplicationFactory) and the real engine.</summary>
public sealed class ApiTests
{
    [Fact]
    public async Task Should_ReturnTheReportWithProvision2_3InConflict_When_TheSeedPolicyIsPosted()
    {
        using var web = new WebFactory();
        using var response = await web.Client().PostAsync(new Uri("/api/check", UriKind.Relative), WebFactory.Form(WebFactory.Sample("policies", "harbourside.docx"), "harbourside.docx"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.GetValues("X-PolicyLint-Exit-Code").Should().Equal("1");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("schema").GetString().Should().Be("policylint-report/1");
        var document = json.RootElement.GetProperty("documents")[0];
        document.GetProperty("path").GetString().Should().Be("harbourside.docx", "the report names the upload, never its temporary path");
        var provisions = document.GetProperty("provisions").EnumerateArray().ToList();
        provisions.Should().HaveCount(73);
        provisions.Single(p => p.GetProperty("id").GetString() == "2.3").GetProperty("verdict").GetString().Should().Be("conflict");
        document.GetProperty("findings").EnumerateArray().Should().Contain(f => f.GetProperty("provision").GetString() == "2.3" && f.GetProperty("verdict").GetString() == "conflict");
    }

    [Fact]
    public async Task Should_Answer413AndKeepServing_When_AFileIsOverTheUploadLimit()
    {
        using var web = new WebFactory(maxUploadBytes: 64 * 1024);
        using var client = web.Client();
        var tooBig = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The complaint will be acknowledged within five working days.\n", 1200)));
        tooBig.Length.Should().BeGreaterThan(64 * 1024);

        using var response = await client.PostAsync(new Uri("/api/check", UriKind.Relative), WebFactory.Form(tooBig, "big.txt", "text/plain"));
        using var page = await client.PostAsync(new Uri("/check", UriKind.Relative), WebFactory.Form(tooBig, "big.txt", "text/plain"));
        using var after = await client.PostAsync(new Uri("/api/check", UriKind.Relative), WebFactory.Form(WebFactory.Sample("policies", "harbourside.txt"), "harbourside.txt", "text/plain"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("big.txt: larger than the upload limit");
        page.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("The document was not checked (413)").And.Contain("big.txt: larger than the upload limit").And.Contain("<form class=\"upload\"");
        after.StatusCode.Should().Be(HttpStatusCode.OK, "the server goes on serving after a refused upload");
    }

    [Fact]
    public async Task Should_Answer413BeforeReading_When_TheRequestDeclaresMoreThanTwoFilesAtTheLimit()
    {
        using var web = new WebFactory(maxUploadBytes: 1024);
        using var content = WebFactory.Form(new byte[80 * 1024], "zeros.txt");

        using var response = await web.Client().PostAsync(new Uri("/api/check", UriKind.Relative), content);

        content.Headers.ContentLength.Should().BeGreaterThan((2 * 1024) + (64 * 1024));
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        Directory.Exists(web.TempRoot).Should().BeFalse("nothing of the body was written anywhere");
    }

    [Fact]
    public async Task Should_ReadTheFileByItsBytes_When_ItsNameAndContentTypeSayOtherwise()
    {
        using var web = new WebFactory();
        using var client = web.Client();

        // A Word document sent as "policy.txt", text/plain; and a text policy sent as "policy.pdf", application/pdf.
        using var docxAsText = await client.PostAsync(new Uri("/api/check", UriKind.Relative), WebFactory.Form(WebFactory.Sample("policies", "harbourside.docx"), "policy.txt", "text/plain"));
        using var textAsPdf = await client.PostAsync(new Uri("/api/check", UriKind.Relative), WebFactory.Form(WebFactory.Sample("policies", "harbourside.txt"), "policy.pdf", "application/pdf"));
        using var binaryAsPdf = await client.PostAsync(new Uri("/api/check", UriKind.Relative), WebFactory.Form([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x10, 0x00, 0x7F], "policy.pdf", "application/pdf"));

        Method(await docxAsText.Content.ReadAsStringAsync()).Should().Be("docx");
        Method(await textAsPdf.Content.ReadAsStringAsync()).Should().Be("text");
        binaryAsPdf.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await binaryAsPdf.Content.ReadAsStringAsync()).Should().Contain("policy.pdf: not a PDF, DOCX, HTML or text file");
    }

    [Fact]
    public async Task Should_LeaveTheTempFolderEmpty_When_ChecksHaveFinishedOrFailed()
    {
        var seen = new List<string>();
        string? root = null;
        var engine = new PolicyLintEngine(CheckServices.Default with
        {
            LoadCode = id =>
            {
                // Positive control: while the engine runs, the upload is there.
                lock (seen)
                {
                    seen.AddRange(Directory.EnumerateFiles(root!, "*", SearchOption.AllDirectories).Select(Path.GetFileName).OfType<string>());
                }

                return CheckServices.LoadFromCorpus(id);
            },
        });
        using var web = new WebFactory(maxUploadBytes: 256 * 1024, engine: engine);
        root = web.TempRoot;
        using var client = web.Client();

        using var ok = await client.PostAsync(new Uri("/api/check", UriKind.Relative), WebFactory.Form(WebFactory.Sample("policies", "harbourside.txt"), "../../etc/harbourside.txt", policy: (WebFactory.Sample("policies", "meadowbank.docx"), "meadowbank.docx")));
        using var tooBig = await client.PostAsync(new Uri("/api/check", UriKind.Relative), WebFactory.Form(new byte[300 * 1024], "zeros.txt"));
        using var unsupported = await client.PostAsync(new Uri("/check", UriKind.Relative), WebFactory.Form([0x00, 0x00, 0x00, 0x01], "x.docx"));

        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        tooBig.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        unsupported.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        seen.Should().Contain(["document.txt", "policy.docx"], "the uploads are saved under names of the app's choosing");
        Directory.Exists(web.TempRoot).Should().BeTrue();
        web.LeftInTempRoot().Should().BeEmpty();
    }

    [Fact]
    public async Task Should_Answer503_When_MoreChecksArriveThanRunAndQueueAllow()
    {
        using var entered = new SemaphoreSlim(0);
        using var release = new ManualResetEventSlim(false);
        var engine = new PolicyLintEngine(CheckServices.Default with
        {
            LoadCode = id =>
            {
                entered.Release();
                release.Wait(TimeSpan.FromSeconds(60));
                return CheckServices.LoadFromCorpus(id);
            },
        });
        using var web = new WebFactory(maxChecks: 1, queueLimit: 1, engine: engine);
        using var client = web.Client();
        var gate = web.Services.GetRequiredService<CheckGate>();
        var text = WebFactory.Sample("policies", "harbourside.txt");
        try
        {
            var running = client.PostAsync(new Uri("/api/check", UriKind.Relative), WebFactory.Form(text, "a.txt"));
            (await entered.WaitAsync(TimeSpan.FromSeconds(60))).Should().BeTrue("the first check reaches the engine");
            var queued = client.PostAsync(new Uri("/api/check", UriKind.Relative), WebFactory.Form(text, "b.txt"));
            for (var i = 0; i < 600 && gate.Waiting < 1; i++)
            {
                await Task.Delay(50);
            }

            gate.Waiting.Should().Be(1, "the second check waits in the queue");
            using var refused = await client.PostAsync(new Uri("/api/check", UriKind.Relative), WebFactory.Form(text, "c.txt"));
            refused.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            (await refused.Content.ReadAsStringAsync()).Should().Contain("busy");

            release.Set();
            using var first = await running;
            using var second = await queued;
            first.StatusCode.Should().Be(HttpStatusCode.OK);
            second.StatusCode.Should().Be(HttpStatusCode.OK, "a queued check runs when a slot frees");
        }
        finally
        {
            release.Set();
        }

        web.LeftInTempRoot().Should().BeEmpty();
    }

    [Fact]
    public async Task Should_ServeTheUploadPageAndAnOpenApiDescription_When_Asked()
    {
        using var web = new WebFactory();
        using var client = web.Client();

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        using var openApi = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi.json", UriKind.Relative)));

        page.Should().Contain("<input id=\"file\" name=\"file\" type=\"file\" required>").And.Contain("<option value=\"hos-2024\" selected>");
        openApi.RootElement.GetProperty("paths").GetProperty("/api/check").GetProperty("post").GetProperty("responses").EnumerateObject().Select(r => r.Name)
            .Should().Contain(["200", "413", "415", "503"]);
    }

    private static string Method(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("documents")[0].GetProperty("extraction").GetProperty("method").GetString()!;
    }
}
