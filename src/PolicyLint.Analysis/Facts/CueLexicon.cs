using System.Text;
using System.Text.RegularExpressions;
using PolicyLint.Analysis.Codes;
using YamlDotNet.RepresentationModel;

namespace PolicyLint.Analysis.Facts;

/// <summary>A named cue group of the fact lexicon (corpus/lexicons/facts.yaml).</summary>
public enum CueGroup
{
    Stage1,
    Stage2,
    OutsideStages,
    OtherProcess,
    Acknowledge,
    Respond,
    Extend,
    ExtendLead,
    ResidentDeadline,
    FromAcknowledgement,
    FromEscalation,
    FromLogging,
    FromReceipt,
    FromResponse,
    WindowEvent,
    WindowAcceptance,
    NotAWindow,
    ReasonsObligation,
    ReasonsVerb,
    ReasonsObject,
    ReasonsWaived,
    EscalationWithheld,
    RefusalGround,
    ResolveFirst,
}

/// <summary>
/// The cue phrases of corpus/lexicons/facts.yaml, each group parsed once into one regular expression.
/// See corpus/lexicons/README.md for the phrase syntax. The expressions are interpreted, not compiled
/// to IL: in a profiled check of four 13-page PDFs, compiling the lexicon took 5.1 s on its own thread
/// while the interpreted fact extraction of all four took 0.37 s (dotnet-trace; README, Speed).
/// </summary>
public sealed class CueLexicon
{
    private const string GapMarker = "...";
    private const int GapWords = 8;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);
    private static readonly Lazy<CueLexicon> Shared = new(() => Load(CorpusLocator.Corpus("lexicons", "facts.yaml")));
    private readonly Regex[] groups;

    private CueLexicon(IReadOnlyDictionary<CueGroup, Regex> groups)
    {
        this.groups = new Regex[Enum.GetValues<CueGroup>().Length];
        foreach (var (group, regex) in groups)
        {
            this.groups[(int)group] = regex;
        }
    }

    /// <summary>The project's lexicon, read on first use.</summary>
    public static CueLexicon Default => Shared.Value;

    public static CueLexicon Load(string path)
    {
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            yaml.Load(reader);
        }
        catch (Exception e) when (e is IOException or YamlDotNet.Core.YamlException)
        {
            throw new InvalidDataException($"{path}: cannot read the lexicon ({e.Message})", e);
        }

        var root = yaml.Documents.Count > 0 ? yaml.Documents[0].RootNode as YamlMappingNode : null;
        if (root?.Children.TryGetValue(new YamlScalarNode("groups"), out var node) != true || node is not YamlMappingNode map)
        {
            throw new InvalidDataException($"{path}: the lexicon needs a 'groups' mapping");
        }

        var compiled = new Dictionary<CueGroup, Regex>();
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (!Enum.TryParse<CueGroup>(name, ignoreCase: true, out var group))
            {
                throw new InvalidDataException($"{path}: unknown cue group '{name}'");
            }

            var phrases = value is YamlSequenceNode list
                ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(s => s.Length > 0).ToList()
                : throw new InvalidDataException($"{path}: group '{name}' must be a list of phrases");
            compiled[group] = Compile(path, name, phrases);
        }

        foreach (var group in Enum.GetValues<CueGroup>())
        {
            if (!compiled.ContainsKey(group))
            {
                throw new InvalidDataException($"{path}: the lexicon has no '{char.ToLowerInvariant(group.ToString()[0])}{group.ToString()[1..]}' group");
            }
        }

        return new CueLexicon(compiled);
    }

    /// <summary>Turns one phrase into a regular expression fragment (see the README's phrase syntax).</summary>
    public static string Translate(string phrase)
    {
        var s = new StringBuilder();
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            if (string.CompareOrdinal(phrase, i, GapMarker, 0, GapMarker.Length) == 0)
            {
                // "let ... know": up to GapWords words between the two sides. Words and the runs between
                // them are disjoint classes, so the gap cannot backtrack more than linearly.
                s.Append(@"[^\w'’-]+(?:[\w'’-]+[^\w'’-]+){0," + GapWords + "}?");
                i += GapMarker.Length - 1;
                while (i + 1 < phrase.Length && phrase[i + 1] == ' ')
                {
                    i++;
                }
            }
            else if (c == ' ' && phrase.AsSpan(i).TrimStart(' ').StartsWith(GapMarker, StringComparison.Ordinal))
            {
                // The gap brings its own separators.
                continue;
            }
            else if (c == ' ')
            {
                s.Append(@"\s+");
                while (i + 1 < phrase.Length && phrase[i + 1] == ' ')
                {
                    i++;
                }
            }
            else if (c == '*' && i > 0 && char.IsLetter(phrase[i - 1]))
            {
                s.Append(@"[\w-]*");
            }
            else if (c == '\'')
            {
                s.Append("['’]");
            }
            else if (c == '.')
            {
                s.Append(@"\.");
            }
            else
            {
                s.Append(c);
            }
        }

        return s.ToString();
    }

    private static Regex Compile(string path, string name, IReadOnlyList<string> phrases)
    {
        var pattern = @"(?<![\w-])(?:" + string.Join("|", phrases.Select(p => "(?:" + Translate(p) + ")")) + @")(?![\w])";
        try
        {
            // Interpreted, not Compiled: a group is one long alternation, and compiling it to IL took
            // seconds on its first match (4.5 s measured for escalationWithheld) against 12 ms to interpret;
            // the matches themselves are on single sentences.
            return new Regex(pattern, Options, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{path}: group '{name}' has a phrase that is not valid ({e.Message})", e);
        }
    }

    public bool IsMatch(CueGroup group, string text) => For(group).IsMatch(text);

    public Match Match(CueGroup group, string text) => For(group).Match(text);

    public IEnumerable<Match> Matches(CueGroup group, string text) => For(group).Matches(text);

    /// <summary>The last match of a group in the text, or null.</summary>
    public Match? Last(CueGroup group, string text) => For(group).Matches(text).LastOrDefault();

    private Regex For(CueGroup group) => groups[(int)group];
}
