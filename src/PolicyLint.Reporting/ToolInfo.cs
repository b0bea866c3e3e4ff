namespace PolicyLint.Reporting;

/// <summary>The name and version every report carries.</summary>
public static class ToolInfo
{
    public const string Name = "PolicyLint";

    /// <summary>Bumped by hand with each release; reports and golden files carry it.</summary>
    public const string Version = "1.0.0";

    /// <summary>The JSON report contract this build writes.</summary>
    public const string Schema = "policylint-report/1";
}
