using System;
using System.Collections.Generic;
using System.IO;

namespace ProcGen;

/// <summary>
/// Any <c>/proc/sys</c> knob by name, declared or not: <c>fs.Sys("kernel.pid_max").ToInt64()</c>,
/// <c>fs.TryReadSys("vm/swappiness")</c>, and <c>fs.EnumerateSys("net.ipv4")</c> for a walk like <c>sysctl -a</c>.
/// The catalog's typed declarations (<c>fs.KernelPidMax()</c>) cover the common knobs; this reaches the rest.
/// </summary>
public static class ProcFsSysExtensions
{
    private const string SysDirectory = "sys";

    /// <summary>
    /// Reads the knob <paramref name="name"/> (<c>kernel.pid_max</c> or <c>kernel/pid_max</c>). Throws
    /// <see cref="ProcFileNotFoundException"/>, <see cref="ProcPermissionDeniedException"/> or
    /// <see cref="ProcIOException"/>; <see cref="ArgumentException"/> for a name that would leave <c>/proc/sys</c>.
    /// </summary>
    public static SysctlValue Sys(this ProcFs fs, string name)
    {
        var path = SysctlName.ToPath(name);
        int errno = ReadOne(fs, path, out var value);
        return errno == 0 ? value! : throw fs.ErrorFor(errno, SysDirectory, path);
    }

    /// <summary>Like <see cref="Sys"/>, reporting an absent or forbidden knob as a status.</summary>
    public static ProcResult<SysctlValue> TryReadSys(this ProcFs fs, string name)
    {
        var path = SysctlName.ToPath(name);
        int errno = ReadOne(fs, path, out var value);
        if (errno == 0) return ProcResult<SysctlValue>.Ok(value!);
        return StatusFor(errno) is { } status
            ? ProcResult<SysctlValue>.Failed(status, fs.GetFullPath(SysDirectory + "/" + path))
            : throw fs.ErrorFor(errno, SysDirectory, path);
    }

    /// <summary>
    /// Every readable knob under <paramref name="prefix"/> (all of <c>/proc/sys</c> when empty; a prefix naming one
    /// knob yields that knob), in ordinal order of path, as <c>sysctl -a</c> lists them. Write-only knobs
    /// (<c>vm/compact_memory</c>, <c>net/ipv4/route/flush</c>: mode <c>0200</c>) are skipped, since reading them
    /// can only fail; knobs and directories the kernel refuses are reported with
    /// <see cref="ProcReadStatus.PermissionDenied"/>, other read errors with their message, and the walk goes on.
    /// Throws <see cref="ProcFileNotFoundException"/> when the prefix does not exist.
    /// </summary>
    public static IEnumerable<SysctlEntry> EnumerateSys(this ProcFs fs, string? prefix = null)
    {
        var start = SysctlName.PrefixToPath(prefix);
        var full = fs.GetFullPath(start.Length == 0 ? SysDirectory : SysDirectory + "/" + start);
        if (File.Exists(full)) return [ReadEntry(fs, start)];
        if (!Directory.Exists(full)) throw new ProcFileNotFoundException(full);
        return Walk(fs, start, full);
    }

    private static IEnumerable<SysctlEntry> Walk(ProcFs fs, string relative, string full)
    {
        string[] children;
        try
        {
            children = Directory.GetFileSystemEntries(full);
        }
        catch (UnauthorizedAccessException)
        {
            return [new SysctlEntry(relative, ProcReadStatus.PermissionDenied, null, full + ": permission denied")];
        }
        catch (DirectoryNotFoundException)
        {
            return []; // removed during the walk (a network interface went away)
        }
        Array.Sort(children, StringComparer.Ordinal);
        return WalkChildren(fs, relative, children);
    }

    private static IEnumerable<SysctlEntry> WalkChildren(ProcFs fs, string relative, string[] children)
    {
        foreach (var child in children)
        {
            var name = System.IO.Path.GetFileName(child);
            var childRelative = relative.Length == 0 ? name : relative + "/" + name;
            FileSystemInfo info = new FileInfo(child);
            if ((info.Attributes & FileAttributes.Directory) != 0)
            {
                foreach (var entry in Walk(fs, childRelative, child)) yield return entry;
                continue;
            }
            if (!info.Exists) continue;
            if (OperatingSystem.IsLinux() && (info.UnixFileMode & (UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead)) == 0)
                continue; // write-only: a trigger, not a value
            yield return ReadEntry(fs, childRelative);
        }
    }

    private static SysctlEntry ReadEntry(ProcFs fs, string path)
    {
        int errno = ReadOne(fs, path, out var value);
        if (errno == 0) return new SysctlEntry(path, ProcReadStatus.Ok, value, null);
        var error = fs.ErrorFor(errno, SysDirectory, path);
        return new SysctlEntry(path, StatusFor(errno) ?? ProcReadStatus.NotFound, null, error.Message);
    }

    private static int ReadOne(ProcFs fs, string path, out SysctlValue? value)
    {
        int hint = 256;
        int errno = ProcFileReader.TryRead(fs.Root, SysDirectory, path, ProcEntryKind.File, ref hint, out var content);
        if (errno != 0)
        {
            value = null;
            return errno;
        }
        using (content) value = new SysctlValue(path, content.Span, fs.GetFullPath(SysDirectory + "/" + path));
        return 0;
    }

    private static ProcReadStatus? StatusFor(int errno) => errno switch
    {
        LibC.ENOENT or LibC.ENOTDIR => ProcReadStatus.NotFound,
        LibC.EACCES or LibC.EPERM => ProcReadStatus.PermissionDenied,
        _ => null,
    };
}
