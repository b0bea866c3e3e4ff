namespace PolicyLint.Web;

/// <summary>Runs the web app on its own (`dotnet PolicyLint.Web.dll`); `policylint serve` calls <see cref="WebApp.Build"/> instead.</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args) => WebApp.Build(args).Run();
}
