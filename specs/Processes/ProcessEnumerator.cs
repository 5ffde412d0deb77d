using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ProcGen.Specs;

/// <summary>
/// The race-tolerant walk behind every enumeration: list the numeric entries of a directory, read each one's
/// <c>stat</c>, and skip (and count) the ones that exited or were refused in between. Reads only <c>stat</c>.
/// </summary>
internal static class ProcessEnumerator
{
    public static IEnumerable<ProcessInfo> EnumerateProcesses(ProcFs fs, ProcessEnumerationCounts? counts)
    {
        foreach (int pid in fs.EnumeratePids())
        {
            if (Read(fs.Process(pid), pid, isThread: false, counts) is { } process)
                yield return process;
        }
    }

    public static IEnumerable<ProcessInfo> EnumerateThreads(ProcessDirectory process, ProcessEnumerationCounts? counts)
    {
        // A process that has gone, or whose task/ is refused, simply has no threads to show.
        var tids = ListNumericEntries(process.FullPath + "/task");
        if (!tids.IsOk)
        {
            if (counts is not null && tids.Status == ProcReadStatus.PermissionDenied) counts.Hidden++;
            yield break;
        }
        int pid = process.Pid ?? 0;
        foreach (int tid in tids.Value)
        {
            if (Read(process.Thread(tid), pid, isThread: true, counts) is { } thread)
                yield return thread;
        }
    }

    private static ProcessInfo? Read(ProcessDirectory directory, int threadGroupId, bool isThread, ProcessEnumerationCounts? counts)
    {
        if (counts is not null) counts.Listed++;
        var result = ProcessInfo.TryRead(directory, threadGroupId, isThread);
        switch (result.Status)
        {
            case ProcReadStatus.Ok:
                if (counts is not null) counts.Returned++;
                return result.Value;
            case ProcReadStatus.PermissionDenied:
                if (counts is not null) counts.Hidden++;
                return null;
            default:
                // Gone, or a stat missing from a directory that still exists: the task is being torn down.
                if (counts is not null) counts.Vanished++;
                return null;
        }
    }

    /// <summary>
    /// The numeric names in a directory (<c>task/</c>, <c>fd/</c>), sorted; a directory that vanished (its process
    /// exited) or was refused is a status. Listing is eager because a directory of a dying process can fail
    /// half-way, and an iterator cannot catch that for its caller.
    /// </summary>
    public static ProcResult<List<int>> ListNumericEntries(string directory)
    {
        var numbers = new List<int>();
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(directory))
            {
                if (int.TryParse(Path.GetFileName(entry.AsSpan()), NumberStyles.None, CultureInfo.InvariantCulture, out int number))
                    numbers.Add(number);
            }
        }
        catch (UnauthorizedAccessException)
        {
            return ProcResult<List<int>>.Failed(ProcReadStatus.PermissionDenied, directory);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or IOException)
        {
            // ENOENT or ESRCH from a process being torn down; the caller explains it with a fresh stat.
            return ProcResult<List<int>>.Failed(
                Directory.Exists(Path.GetDirectoryName(directory)) ? ProcReadStatus.NotFound : ProcReadStatus.ProcessGone, directory);
        }
        numbers.Sort();
        return ProcResult<List<int>>.Ok(numbers);
    }
}
