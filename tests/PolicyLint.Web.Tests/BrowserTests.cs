using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyLint.Testing;
using Xunit.Abstractions;

namespace PolicyLint.Web.Tests;

/// <summary>
/// End to end in a real browser: the app on Kestrel at 127.0.0.1 (a free port), Debian's Chromium
/// (/usr/bin/chromium, installed by tools/setup-system.sh) driven by Playwright; Playwright never
/// downloads a browser of its own. Screenshots go to screenshots/ beside the test binaries.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    /// <summary>The system browser; POLICYLINT_CHROMIUM names another.</summary>
    private static string Chromium => Environment.GetEnvironmentVariable("POLICYLINT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    [Fact]
    public async Task Should_ShowAConflictRowAndDownloadTheCsv_When_ASamplePolicyIsUploadedInTheBrowser()
    {
        File.Exists(Chromium).Should().BeTrue($"{Chromium} is Debian's chromium, which tools/setup-system.sh installs");
        using var temp = new TempFolder();
        await using var app = WebApp.Build([], new Listen("127.0.0.1", 0), new Dictionary<string, string?> { ["PolicyLint:TempRoot"] = temp.Combine("uploads") });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);

        await page.GotoAsync(address + "/");
        await page.SetInputFilesAsync("#file", RepoRoot.Combine("corpus", "samples", "policies", "harbourside.docx"));
        await page.FillAsync("#asOf", "2026-11-22");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("table.ombudsman");

        // A conflict row: provision 2.3, its verdict, and the clause quoted.
        var row = page.Locator("tr[data-verdict=conflict]").Filter(new LocatorFilterOptions { Has = page.Locator("td:first-child", new PageLocatorOptions { HasTextString = "2.3" }) }).First;
        (await row.InnerTextAsync()).Should().Contain("conflict").And.Contain("Clause");
        (await row.Locator("a[href^='/rules/PL']").CountAsync()).Should().BeGreaterThan(0, "the rule page is one click away");

        // The verdict filter hides the conflicts and shows them again.
        await page.UncheckAsync(".filters input[value=conflict]");
        (await row.IsVisibleAsync()).Should().BeFalse();
        await page.CheckAsync(".filters input[value=conflict]");
        (await row.IsVisibleAsync()).Should().BeTrue();

        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        var shot = Path.Combine(shots, "serve-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
        output.WriteLine($"screenshot: {shot}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[data-format=csv]"));
        var csvPath = temp.Combine("report.csv");
        await download.SaveAsAsync(csvPath);
        var lines = await File.ReadAllLinesAsync(csvPath);
        download.SuggestedFilename.Should().Be("report.csv");
        lines[0].Should().StartWith("document,landlord,kind,code,provision,verdict");
        lines.Should().Contain(l => l.StartsWith("harbourside.docx,", StringComparison.Ordinal) && l.Contains(",2.3,conflict,", StringComparison.Ordinal));

        // The rule page opens from the row.
        await row.Locator("a[href^='/rules/PL']").First.ClickAsync();
        (await page.InnerTextAsync("h2")).Should().StartWith("Rule PL");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "serve-rule.png") });

        await app.StopAsync();
        Directory.EnumerateFileSystemEntries(temp.Combine("uploads")).Should().BeEmpty();
    }
}
