using System.Runtime.InteropServices;

namespace PolicyLint.Ingest;

/// <summary>What kind of thing a path finally names, after every symbolic link is followed.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Other,
}

/// <summary>
/// A file's type, size and identity (device and inode) as the operating system sees the final
/// target of a path. Two paths name the same file when their identities are equal: a symbolic
/// link or a hard link to a file has the file's identity, whatever its name.
/// </summary>
public sealed record FileIdentity(FileKind Kind, long Size, ulong Device, ulong Inode)
{
    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const int StatxSize = 256;

    /// <summary>The identity of the path's final target (symbolic links followed).</summary>
    public static FileIdentity Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsLinux())
        {
            var buffer = new byte[StatxSize];
            if (NativeMethods.Statx(AtFdCwd, path, 0, StatxBasicStats, buffer) != 0)
            {
                return new FileIdentity(FileKind.Missing, 0, 0, 0);
            }

            // struct statx: stx_mode at 28 (u16), stx_ino at 32, stx_size at 40, stx_dev_major/minor at 136/140.
            var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
            var kind = mode switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                _ => FileKind.Other,
            };
            var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
            return new FileIdentity(kind, (long)BitConverter.ToUInt64(buffer, 40), device, BitConverter.ToUInt64(buffer, 32));
        }

        // Elsewhere: no inode; the resolved full path stands in for the identity.
        var info = new FileInfo(path);
        var target = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        if (Directory.Exists(target.FullName))
        {
            return new FileIdentity(FileKind.Directory, 0, 0, 0);
        }

        return target.Exists
            ? new FileIdentity(FileKind.Regular, target.Length, 0, (ulong)StringComparer.OrdinalIgnoreCase.GetHashCode(target.FullName))
            : new FileIdentity(FileKind.Missing, 0, 0, 0);
    }

    /// <summary>True when both paths exist and are the same file (same device and inode; elsewhere the same resolved path).</summary>
    public static bool SameFile(string a, string b)
    {
        var x = Of(a);
        var y = Of(b);
        return x.Kind != FileKind.Missing && y.Kind != FileKind.Missing && x.Device == y.Device && x.Inode == y.Inode;
    }

}

/// <summary>The one system call FileIdentity needs: statx(2), whose layout is the same on every Linux architecture.</summary>
internal static partial class NativeMethods
{
    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
