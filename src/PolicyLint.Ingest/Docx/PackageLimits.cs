using System.IO.Compression;
using System.Xml;
using PolicyLint.Core.Pipeline;

namespace PolicyLint.Ingest.Docx;

/// <summary>
/// Checks a DOCX package against <see cref="InputLimits"/> before OpenXml loads any part: the number
/// of zip entries, each part's decompressed size and compression ratio, the package's decompressed
/// total, and the element nesting of every XML part. Sizes are counted while inflating (the sizes a
/// zip declares can lie), and inflating stops at the first byte past a limit, so a zip bomb costs
/// at most the limit in time and nothing in memory. Nesting is measured by a streaming XmlReader.
/// </summary>
public static class PackageLimits
{
    public static void Check(SourceFile source, byte[] bytes, InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new InputException(source.DisplayPath, $"corrupt DOCX ({e.Message})");
        }

        using (zip)
        {
            if (zip.Entries.Count > limits.MaxZipEntries)
            {
                throw new InputException(source.DisplayPath, $"too many parts in the DOCX package ({zip.Entries.Count} zip entries; the limit is {limits.MaxZipEntries})");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += Inflate(source, entry, limits, limits.MaxPackageBytes - total);
            }
        }
    }

    /// <summary>Inflates one entry into nothing, counting; returns its real decompressed size.</summary>
    private static long Inflate(SourceFile source, ZipArchiveEntry entry, InputLimits limits, long packageLeft)
    {
        Stream raw;
        try
        {
            raw = entry.Open();
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw new InputException(source.DisplayPath, $"corrupt DOCX (part {entry.FullName}: {e.Message})");
        }

        using var counted = new CountingStream(raw, source, entry, limits, packageLeft);
        try
        {
            if (IsXml(entry.FullName))
            {
                CheckDepth(source, entry, counted, limits.MaxDepth);
            }

            counted.CopyTo(Stream.Null);
        }
        catch (InvalidDataException e)
        {
            throw new InputException(source.DisplayPath, $"corrupt DOCX (part {entry.FullName}: {e.Message})");
        }

        return counted.Count;
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static void CheckDepth(SourceFile source, ZipArchiveEntry entry, Stream stream, int maxDepth)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreWhitespace = true,
            IgnoreComments = true,
            CloseInput = false,
        };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= maxDepth)
                {
                    throw new InputException(source.DisplayPath, $"DOCX part {entry.FullName} nests elements more than {maxDepth} deep (the limit)");
                }
            }
        }
        catch (XmlException)
        {
            // Not well-formed: OpenXml reports it when it loads the part. The rest is still counted.
        }
    }

    /// <summary>Counts bytes as they are inflated and stops at the first one past a limit.</summary>
    private sealed class CountingStream(Stream inner, SourceFile source, ZipArchiveEntry entry, InputLimits limits, long packageLeft) : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => Count;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            Count += n;
            if (Count > limits.MaxPartBytes)
            {
                throw new InputException(source.DisplayPath, $"DOCX part {entry.FullName} inflates past {InputLimits.Megabytes(limits.MaxPartBytes)} (the limit per part; a zip bomb?)");
            }

            if (Count > packageLeft)
            {
                throw new InputException(source.DisplayPath, $"the DOCX package inflates past {InputLimits.Megabytes(limits.MaxPackageBytes)} (the limit for all parts together)");
            }

            if (Count > 1024 * 1024 && entry.CompressedLength > 0 && Count / entry.CompressedLength > limits.MaxCompressionRatio)
            {
                throw new InputException(source.DisplayPath, $"DOCX part {entry.FullName} inflates more than {limits.MaxCompressionRatio} times its compressed size (the limit; a zip bomb?)");
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
