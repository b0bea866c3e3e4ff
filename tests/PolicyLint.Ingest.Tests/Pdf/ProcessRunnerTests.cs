using PolicyLint.Ingest.Processes;

namespace PolicyLint.Ingest.Tests.Pdf;

public sealed class ProcessRunnerTests
{
    [Fact]
    public void Captures_output_error_and_exit_code()
    {
        var result = ExternalProcessRunner.Instance.Run(new ProcessRequest("sh", ["-c", "echo out; echo err >&2; exit 3"], "dash"));

        result.Outcome.Should().Be(ProcessOutcome.Exited);
        result.ExitCode.Should().Be(3);
        result.StandardOutput.Should().Be("out\n");
        result.StandardError.Should().Be("err\n");
        result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public void Kills_a_program_that_runs_past_its_timeout()
    {
        var started = DateTime.UtcNow;

        var result = ExternalProcessRunner.Instance.Run(new ProcessRequest("sleep", ["30"], "coreutils") { Timeout = TimeSpan.FromMilliseconds(300) });

        result.Outcome.Should().Be(ProcessOutcome.TimedOut);
        (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(20), "the sleeping program is killed, not waited for");
    }

    [Fact]
    public void Reports_a_missing_program_as_not_installed()
    {
        var result = ExternalProcessRunner.Instance.Run(new ProcessRequest("policylint-no-such-tool", [], "nothing"));

        result.Outcome.Should().Be(ProcessOutcome.NotInstalled);
    }

    [Fact]
    public void Passes_environment_variables_to_the_program()
    {
        var request = new ProcessRequest("sh", ["-c", "echo $OMP_THREAD_LIMIT"], "dash")
        {
            Environment = new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" },
        };

        ExternalProcessRunner.Instance.Run(request).StandardOutput.Should().Be("1\n");
    }
}
