namespace PolicyLint.Ingest.Assessment;

using System.Text.RegularExpressions;

/// <summary>A provision number read from a line or cell. Exact is false for a reading recovered from a garbled number ("512" for 5.12).</summary>
public sealed record IdReading(string Provision, bool Exact);

/// <summary>Reads provision numbers at the start of a line or cell, including OCR-garbled forms without the dot.</summary>
public sealed partial class ProvisionIds
{
    private readonly HashSet<string> known;

    public ProvisionIds(IEnumerable<string> knownProvisions)
    {
        known = new HashSet<string>(knownProvisions, StringComparer.Ordinal);
    }

    /// <summary>The readings of the number that starts <paramref name="text"/> (after stray marks), and where it ends.</summary>
    public (IReadOnlyList<IdReading> Readings, int End) AtStart(string text)
    {
        var m = LeadingId().Match(text);
        if (!m.Success)
        {
            return ([], 0);
        }

        var token = m.Groups["id"].Value;
        var readings = new List<IdReading>();
        if (token.Contains('.', StringComparison.Ordinal))
        {
            if (known.Contains(token))
            {
                readings.Add(new IdReading(token, true));
            }
        }
        else if (token.Length is 2 or 3)
        {
            var candidate = token[0] + "." + token[1..];
            if (known.Contains(candidate))
            {
                readings.Add(new IdReading(candidate, false));
            }
        }

        return (readings, readings.Count == 0 ? 0 : m.Length);
    }

    [GeneratedRegex(@"^[\s'’‘:;|”“""\.,\[\]]*(?:Stage\s+(?:one|two|1|2)\s*[:\-–]\s*)?(?<id>\d{1,3}(?:\.\d{1,2})?)(?=$|[\s:;,|)\]]|\.(?!\d))", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingId();
}
