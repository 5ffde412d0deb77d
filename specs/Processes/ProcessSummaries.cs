using System;
using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// The applications Python's <c>proc</c> package builds on its process layer, as library calls: memory per
/// program (<c>proc.apache</c>) and processes carrying given environment variables (<c>proc.notify</c> and
/// <c>proc.gpg</c> find the graphical session's <c>DISPLAY</c> and <c>DBUS_SESSION_BUS_ADDRESS</c> this way).
/// </summary>
public static class ProcessSummaries
{
    /// <summary>
    /// Memory statistics of every program among <paramref name="processes"/>, grouped by
    /// <see cref="ProcessInfo.ExeName"/>, largest total first. Kernel threads (no memory) and zombies are left out.
    /// </summary>
    public static List<ProcessMemoryStatistics> MemoryByExeName(IEnumerable<ProcessInfo> processes)
    {
        ArgumentNullException.ThrowIfNull(processes);
        var groups = new Dictionary<string, List<ProcessInfo>>(StringComparer.Ordinal);
        foreach (var process in processes)
        {
            if (process.IsKernelThread || process.IsZombie) continue;
            if (!groups.TryGetValue(process.ExeName, out var members)) groups[process.ExeName] = members = [];
            members.Add(process);
        }
        var statistics = new List<ProcessMemoryStatistics>(groups.Count);
        foreach (var (name, members) in groups) statistics.Add(Summarize(name, members));
        statistics.Sort(static (a, b) => b.TotalRss != a.TotalRss ? b.TotalRss.CompareTo(a.TotalRss) : string.CompareOrdinal(a.ExeName, b.ExeName));
        return statistics;
    }

    /// <summary>Memory statistics of the processes running <paramref name="exeName"/>, or <c>null</c> if none does.</summary>
    public static ProcessMemoryStatistics? MemoryOf(IEnumerable<ProcessInfo> processes, string exeName)
    {
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentException.ThrowIfNullOrEmpty(exeName);
        var members = new List<ProcessInfo>();
        foreach (var process in processes)
            if (!process.IsKernelThread && !process.IsZombie && process.ExeName == exeName) members.Add(process);
        return members.Count == 0 ? null : Summarize(exeName, members);
    }

    /// <summary>
    /// The processes among <paramref name="processes"/> whose environment defines every one of
    /// <paramref name="names"/>, with the values. Processes whose environment cannot be read (another user's,
    /// gone, kernel threads) are skipped.
    /// </summary>
    public static List<EnvironmentMatch> WithEnvironment(IEnumerable<ProcessInfo> processes, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(names);
        var matches = new List<EnvironmentMatch>();
        foreach (var process in processes)
        {
            if (process.IsKernelThread || !process.Environment.TryGetValue(out var environment)) continue;
            var values = new Dictionary<string, string>(names.Length, StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (!environment.TryGetValue(name, out var value)) break;
                values[name] = value;
            }
            if (values.Count == names.Length) matches.Add(new EnvironmentMatch(process, values));
        }
        return matches;
    }

    private static ProcessMemoryStatistics Summarize(string exeName, List<ProcessInfo> members)
    {
        var sizes = new ulong[members.Count];
        var pids = new int[members.Count];
        ulong total = 0;
        for (int i = 0; i < sizes.Length; i++)
        {
            sizes[i] = members[i].RssBytes;
            pids[i] = members[i].Pid;
            total += sizes[i];
        }
        Array.Sort(sizes);
        Array.Sort(pids);
        int middle = sizes.Length / 2;
        ulong median = sizes.Length % 2 == 1 ? sizes[middle] : sizes[middle - 1] / 2 + sizes[middle] / 2 + (sizes[middle - 1] % 2 + sizes[middle] % 2) / 2;
        return new ProcessMemoryStatistics(exeName, sizes.Length, sizes[0], total / (ulong)sizes.Length, median, sizes[^1], total, pids);
    }
}
