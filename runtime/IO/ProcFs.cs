using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ProcGen;

/// <summary>
/// A proc root: <see cref="Default"/> is <c>/proc</c>; any directory with the same layout works (a fixture, a
/// snapshot, a host's proc bind-mounted at <c>/host/proc</c>). Every read of a declared file goes through one.
/// Generated accessors extend it: <c>fs.Meminfo()</c>, <c>fs.Process(42).Stat()</c>.
/// </summary>
public sealed class ProcFs
{
    public ProcFs(string root = "/proc", HostInfo? host = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = root.Length > 1 ? root.TrimEnd('/') : root;
        Host = host ?? HostInfo.Current;
    }

    /// <summary>The running system's <c>/proc</c>, with the running host's facts.</summary>
    public static ProcFs Default { get; } = new();

    /// <summary>The root directory, without a trailing slash.</summary>
    public string Root { get; }

    /// <summary>Clock tick rate and page size for the conversions that need them.</summary>
    public HostInfo Host { get; }

    /// <summary>The directory of a process (or, through <see cref="ProcessDirectory.Thread"/>, a thread).</summary>
    public ProcessDirectory Process(int pid) => new(this, pid.ToString(CultureInfo.InvariantCulture), pid);

    /// <summary><c>self</c>: the reading process.</summary>
    public ProcessDirectory Self => new(this, "self", null);

    /// <summary><c>thread-self</c>: the reading thread.</summary>
    public ProcessDirectory ThreadSelf => new(this, "thread-self", null);

    /// <summary>The full path of <paramref name="relativePath"/> under the root.</summary>
    public string GetFullPath(string relativePath) => Root + "/" + relativePath.TrimStart('/');

    /// <summary>Reads and parses a file without placeholders in its path (<c>meminfo</c>, <c>net/dev</c>).</summary>
    public T Read<T>(string relativePath) where T : IProcFile<T> => Read<T>(string.Empty, relativePath);

    /// <summary>Like <see cref="Read{T}(string)"/>, reporting absent, vanished and forbidden files as a status.</summary>
    public ProcResult<T> TryRead<T>(string relativePath) where T : IProcFile<T> => TryRead<T>(string.Empty, relativePath);

    /// <summary>Reads <c>directory/file</c> and parses it as <typeparamref name="T"/>.</summary>
    public T Read<T>(string directory, string file) where T : IProcFile<T>
    {
        int errno = ProcFileReader.TryRead(Root, directory, file, T.EntryKind, ref SizeHint<T>.Value, out var content);
        if (errno != 0) throw ErrorFor(errno, directory, file);
        return Parse<T>(content, directory, file);
    }

    /// <summary>Reads <c>directory/file</c>; absent, vanished and forbidden files are statuses, not exceptions.</summary>
    public ProcResult<T> TryRead<T>(string directory, string file) where T : IProcFile<T>
    {
        int errno = ProcFileReader.TryRead(Root, directory, file, T.EntryKind, ref SizeHint<T>.Value, out var content);
        if (errno != 0)
        {
            var status = StatusFor(errno, directory);
            return status is { } s ? ProcResult<T>.Failed(s, Combine(directory, file)) : throw ErrorFor(errno, directory, file);
        }
        return ProcResult<T>.Ok(Parse<T>(content, directory, file));
    }

    /// <summary>Streams the rows of a file without placeholders (<c>kallsyms</c>); see <see cref="ProcRowReader{TRow}"/>.</summary>
    public ProcRowReader<T> EnumerateRows<T>(string relativePath) where T : IProcRow<T> => new(this, string.Empty, relativePath.Trim('/'));

    /// <summary>Streams the rows of <c>directory/file</c>; the file is opened when enumeration starts.</summary>
    public ProcRowReader<T> EnumerateRows<T>(string directory, string file) where T : IProcRow<T> => new(this, directory, file);

    /// <summary>
    /// Reads any catalog entry by its concrete relative path and returns the boxed record: the untyped path
    /// used by the CLI and <c>procgen check</c>.
    /// </summary>
    public object ReadBoxed(ProcFileInfo file, string relativePath)
    {
        // Split off the process directory so that a vanished process is told from a missing file.
        if (!ProcPathTemplate.TrySplitProcessDirectory(relativePath, out var directory, out var rest))
            (directory, rest) = (string.Empty, relativePath.Trim('/'));
        int hint = 4096;
        int errno = ProcFileReader.TryRead(Root, directory, rest, file.EntryKind, ref hint, out var content);
        if (errno != 0) throw ErrorFor(errno, directory, rest);
        using (content)
        {
            try
            {
                return file.Parse(content.Span);
            }
            catch (ProcParseException e) when (e.FilePath is null)
            {
                throw e.WithFilePath(Combine(directory, rest));
            }
        }
    }

    // Parses and returns the buffer; a parse error learns which file it came from.
    private T Parse<T>(ProcFileReader.Content content, string directory, string file) where T : IProcFile<T>
    {
        using (content)
        {
            try
            {
                return T.Parse(content.Span);
            }
            catch (ProcParseException e) when (e.FilePath is null)
            {
                throw e.WithFilePath(Combine(directory, file));
            }
        }
    }

    /// <summary>The raw bytes of a file (or a link's target), read the same way parsers get them.</summary>
    public byte[] ReadAllBytes(string relativePath, ProcEntryKind kind = ProcEntryKind.File)
    {
        int hint = 4096;
        var path = relativePath.TrimStart('/');
        int errno = ProcFileReader.TryRead(Root, string.Empty, path, kind, ref hint, out var content);
        if (errno != 0) throw ErrorFor(errno, string.Empty, path);
        using (content) return content.Span.ToArray();
    }

    /// <summary>The pids under the root, in directory order. Entries that are not numbers are skipped.</summary>
    public IEnumerable<int> EnumeratePids()
    {
        IEnumerable<string> names;
        try
        {
            names = Directory.EnumerateDirectories(Root);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new ProcFileNotFoundException(Root, e);
        }
        foreach (var path in names)
        {
            var name = Path.GetFileName(path.AsSpan());
            if (name.Length > 0 && name[0] is >= '1' and <= '9'
                && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
                yield return pid;
        }
    }

    private string Combine(string directory, string file)
        => directory.Length == 0 ? GetFullPath(file) : file.Length == 0 ? GetFullPath(directory) : GetFullPath(directory + "/" + file);

    private ProcReadStatus? StatusFor(int errno, string directory) => errno switch
    {
        // ESRCH also comes from live kernel threads, which have no memory to show (environ, exe): only a
        // directory that is really gone means the process exited.
        LibC.ENOENT or LibC.ENOTDIR or LibC.ESRCH => ProcessVanished(directory) ? ProcReadStatus.ProcessGone : ProcReadStatus.NotFound,
        // A task that is exiting (or a zombie) has no namespaces left: its mounts, mountinfo and mountstats
        // refuse to open with EINVAL.
        LibC.EINVAL when directory.Length > 0 => ProcessVanished(directory) ? ProcReadStatus.ProcessGone : ProcReadStatus.NotFound,
        LibC.EACCES or LibC.EPERM => ProcReadStatus.PermissionDenied,
        _ => null,
    };

    internal ProcException ErrorFor(int errno, string directory, string file)
    {
        var path = Combine(directory, file);
        return StatusFor(errno, directory) switch
        {
            ProcReadStatus.ProcessGone => new ProcessNotFoundException(path),
            ProcReadStatus.NotFound when errno == LibC.ESRCH => new ProcFileNotFoundException(path + ": not available for this process (a kernel thread has no user memory)", path),
            ProcReadStatus.NotFound when errno == LibC.EINVAL => new ProcFileNotFoundException(path + ": not available for this process ("
                + (IsSecurityAttribute(file) ? "no security module provides this attribute" : "it is exiting or a zombie: no namespaces left") + ")", path),
            ProcReadStatus.NotFound => new ProcFileNotFoundException(path),
            ProcReadStatus.PermissionDenied => new ProcPermissionDeniedException(path),
            _ => new ProcIOException(path, errno, LibC.Describe(errno)),
        };
    }

    // attr/current, attr/apparmor/exec …: with no LSM that provides the attribute the kernel answers EINVAL.
    private static bool IsSecurityAttribute(string file) => file.StartsWith("attr/", StringComparison.Ordinal);

    // Only on the error path: tells "no such file" from "no such process" by looking at the directory.
    private bool ProcessVanished(string directory)
        => directory.Length > 0 && !Directory.Exists(GetFullPath(directory));

    // One buffer size per declared type: the next read of the same file starts large enough for one read().
    private static class SizeHint<T>
    {
        public static int Value = 1024;
    }
}
