using System.Text;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Ingest.Text;

/// <summary>
/// Reads .txt and .md files: one block per non-empty line, tabs kept (self-assessment extracts use
/// them as cell separators). Markdown "#" lines become headings.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public static PlainTextReader Instance { get; } = new();

    public Document Read(SourceFile source)
    {
        var bytes = InputFiles.ReadBytes(source);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new InputException(source.DisplayPath, "not a text file (it contains binary data)");
        }

        var text = Decode(bytes);
        var blocks = new List<Block>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r', ' ', '\u00a0');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var location = new Location(null, blocks.Count);
            if (line.StartsWith('#'))
            {
                var level = line.TakeWhile(c => c == '#').Count();
                blocks.Add(new Block(BlockKind.Heading, line[level..].Trim(), location) { Level = level });
            }
            else
            {
                blocks.Add(new Block(BlockKind.Paragraph, line, location));
            }
        }

        return new Document(source.DisplayPath, InputFiles.Sha256(bytes), new ExtractionInfo("text", null, []), blocks);
    }

    /// <summary>UTF-8 (with or without BOM); falls back to Windows-1252-compatible Latin-1 for legacy files.</summary>
    public static string Decode(byte[] bytes)
    {
        try
        {
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var s = utf8.GetString(bytes);
            return s.Length > 0 && s[0] == '\ufeff' ? s[1..] : s;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
