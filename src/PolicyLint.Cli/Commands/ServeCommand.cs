using System.CommandLine;
using System.Globalization;
using PolicyLint.Web;

namespace PolicyLint.Cli.Commands;

/// <summary><c>policylint serve</c>: the upload page and the JSON API (src/PolicyLint.Web), on 127.0.0.1 unless told otherwise.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on (127.0.0.1, ::1, 0.0.0.0 for every interface, or localhost)", DefaultValueFactory = _ => "127.0.0.1" };
        var maxUpload = new Option<int>("--max-upload-mb") { Description = "Largest file accepted, in MB (larger gets 413)", DefaultValueFactory = _ => (int)(WebSettings.DefaultMaxUploadBytes / (1024 * 1024)) };
        var maxChecks = new Option<int>("--max-checks") { Description = "Checks run at once; others wait in a queue", DefaultValueFactory = _ => WebSettings.DefaultMaxConcurrentChecks };
        var queue = new Option<int>("--queue-limit") { Description = "Checks that may wait; past this the server answers 503", DefaultValueFactory = _ => WebSettings.DefaultQueueLimit };
        var db = new Option<string?>("--db") { Description = "A corpus (policylint corpus add) to show at /corpus/matrix and /corpus/stats" };
        var command = new Command("serve", "Serve the upload page (GET /) and the JSON API (POST /api/check, /openapi.json).")
        {
            port, host, maxUpload, maxChecks, queue, db,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var listen = new Listen(parse.GetValue(host) ?? "127.0.0.1", parse.GetValue(port));
            if (listen.Port is < 1 or > 65535)
            {
                stderr.WriteLine($"policylint serve: --port {listen.Port}: not a port number (1 to 65535)");
                return CheckCommand.UsageError;
            }

            if (parse.GetValue(maxUpload) < 1 || parse.GetValue(maxChecks) < 1 || parse.GetValue(queue) < 0)
            {
                stderr.WriteLine("policylint serve: --max-upload-mb and --max-checks must be 1 or more, --queue-limit 0 or more");
                return CheckCommand.UsageError;
            }

            var settings = new Dictionary<string, string?>
            {
                [$"{WebSettings.Section}:{nameof(WebSettings.MaxUploadBytes)}"] = (parse.GetValue(maxUpload) * 1024L * 1024).ToString(CultureInfo.InvariantCulture),
                [$"{WebSettings.Section}:{nameof(WebSettings.MaxConcurrentChecks)}"] = parse.GetValue(maxChecks).ToString(CultureInfo.InvariantCulture),
                [$"{WebSettings.Section}:{nameof(WebSettings.QueueLimit)}"] = parse.GetValue(queue).ToString(CultureInfo.InvariantCulture),
                [$"{WebSettings.Section}:{nameof(WebSettings.CorpusDb)}"] = parse.GetValue(db),
            };
            if (parse.GetValue(db) is { } corpus && !File.Exists(corpus))
            {
                stderr.WriteLine($"policylint serve: --db {corpus}: no corpus there (make one with policylint corpus add --db {corpus} FILE...)");
                return CheckCommand.UsageError;
            }
            try
            {
                WebApp.Serve(listen, settings, url =>
                {
                    stdout.WriteLine($"policylint serve: listening on {url} (Ctrl+C stops)");
                    stdout.Flush();
                });
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException)
            {
                stderr.WriteLine($"policylint serve: {Engine.PolicyLintEngineText.OneLine(e.Message)}");
                return CheckCommand.UsageError;
            }
        });
        return command;
    }
}
