using System.Security.Cryptography;
using System.Text;

namespace PolicyLint.Analysis.Configuration;

/// <summary>
/// A short, format-independent hash of a clause's wording: letters and digits only, lower case, so the
/// same clause read from DOCX, PDF or text gives the same fingerprint and a suppression survives
/// renumbering but not rewording.
/// </summary>
public static class ClauseFingerprint
{
    public static string Of(string text)
    {
        var normal = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                normal.Append(c);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal.ToString())))[..12];
    }
}
