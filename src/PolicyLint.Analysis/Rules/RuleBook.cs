using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.Rules.Kinds;

namespace PolicyLint.Analysis.Rules;

/// <summary>The rule kinds PolicyLint knows, and the rules (corpus/rules) that extend them.</summary>
public sealed class RuleBook
{
    public RuleBook(IReadOnlyList<RuleSpec> rules, IReadOnlyDictionary<string, IRuleKind> kinds)
    {
        Rules = rules;
        Kinds = kinds;
    }

    public static IReadOnlyList<IRuleKind> AllKinds { get; } =
    [
        new TimescaleKind(), new WindowKind(), new FactConditionKind(), new RequiredContentKind(),
        new WordingKind(), new ConsistencyKind(), new ReviewDateKind(), new NotCheckableKind(), new ChecklistKind(),
    ];

    public IReadOnlyList<RuleSpec> Rules { get; }

    public IReadOnlyDictionary<string, IRuleKind> Kinds { get; }

    public static RuleBook Load(string? folder = null)
    {
        var loader = new RuleLoader(AllKinds);
        var rules = loader.LoadFolder(folder ?? CorpusLocator.Corpus("rules"));
        return new RuleBook(rules, AllKinds.ToDictionary(k => k.Name, StringComparer.Ordinal));
    }

    public RuleSpec? Find(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
