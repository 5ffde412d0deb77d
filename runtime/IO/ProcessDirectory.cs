using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ProcGen;

/// <summary>
/// A process's directory under a proc root (<c>42</c>, <c>self</c>) or a thread's (<c>42/task/43</c>): both
/// hold the same per-process files, so every <c>{pid}/…</c> declaration reads from either. Generated accessors
/// extend it: <c>fs.Process(42).Stat()</c>, <c>fs.Self.Status()</c>.
/// </summary>
public readonly struct ProcessDirectory : IEquatable<ProcessDirectory>
{
    internal ProcessDirectory(ProcFs fs, string relativePath, int? pid)
    {
        Fs = fs;
        RelativePath = relativePath;
        Pid = pid;
    }

    public ProcFs Fs { get; }

    /// <summary>The directory relative to the root: <c>42</c>, <c>self</c>, <c>42/task/43</c>.</summary>
    public string RelativePath { get; }

    /// <summary>The pid when the directory is named by one; <c>null</c> for <c>self</c> and <c>thread-self</c>.</summary>
    public int? Pid { get; }

    public string FullPath => Fs.GetFullPath(RelativePath);

    /// <summary>A thread of this process: <c>{pid}/task/{tid}</c>.</summary>
    public ProcessDirectory Thread(int tid)
        => new(Fs, RelativePath + "/task/" + tid.ToString(CultureInfo.InvariantCulture), Pid);

    /// <summary>The thread ids under <c>task/</c>; empty if the process is gone.</summary>
    public IEnumerable<int> EnumerateThreadIds()
    {
        string[] entries;
        try
        {
            entries = Directory.GetDirectories(Fs.GetFullPath(RelativePath + "/task"));
        }
        catch (Exception e) when (e is DirectoryNotFoundException or UnauthorizedAccessException)
        {
            yield break;
        }
        foreach (var entry in entries)
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out int tid))
                yield return tid;
    }

    /// <summary>
    /// The open file descriptors listed under <c>fd/</c>, in directory order; empty if the process is gone or the
    /// listing is refused (another user's process). Read each target with the generated <c>Fd(fd)</c> accessor.
    /// </summary>
    public IEnumerable<int> EnumerateFileDescriptors()
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(Fs.GetFullPath(RelativePath + "/fd"));
        }
        catch (Exception e) when (e is DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            yield break;
        }
        foreach (var entry in entries)
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out int fd))
                yield return fd;
    }

    /// <summary>The directories of this process's threads (<c>task/{tid}</c>); each reads the same files as a process.</summary>
    public IEnumerable<ProcessDirectory> EnumerateThreads()
    {
        foreach (int tid in EnumerateThreadIds())
            yield return Thread(tid);
    }

    /// <summary>Whether the directory still exists (a zombie's does until it is reaped).</summary>
    public bool Exists => Directory.Exists(FullPath);

    /// <summary>Reads a per-process file, <paramref name="file"/> relative to this directory.</summary>
    public T Read<T>(string file) where T : IProcFile<T> => Fs.Read<T>(RelativePath, file);

    /// <summary>Like <see cref="Read{T}"/>, with a vanished process or a refused read as a status.</summary>
    public ProcResult<T> TryRead<T>(string file) where T : IProcFile<T> => Fs.TryRead<T>(RelativePath, file);

    /// <summary>Streams the rows of a per-process file (<c>maps</c> of a large process) without a list.</summary>
    public ProcRowReader<T> EnumerateRows<T>(string file) where T : IProcRow<T> => Fs.EnumerateRows<T>(RelativePath, file);

    public bool Equals(ProcessDirectory other) => ReferenceEquals(Fs, other.Fs) && RelativePath == other.RelativePath;

    public override bool Equals(object? obj) => obj is ProcessDirectory other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Fs, RelativePath);

    public override string ToString() => FullPath;
}
