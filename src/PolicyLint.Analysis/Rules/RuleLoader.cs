using PolicyLint.Core.Findings;
using YamlDotNet.RepresentationModel;

namespace PolicyLint.Analysis.Rules;

/// <summary>
/// Loads rule files (corpus/rules/*.yaml). Each file is one rule; a key the rule's kind does not accept
/// is an error, as is an unknown kind, a duplicate id, or a missing message.
/// </summary>
public sealed class RuleLoader
{
    private static readonly HashSet<string> CommonKeys = new(StringComparer.Ordinal)
    {
        "id", "name", "extends", "provision", "provisions", "level", "message", "messages", "recommendation",
        "link", "codes", "description", "topic",
    };

    private readonly IReadOnlyDictionary<string, IRuleKind> kinds;

    public RuleLoader(IEnumerable<IRuleKind> kinds)
    {
        this.kinds = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<RuleSpec> LoadFolder(string folder)
    {
        var rules = Directory.GetFiles(folder, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => Parse(File.ReadAllText(f), Path.GetFileName(f)))
            .ToList();
        var duplicate = rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"rule id {duplicate.Key} is used by more than one file");
        }

        return rules;
    }

    public RuleSpec Parse(string yaml, string sourceFile)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || ToObject(stream.Documents[0].RootNode) is not IReadOnlyDictionary<string, object?> root)
        {
            throw new InvalidDataException($"{sourceFile}: not a rule (expected a YAML mapping)");
        }

        string Required(string key) => root.TryGetValue(key, out var v) && v is string s && s.Length > 0
            ? s
            : throw new InvalidDataException($"{sourceFile}: missing '{key}'");

        var id = Required("id");
        var kindName = Required("extends");
        if (!kinds.TryGetValue(kindName, out var kind))
        {
            throw new InvalidDataException($"{sourceFile}: unknown rule kind '{kindName}' (known: {string.Join(", ", kinds.Keys.Order())})");
        }

        var unknown = root.Keys.Where(k => !CommonKeys.Contains(k) && !kind.ParameterNames.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"{sourceFile}: '{string.Join("', '", unknown)}' is not a parameter of rule kind '{kindName}'");
        }

        var provisions = root.TryGetValue("provisions", out var ps) && ps is IEnumerable<object?> list
            ? list.Select(p => p?.ToString() ?? string.Empty).ToList()
            : root.TryGetValue("provision", out var p1) && p1 is string single ? [single] : new List<string>();
        var level = (root.TryGetValue("level", out var l) ? l as string : null) switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "note" => Severity.Note,
            null => Severity.Warning,
            var other => throw new InvalidDataException($"{sourceFile}: level '{other}' is not error, warning or note"),
        };
        var messages = root.TryGetValue("messages", out var ms) && ms is IReadOnlyDictionary<string, object?> mm
            ? mm.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var message = root.TryGetValue("message", out var msg) && msg is string mtext ? mtext : messages.Values.FirstOrDefault()
            ?? throw new InvalidDataException($"{sourceFile}: missing 'message'");
        return new RuleSpec(id, root.TryGetValue("name", out var n) ? n as string ?? id : id, kindName, provisions, level, message.Trim(),
            (root.TryGetValue("recommendation", out var rec) ? rec as string : null)?.Trim() ?? string.Empty)
        {
            Codes = root.TryGetValue("codes", out var cs) && cs is IEnumerable<object?> codes ? codes.Select(c => c?.ToString() ?? string.Empty).ToList() : [],
            Link = root.TryGetValue("link", out var link) ? link as string : null,
            Description = root.TryGetValue("description", out var d) ? (d as string)?.Trim() : null,
            SourceFile = sourceFile,
            Messages = messages,
            Parameters = root.Where(kv => kind.ParameterNames.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        };
    }

    private static object? ToObject(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => seq.Children.Select(ToObject).ToList(),
        YamlMappingNode map => (IReadOnlyDictionary<string, object?>)map.Children.ToDictionary(
            kv => ((YamlScalarNode)kv.Key).Value ?? string.Empty, kv => ToObject(kv.Value), StringComparer.Ordinal),
        _ => null,
    };
}
