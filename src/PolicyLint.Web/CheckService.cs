using Microsoft.AspNetCore.Http;
using PolicyLint.Engine;

namespace PolicyLint.Web;

/// <summary>The outcome of one web check: the engine's run and the labels of what was checked.</summary>
public sealed record WebCheck(CheckRun Run, CheckForm Form);

/// <summary>
/// One check from an HTTP request, the same for the API and the upload page: the upload is saved into a
/// temporary folder of its own, the engine runs under the concurrency gate, and the folder is deleted
/// before the response is written, whatever happened.
/// </summary>
public sealed class CheckService(PolicyLintEngine engine, CheckGate gate, WebSettings settings)
{
    public async Task<WebCheck> CheckAsync(HttpRequest request, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength is { } length && length > settings.MaxRequestBytes)
        {
            throw new UploadException(StatusCodes.Status413PayloadTooLarge, $"the upload is larger than the limit of {Uploads.Megabytes(settings.MaxUploadBytes)} a file");
        }

        var folder = TempFolder();
        try
        {
            var form = await Uploads.ReadAsync(request, folder, settings.MaxUploadBytes, cancel).ConfigureAwait(false);
            using var slot = await gate.EnterAsync(cancel).ConfigureAwait(false)
                ?? throw new UploadException(StatusCodes.Status503ServiceUnavailable, "the server is busy with other checks; try again in a minute");
            var check = new CheckRequest([form.Document.Path])
            {
                Policies = form.Policy is null ? [] : [form.Policy.Path],
                Code = form.Code,
                AsOf = form.AsOf,
                UseNearbyConfig = false,
                DisplayNames = Labels(form),
            };
            var run = await Task.Run(() => engine.Check(check), cancel).ConfigureAwait(false);
            return new WebCheck(run, form);
        }
        catch (CheckRequestException e)
        {
            throw new UploadException(StatusCodes.Status400BadRequest, e.Message);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new UploadException(StatusCodes.Status413PayloadTooLarge, $"the upload is larger than the limit of {Uploads.Megabytes(settings.MaxUploadBytes)} a file");
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new UploadException(StatusCodes.Status400BadRequest, $"the upload could not be read: {PolicyLintEngineText.OneLine(e.Message)}");
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    /// <summary>Shows each file under its uploaded name; the two are told apart if they share one.</summary>
    private static Dictionary<string, string> Labels(CheckForm form)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { [Path.GetFullPath(form.Document.Path)] = form.Document.Label };
        if (form.Policy is { } policy)
        {
            labels[Path.GetFullPath(policy.Path)] = policy.Label == form.Document.Label ? "policy " + policy.Label : policy.Label;
        }

        return labels;
    }

    private string TempFolder()
    {
        Directory.CreateDirectory(settings.TempRoot);
        var folder = Path.Combine(settings.TempRoot, Guid.NewGuid().ToString("N"));
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return folder;
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A reader still holding a file open: try once more after it lets go.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Directory.Delete(folder, recursive: true);
        }
    }
}
