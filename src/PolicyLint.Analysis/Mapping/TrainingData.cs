using System.Security.Cryptography;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace PolicyLint.Analysis.Mapping;

/// <summary>One labelled text: the provision it speaks to ("none" when it speaks to none) and its style.</summary>
public sealed record TrainingExample(string Label, string Text, string Style = "policy")
{
    public string Source { get; init; } = string.Empty;
}

/// <summary>
/// Reads the labelled examples under corpus/training/CODE/ (every *.yaml file, in ordinal order of
/// relative path) and computes the data hash a model records.
/// </summary>
public static class TrainingData
{
    public static IReadOnlyList<string> Files(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.yaml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public static IReadOnlyList<TrainingExample> Load(string directory)
    {
        var files = Files(directory);
        if (files.Count == 0)
        {
            throw new InvalidDataException($"no training files (*.yaml) under {directory}");
        }

        return files.SelectMany(f => Parse(File.ReadAllText(Path.Combine(directory, f)), f)).ToList();
    }

    public static IReadOnlyList<TrainingExample> Parse(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{source}: not valid YAML ({e.Message})", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode("examples"), out var node) || node is not YamlSequenceNode examples)
        {
            return [];
        }

        var result = new List<TrainingExample>();
        foreach (var item in examples.Children.OfType<YamlMappingNode>())
        {
            var text = Scalar(item, "text")?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var provision = Scalar(item, "provision");
            var label = string.IsNullOrWhiteSpace(provision) || provision.Trim().Equals(ProvisionClasses.None, StringComparison.OrdinalIgnoreCase)
                ? ProvisionClasses.None
                : provision.Trim();
            result.Add(new TrainingExample(label, text, Scalar(item, "style") ?? "policy") { Source = source });
        }

        return result;
    }

    /// <summary>
    /// SHA-256 (hex) over the training files in ordinal order of relative path: for each file, its
    /// relative path, a NUL, the SHA-256 of its bytes, and a newline.
    /// </summary>
    public static string Hash(string directory)
    {
        var manifest = new StringBuilder();
        foreach (var file in Files(directory))
        {
            var bytes = File.ReadAllBytes(Path.Combine(directory, file));
            manifest.Append(file).Append('\0').Append(Convert.ToHexStringLower(SHA256.HashData(bytes))).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest.ToString())));
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode s ? s.Value : null;
}
