namespace PolicyLint.Analysis.Mapping;

/// <summary>Class labels shared by the index, the classifier and the evaluation.</summary>
public static class ProvisionClasses
{
    /// <summary>The label of a clause that speaks to no provision of the Code.</summary>
    public const string None = "none";

    public static bool IsNone(string label) => string.Equals(label, None, StringComparison.Ordinal);
}
