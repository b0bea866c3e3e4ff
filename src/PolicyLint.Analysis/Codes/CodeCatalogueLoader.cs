using System.Globalization;
using PolicyLint.Core.Codes;
using YamlDotNet.RepresentationModel;

namespace PolicyLint.Analysis.Codes;

/// <summary>Loads a Code catalogue (corpus/codes/ID.yaml) into <see cref="CodeCatalogue"/>.</summary>
public static class CodeCatalogueLoader
{
    public static IReadOnlyList<string> AvailableIds() =>
        Directory.GetFiles(CorpusLocator.Corpus("codes"), "*.yaml")
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static CodeCatalogue Load(string id)
    {
        var path = CorpusLocator.Corpus("codes", id + ".yaml");
        if (!File.Exists(path))
        {
            throw new ArgumentException($"unknown Code '{id}' (known: {string.Join(", ", AvailableIds())})", nameof(id));
        }

        return Parse(File.ReadAllText(path));
    }

    public static CodeCatalogue Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var sections = Seq(root, "sections")
            .OfType<YamlMappingNode>()
            .ToDictionary(s => int.Parse(Str(s, "number")!, CultureInfo.InvariantCulture), s => Str(s, "title") ?? string.Empty);
        var provisions = Seq(root, "provisions").OfType<YamlMappingNode>().Select(p =>
        {
            var sectionText = Str(p, "section");
            var section = sectionText is null ? 0 : int.Parse(sectionText, CultureInfo.InvariantCulture);
            var id = Str(p, "id") ?? throw new InvalidDataException("a provision has no id");
            return new Provision(id, section, sections.GetValueOrDefault(section, string.Empty), Str(p, "summary") ?? string.Empty)
            {
                Title = Str(p, "title"),
                Keywords = Seq(p, "keywords").OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).ToList(),
                Items = Seq(p, "items").OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).ToList(),
                InForm = !string.Equals(Str(p, "inForm"), "false", StringComparison.OrdinalIgnoreCase),
                Parameters = Map(p, "parameters"),
                Number = Str(p, "number"),
                Maps2024 = Seq(p, "maps2024").OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).ToList(),
            };
        }).ToList();
        var effective = DateOnly.ParseExact(Str(root, "effective") ?? "0001-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var until = Str(root, "until");
        return new CodeCatalogue(Str(root, "id") ?? "unknown", Str(root, "title") ?? string.Empty, effective, provisions)
        {
            Until = until is null ? null : DateOnly.ParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Statutory = string.Equals(Str(root, "statutory"), "true", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static string? Str(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode s ? s.Value : null;

    private static IEnumerable<YamlNode> Seq(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode s ? s.Children : [];

    private static Dictionary<string, string> Map(YamlMappingNode node, string key)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode m)
        {
            foreach (var (k, v) in m.Children)
            {
                if (k is YamlScalarNode ks && v is YamlScalarNode vs && ks.Value is not null)
                {
                    result[ks.Value] = vs.Value ?? string.Empty;
                }
            }
        }

        return result;
    }
}
