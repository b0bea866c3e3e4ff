using System.Text.RegularExpressions;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Analysis.CrossChecking;

/// <summary>
/// What the user said about pairing: explicit self-assessment → policy pairs (by document path as
/// given), and the policies named with --policy.
/// </summary>
public sealed record PairingHints(IReadOnlyDictionary<string, string> Explicit, IReadOnlyList<string> NamedPolicies)
{
    public static PairingHints None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), []);
}

/// <summary>A self-assessment and the policy it is cross-checked against (null: unpaired), and why.</summary>
public sealed record Pairing(DocumentAnalysis SelfAssessment, DocumentAnalysis? Policy, string Reason);

/// <summary>
/// Finds each self-assessment's own policy among the policies of a run, so that a self-assessment is
/// never cross-checked against another landlord's policy. In order: an explicit pair; a policy whose
/// landlord the self-assessment names (or the other way round); then, among policies not known to be
/// another landlord's, one sharing the file-name stem, the only one in the same folder, or the only
/// one named with --policy. Anything else is unpaired.
/// </summary>
public static partial class PolicyPairer
{
    private static readonly HashSet<string> GenericTitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "customer", "customers", "our", "the", "group", "and", "feedback", "resident", "residents", "tenant", "tenants", "complaint", "handling", "code",
    };

    private static readonly HashSet<string> GenericStems = new(StringComparer.OrdinalIgnoreCase)
    {
        "policy", "complaints", "complaint", "self", "sa", "assessment", "selfassessment", "the", "our",
    };

    public static IReadOnlyList<Pairing> Pair(IReadOnlyList<DocumentAnalysis> analyses, PairingHints hints)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        ArgumentNullException.ThrowIfNull(hints);
        var policies = analyses.Where(a => a.Kind == DocumentKind.Policy).ToList();
        var profiles = policies.ToDictionary(p => p, Profile.Of);
        return analyses
            .Where(a => a.Kind == DocumentKind.SelfAssessment)
            .Select(sa => PairOne(sa, policies, profiles, hints))
            .ToList();
    }

    /// <summary>The landlord a document names in its title or, failing that, most often in its text; null when unclear.</summary>
    public static string? LandlordName(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Profile.Of(analysis).Landlord;
    }

    private static Pairing PairOne(DocumentAnalysis sa, List<DocumentAnalysis> policies, Dictionary<DocumentAnalysis, Profile> profiles, PairingHints hints)
    {
        if (hints.Explicit.TryGetValue(sa.Document.Path, out var named))
        {
            var policy = policies.FirstOrDefault(p => p.Document.Path == named);
            return policy is null
                ? new Pairing(sa, null, $"not cross-checked: the policy paired with it ({named}) could not be analysed as a policy")
                : new Pairing(sa, policy, "--pair");
        }

        if (policies.Count == 0)
        {
            return new Pairing(sa, null, "not cross-checked: no policy was checked in the same run");
        }

        var own = Profile.Of(sa);
        var relations = policies.Select(p => (Policy: p, Relation: Relate(own, profiles[p]))).ToList();
        var same = relations.Where(r => r.Relation == Relation.Same).Select(r => r.Policy).ToList();
        if (same.Count > 0)
        {
            var best = same.FirstOrDefault(p => SameStem(sa, p)) ?? same.FirstOrDefault(p => SameFolder(sa, p)) ?? same[0];
            return new Pairing(sa, best, $"landlord named in both ({profiles[best].Landlord ?? own.Landlord})");
        }

        var open = relations.Where(r => r.Relation == Relation.Unknown).Select(r => r.Policy).ToList();
        if (open.Where(p => SameStem(sa, p)).ToList() is [var stem])
        {
            return new Pairing(sa, stem, "file names share a stem");
        }

        if (open.Where(p => SameFolder(sa, p)).ToList() is [var folder] && policies.Count(p => SameFolder(sa, p)) == 1)
        {
            return new Pairing(sa, folder, "the only policy in the same folder");
        }

        if (hints.NamedPolicies.Count == 1 && open.FirstOrDefault(p => p.Document.Path == hints.NamedPolicies[0]) is { } given)
        {
            return new Pairing(sa, given, "the policy named with --policy");
        }

        var others = relations.Count(r => r.Relation == Relation.Different);
        var why = others > 0
            ? $"not cross-checked: {Count(others, "policy", "policies")} of the run name another landlord"
                + (own.Landlord is null ? string.Empty : $" than {own.Landlord}")
            : "not cross-checked: nothing ties it to one of the policies of the run";
        return new Pairing(sa, null, why + "; pair it with --pair SA=POLICY");
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    private enum Relation
    {
        Unknown,
        Same,
        Different,
    }

    private static Relation Relate(Profile sa, Profile policy)
    {
        if ((policy.Landlord is { } p && sa.Text.Contains(Normalise(p), StringComparison.Ordinal))
            || (sa.Landlord is { } s && policy.Text.Contains(Normalise(s), StringComparison.Ordinal)))
        {
            return Relation.Same;
        }

        return sa.Landlord is not null && policy.Landlord is not null ? Relation.Different : Relation.Unknown;
    }

    private static bool SameFolder(DocumentAnalysis a, DocumentAnalysis b) =>
        string.Equals(Path.GetDirectoryName(Path.GetFullPath(a.Document.Path)), Path.GetDirectoryName(Path.GetFullPath(b.Document.Path)), StringComparison.Ordinal);

    private static bool SameStem(DocumentAnalysis a, DocumentAnalysis b) =>
        Stem(a.Document.Path) is { } x && Stem(b.Document.Path) is { } y && string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

    /// <summary>The first distinctive token of the file name ("harbourside" for harbourside-2024-table.txt).</summary>
    private static string? Stem(string path) =>
        Path.GetFileNameWithoutExtension(path)
            .Split(['.', '-', '_', ' '], StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(t => !GenericStems.Contains(t) && !t.All(char.IsDigit));

    private static string Normalise(string text) => Spaces().Replace(text.ToLowerInvariant(), " ").Trim();

    private sealed record Profile(string? Landlord, string Text)
    {
        public static Profile Of(DocumentAnalysis analysis)
        {
            var raw = string.Join(' ', analysis.Document.Blocks.Select(b => b.Text));
            var title = analysis.Metadata.Title ?? analysis.Document.Blocks.FirstOrDefault(b => !string.IsNullOrWhiteSpace(b.Text))?.Text;
            return new Profile(FromTitle(title) ?? MostNamed(raw), Normalise(raw));
        }

        private static string? FromTitle(string? title)
        {
            if (title is null)
            {
                return null;
            }

            var head = TitleCut().Split(title)[0];
            var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', ';')).Where(w => w.Length > 0).ToList();
            while (words.Count > 0 && words[0] is "The" or "the" or "Our" or "our")
            {
                words.RemoveAt(0);
            }

            return words.Count == 0 || words.All(GenericTitleWords.Contains) ? null : string.Join(' ', words);
        }

        private static string? MostNamed(string text)
        {
            var names = LandlordPhrase().Matches(text.Length > 40000 ? text[..40000] : text)
                .Select(m => m.Value.StartsWith("The ", StringComparison.Ordinal) ? m.Value[4..] : m.Value)
                .Where(n => n.Contains(' ', StringComparison.Ordinal))
                .GroupBy(n => n, StringComparer.Ordinal)
                .Where(g => g.Count() >= 2)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .FirstOrDefault();
            return names?.Key;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Where a title stops naming the landlord: a colon or dash, or the words that name the document.</summary>
    [GeneratedRegex(@"\s*[:–—]\s*|\s+-\s+|\b(?:[Cc]omplaints?|[Pp]olicy|[Aa]nnual|[Ss]elf[- ]?[Aa]ssessment|[Hh]ow (?:we|to))\b")]
    private static partial Regex TitleCut();

    /// <summary>A capitalised name ending the way landlords' names do ("Housing Plus Group", "Harbourside Homes").</summary>
    [GeneratedRegex(@"\b(?:The )?(?:[A-Z][A-Za-z&'-]+ ){1,3}(?:Homes|Housing|Group|Association|Trust|Council|Co-operative|Partnership|Living)\b")]
    private static partial Regex LandlordPhrase();
}
