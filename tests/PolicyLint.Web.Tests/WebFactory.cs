using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PolicyLint.Engine;
using PolicyLint.Testing;

namespace PolicyLint.Web.Tests;

/// <summary>The web app in memory, with its own temporary root and the limits a test asks for.</summary>
public sealed class WebFactory : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly WebApplicationFactory<Program> factory;

    public WebFactory(long? maxUploadBytes = null, int? maxChecks = null, int? queueLimit = null, PolicyLintEngine? engine = null, string? corpusDb = null)
    {
        TempRoot = temp.Combine("uploads");
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("PolicyLint:TempRoot", TempRoot);
            if (maxUploadBytes is { } bytes)
            {
                builder.UseSetting("PolicyLint:MaxUploadBytes", bytes.ToString(CultureInfo.InvariantCulture));
            }

            if (maxChecks is { } checks)
            {
                builder.UseSetting("PolicyLint:MaxConcurrentChecks", checks.ToString(CultureInfo.InvariantCulture));
            }

            if (queueLimit is { } queue)
            {
                builder.UseSetting("PolicyLint:QueueLimit", queue.ToString(CultureInfo.InvariantCulture));
            }

            if (corpusDb is not null)
            {
                builder.UseSetting("PolicyLint:CorpusDb", corpusDb);
            }

            if (engine is not null)
            {
                builder.ConfigureTestServices(services => services.AddSingleton(engine));
            }
        });
    }

    /// <summary>Where the app makes each request's temporary folder.</summary>
    public string TempRoot { get; }

    public IServiceProvider Services => factory.Services;

    public HttpClient Client() => factory.CreateClient();

    /// <summary>Files and folders left under the temporary root (none when the root was never made).</summary>
    public IReadOnlyList<string> LeftInTempRoot() =>
        Directory.Exists(TempRoot) ? Directory.EnumerateFileSystemEntries(TempRoot, "*", SearchOption.AllDirectories).ToList() : [];

    public void Dispose()
    {
        factory.Dispose();
        temp.Dispose();
    }

    /// <summary>A multipart body with the document in "file" under the given name and content type, and the other fields.</summary>
    public static MultipartFormDataContent Form(byte[] bytes, string fileName, string contentType = "application/octet-stream", string? asOf = "2026-11-22", (byte[] Bytes, string Name)? policy = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        if (policy is { } p)
        {
            form.Add(new ByteArrayContent(p.Bytes), "policy", p.Name);
        }

        if (asOf is not null)
        {
            form.Add(new StringContent(asOf), "asOf");
        }

        return form;
    }

    public static byte[] Sample(params string[] parts) => File.ReadAllBytes(RepoRoot.Combine(["corpus", "samples", .. parts]));
}
