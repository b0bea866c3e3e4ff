using BenchmarkDotNet.Running;

namespace PolicyLint.Bench;

/// <summary>Runs the stage benchmarks; arguments go to BenchmarkDotNet (--filter, --job short, ...).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
