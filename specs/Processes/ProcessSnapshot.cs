using System;
using System.Collections;
using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// Every process of a root, read in one enumeration (one <c>stat</c> each), sorted by pid: the consistent view
/// that trees, filters and summaries are built from, so that they agree with each other. Processes that exited
/// or were refused while it was taken are counted in <see cref="Vanished"/> and <see cref="Hidden"/>.
/// </summary>
public sealed class ProcessSnapshot : IReadOnlyList<ProcessInfo>
{
    private readonly List<ProcessInfo> _processes;
    private readonly Dictionary<int, ProcessInfo> _byPid;
    private ProcessTree? _tree;

    private ProcessSnapshot(ProcFs fs, List<ProcessInfo> processes, ProcessEnumerationCounts counts)
    {
        Fs = fs;
        _processes = processes;
        Counts = counts;
        _byPid = new Dictionary<int, ProcessInfo>(processes.Count);
        foreach (var process in processes) _byPid[process.Pid] = process;
    }

    /// <summary>Enumerates the processes of <paramref name="fs"/> now.</summary>
    public static ProcessSnapshot Take(ProcFs fs)
    {
        ArgumentNullException.ThrowIfNull(fs);
        var counts = new ProcessEnumerationCounts();
        var processes = new List<ProcessInfo>(ProcessEnumerator.EnumerateProcesses(fs, counts));
        processes.Sort(static (a, b) => a.Pid.CompareTo(b.Pid));
        return new ProcessSnapshot(fs, processes, counts);
    }

    /// <summary>The root the snapshot was taken of.</summary>
    public ProcFs Fs { get; }

    /// <summary>What the enumeration met: listed, returned, vanished, hidden.</summary>
    public ProcessEnumerationCounts Counts { get; }

    /// <summary>Processes that exited between the listing and the read of their <c>stat</c>.</summary>
    public int Vanished => Counts.Vanished;

    /// <summary>Processes listed but not readable (<c>hidepid=1</c>).</summary>
    public int Hidden => Counts.Hidden;

    public int Count => _processes.Count;

    /// <summary>The process at <paramref name="index"/> in pid order (not the process with that pid: see <see cref="Find"/>).</summary>
    public ProcessInfo this[int index] => _processes[index];

    /// <summary>The process with pid <paramref name="pid"/>, or <c>null</c> if it was not in the snapshot.</summary>
    public ProcessInfo? Find(int pid) => _byPid.GetValueOrDefault(pid);

    /// <summary>The parent–child tree of this snapshot (built once, on first use).</summary>
    public ProcessTree Tree => _tree ??= new ProcessTree(this);

    /// <summary>The processes <paramref name="filter"/> accepts, in pid order.</summary>
    public List<ProcessInfo> Matching(ProcessFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matching = new List<ProcessInfo>();
        foreach (var process in _processes)
            if (filter.Matches(process)) matching.Add(process);
        return matching;
    }

    /// <summary>The pids <paramref name="filter"/> accepts, ascending (libproc's <c>proc_listpids</c>).</summary>
    public int[] Pids(ProcessFilter filter)
    {
        var matching = Matching(filter);
        var pids = new int[matching.Count];
        for (int i = 0; i < pids.Length; i++) pids[i] = matching[i].Pid;
        return pids;
    }

    public IEnumerator<ProcessInfo> GetEnumerator() => _processes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
