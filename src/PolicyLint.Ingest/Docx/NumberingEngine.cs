using System.Text;

namespace PolicyLint.Ingest.Docx;

/// <summary>
/// Computes the labels Word shows for numbered paragraphs, in document order. One engine reads one
/// document: it keeps the list counters, so call <see cref="Next(string?, NumberingReference?)"/> once per
/// paragraph, in body order.
/// </summary>
/// <remarks>
/// Rules followed:
/// <list type="bullet">
/// <item>numPr on the paragraph wins over the paragraph style's; numId and ilvl are each inherited
/// separately through basedOn. numId 0 means "not numbered", even when the style is.</item>
/// <item>A style-numbered paragraph with no ilvl takes the level tied to its style (w:lvl/w:pStyle), else 0.</item>
/// <item>An abstract list with numStyleLink takes its levels from the list of that numbering style.</item>
/// <item>Counters belong to the abstract list, so every numId that points at it continues the same
/// sequence; a numId with a startOverride keeps its own counters, starting from the override.</item>
/// <item>When a level is used, deeper levels restart unless their lvlRestart says otherwise.</item>
/// <item>A shallower level that has not been used since its restart shows one less than its start,
/// as Word does ("1.0.1" when a heading 2 is skipped).</item>
/// <item>isLgl renders the shallower levels quoted in the level text as decimal.</item>
/// </list>
/// </remarks>
public sealed class NumberingEngine
{
    private const int MaxLevels = 9;
    private const int MaxLinkDepth = 8;

    private readonly Dictionary<int, AbstractList> abstracts = [];
    private readonly Dictionary<int, ListInstance> instances = [];
    private readonly StyleSheet styles;
    private readonly Dictionary<string, int?[]> counters = new(StringComparer.Ordinal);
    private readonly SortedSet<int> missingLists = [];

    public NumberingEngine(NumberingDefinitions definitions, StyleSheet styles)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        this.styles = styles ?? throw new ArgumentNullException(nameof(styles));
        foreach (var list in definitions.Abstracts)
        {
            abstracts.TryAdd(list.Id, list);
        }

        foreach (var instance in definitions.Instances)
        {
            instances.TryAdd(instance.NumId, instance);
        }
    }

    /// <summary>numIds that paragraphs used but numbering.xml does not define (the paragraphs stay unnumbered).</summary>
    public IReadOnlyCollection<int> MissingLists => missingLists;

    /// <summary>Numbers one paragraph: its style id and its own numPr (either may be null). Null when it is not numbered.</summary>
    public ListLabel? Next(string? styleId, NumberingReference? direct)
    {
        var fromStyle = styles.Numbering(styleId);
        var numId = direct?.NumId ?? fromStyle?.NumId;
        if (numId is not int id || id == 0)
        {
            return null;
        }

        if (!instances.TryGetValue(id, out var instance))
        {
            missingLists.Add(id);
            return null;
        }

        var list = ResolveAbstract(instance.AbstractId);
        if (list is null)
        {
            missingLists.Add(id);
            return null;
        }

        var level = direct?.Level ?? fromStyle?.Level ?? LevelTiedTo(list, styleId) ?? 0;
        return Next(instance, list, Math.Clamp(level, 0, MaxLevels - 1));
    }

    /// <summary>Numbers one paragraph that points straight at a list (numId, ilvl).</summary>
    public ListLabel? Next(int numId, int level) => Next(null, new NumberingReference(numId, level));

    private ListLabel? Next(ListInstance instance, AbstractList list, int level)
    {
        var definition = Definition(instance, list, level);
        if (definition is null)
        {
            return null;
        }

        var hasOwnCounters = instance.Overrides.Any(o => o.StartOverride is not null);
        var key = hasOwnCounters ? $"num:{instance.NumId}" : $"abstract:{list.Id}";
        if (!counters.TryGetValue(key, out var values))
        {
            values = new int?[MaxLevels];
            counters[key] = values;
        }

        values[level] = values[level] is int current ? current + 1 : Start(instance, list, level);
        for (var deeper = level + 1; deeper < MaxLevels; deeper++)
        {
            if (Restarts(Definition(instance, list, deeper), deeper, level))
            {
                values[deeper] = null;
            }
        }

        if (definition.Format == ListNumberFormat.Bullet)
        {
            return new ListLabel(ListNumberFormatter.Bullet(definition.Text), level, instance.NumId, IsBullet: true);
        }

        var text = Render(definition, level, i => values[i] ?? Start(instance, list, i) - 1, i => Definition(instance, list, i)?.Format ?? ListNumberFormat.Decimal);
        return new ListLabel(text, level, instance.NumId, IsBullet: false);
    }

    private static bool Restarts(ListLevel? deeper, int deeperIndex, int usedLevel)
    {
        var restart = deeper?.Restart;
        if (restart == 0)
        {
            return false;
        }

        // lvlRestart is 1-based: n means "restart when level n (1-based) or a shallower one is used".
        var threshold = restart is int n && n <= deeperIndex ? n : deeperIndex;
        return usedLevel < threshold;
    }

    private static string Render(ListLevel definition, int level, Func<int, int> value, Func<int, ListNumberFormat> format)
    {
        var text = new StringBuilder();
        var source = definition.Text;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '%' && i + 1 < source.Length && source[i + 1] is >= '1' and <= '9')
            {
                var referenced = source[i + 1] - '1';
                var referencedFormat = definition.IsLegal && referenced < level ? ListNumberFormat.Decimal : format(referenced);
                text.Append(ListNumberFormatter.Format(value(referenced), referencedFormat));
                i++;
            }
            else
            {
                text.Append(source[i]);
            }
        }

        return text.ToString().Trim();
    }

    private AbstractList? ResolveAbstract(int abstractId)
    {
        var list = abstracts.GetValueOrDefault(abstractId);
        for (var depth = 0; list?.NumStyleLink is string link && depth < MaxLinkDepth; depth++)
        {
            var linkedNumId = styles.Numbering(link)?.NumId;
            if (linkedNumId is not int linked || !instances.TryGetValue(linked, out var linkedInstance)
                || !abstracts.TryGetValue(linkedInstance.AbstractId, out var target) || target == list)
            {
                break;
            }

            list = target;
        }

        return list;
    }

    private static int? LevelTiedTo(AbstractList list, string? styleId) =>
        styleId is null ? null : list.Levels.FirstOrDefault(l => l.ParagraphStyle == styleId)?.Index;

    private static ListLevel? Definition(ListInstance instance, AbstractList list, int level) =>
        instance.Overrides.FirstOrDefault(o => o.Level == level && o.Definition is not null)?.Definition ?? list.Level(level);

    private static int Start(ListInstance instance, AbstractList list, int level) =>
        instance.Overrides.FirstOrDefault(o => o.Level == level && o.StartOverride is not null)?.StartOverride
        ?? Definition(instance, list, level)?.Start
        ?? 1;
}
