using System.Globalization;
using PolicyLint.Core.Findings;
using PolicyLint.Core.Pipeline;
using YamlDotNet.RepresentationModel;

namespace PolicyLint.Analysis.Configuration;

/// <summary>A suppressed finding: which rule, at which clause, why, by whom and when.</summary>
public sealed record Suppression(string Rule, string? Clause, string? Fingerprint, string Justification, string By, string Date)
{
    /// <summary>The clause value that makes a suppression cover every finding of its rule.</summary>
    public const string AnyClause = "*";
}

/// <summary>
/// Settings from a .policylint.yaml: the Code to judge against (an id or "auto"), rules turned off or
/// given another level, and a suppressions file (PDF and DOCX cannot carry comments, so suppressions
/// live beside the documents).
/// </summary>
public sealed record PolicyConfig(string? Code, RuleSettings Rules, IReadOnlyList<Suppression> Suppressions)
{
    public const string FileName = ".policylint.yaml";

    public static PolicyConfig Empty { get; } = new(null, RuleSettings.Empty, []);

    public string? Path { get; init; }

    /// <summary>The nearest .policylint.yaml in the folder or any folder above it, or null.</summary>
    public static string? Find(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Reads a configuration file; an invalid one raises <see cref="InvalidDataException"/> naming the file and the problem.</summary>
    public static PolicyConfig Load(string path)
    {
        var root = ReadMapping(path);
        string? code = null;
        var disabled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var levels = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        var suppressions = new List<Suppression>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Key(keyNode, path);
            switch (key)
            {
                case "code":
                    code = Scalar(value, path, key);
                    break;
                case "rules":
                    foreach (var (ruleNode, setting) in Mapping(value, path, key).Children)
                    {
                        var rule = Key(ruleNode, path);
                        switch (Scalar(setting, path, rule)?.ToLowerInvariant())
                        {
                            case "off" or "false" or "none":
                                disabled.Add(rule);
                                break;
                            case "error":
                                levels[rule] = Severity.Error;
                                break;
                            case "warning":
                                levels[rule] = Severity.Warning;
                                break;
                            case "note":
                                levels[rule] = Severity.Note;
                                break;
                            case var other:
                                throw new InvalidDataException($"{path}: rule {rule}: '{other}' is not off, error, warning or note");
                        }
                    }

                    break;
                case "suppressions":
                    var file = Scalar(value, path, key) ?? string.Empty;
                    var full = System.IO.Path.IsPathRooted(file) ? file : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, file);
                    suppressions.AddRange(LoadSuppressions(full));
                    break;
                default:
                    throw new InvalidDataException($"{path}: unknown setting '{key}' (known: code, rules, suppressions)");
            }
        }

        return new PolicyConfig(code, new RuleSettings { DisabledRules = disabled, Levels = levels }, suppressions) { Path = path };
    }

    /// <summary>Reads a suppressions file: a list under "suppressions", each with rule, clause or fingerprint, justification, by and date.</summary>
    public static IReadOnlyList<Suppression> LoadSuppressions(string path)
    {
        var root = ReadMapping(path);
        if (!root.Children.TryGetValue(new YamlScalarNode("suppressions"), out var list) || list is not YamlSequenceNode items)
        {
            throw new InvalidDataException($"{path}: expected a list under 'suppressions'");
        }

        return items.Children.Select((node, i) =>
        {
            var m = Mapping(node, path, $"suppression {i + 1}");
            string? Get(string k) => m.Children.TryGetValue(new YamlScalarNode(k), out var v) ? Scalar(v, path, k) : null;
            string Need(string k) => Get(k) is { Length: > 0 } v ? v : throw new InvalidDataException($"{path}: suppression {i + 1} has no '{k}' (a suppression must say why, who and when)");
            var clause = Get("clause");
            var fingerprint = Get("fingerprint");
            if (clause is null && fingerprint is null)
            {
                throw new InvalidDataException($"{path}: suppression {i + 1} ({Get("rule")}) names neither a clause nor a fingerprint; to cover every finding of the rule write clause: \"*\"");
            }

            var date = Need("date");
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                throw new InvalidDataException($"{path}: suppression {i + 1}: date '{date}' is not YYYY-MM-DD");
            }

            return new Suppression(Need("rule"), clause, fingerprint, Need("justification"), Need("by"), date);
        }).ToList();
    }

    private static YamlMappingNode ReadMapping(string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path}: not valid YAML ({e.Message})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot be read ({e.Message})");
        }

        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode m
            ? m
            : throw new InvalidDataException($"{path}: expected a YAML mapping");
    }

    /// <summary>A mapping key, which must be a single value (a sequence or mapping as a key is refused, not cast).</summary>
    private static string Key(YamlNode node, string path) =>
        node is YamlScalarNode { Value: { } value } ? value : throw new InvalidDataException($"{path}: a key at line {node.Start.Line} is not a single value");

    private static YamlMappingNode Mapping(YamlNode node, string path, string key) =>
        node as YamlMappingNode ?? throw new InvalidDataException($"{path}: '{key}' should be a mapping");

    private static string? Scalar(YamlNode node, string path, string key) =>
        node is YamlScalarNode s ? s.Value : throw new InvalidDataException($"{path}: '{key}' should be a single value");
}
