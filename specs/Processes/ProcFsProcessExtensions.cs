using System;
using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// The process API's entry points on a proc root: <c>fs.EnumerateProcesses()</c>, <c>fs.GetProcess(pid)</c>,
/// <c>fs.TakeProcessSnapshot()</c>, <c>fs.BuildProcessTree()</c>, <c>fs.ListPids(filter)</c>. Every one works on any
/// root (the live <c>/proc</c>, a fixture, a host's proc mounted elsewhere); only signals need the live one.
/// </summary>
public static class ProcFsProcessExtensions
{
    /// <summary>
    /// The processes of the root in directory order, streamed, each read with its <c>stat</c> only. A process that
    /// exits between the listing and the read is skipped, never an exception; pass <paramref name="counts"/> to
    /// learn how many vanished or were hidden.
    /// </summary>
    public static IEnumerable<ProcessInfo> EnumerateProcesses(this ProcFs fs, ProcessEnumerationCounts? counts = null)
    {
        ArgumentNullException.ThrowIfNull(fs);
        return ProcessEnumerator.EnumerateProcesses(fs, counts);
    }

    /// <summary>Process <paramref name="pid"/> as it is now; gone or refused is a status.</summary>
    public static ProcResult<ProcessInfo> TryGetProcess(this ProcFs fs, int pid)
    {
        ArgumentNullException.ThrowIfNull(fs);
        return ProcessInfo.TryRead(fs.Process(pid), pid, isThread: false);
    }

    /// <summary>Process <paramref name="pid"/> as it is now.</summary>
    /// <exception cref="ProcessNotFoundException">There is no such process.</exception>
    /// <exception cref="ProcPermissionDeniedException">Its <c>stat</c> is refused (<c>hidepid</c>).</exception>
    public static ProcessInfo GetProcess(this ProcFs fs, int pid) => fs.TryGetProcess(pid).Value;

    /// <summary>Every process, read in one enumeration: the basis for trees, filters and summaries.</summary>
    public static ProcessSnapshot TakeProcessSnapshot(this ProcFs fs) => ProcessSnapshot.Take(fs);

    /// <summary>The process tree of a fresh snapshot.</summary>
    public static ProcessTree BuildProcessTree(this ProcFs fs) => ProcessTree.Build(fs);

    /// <summary>The pids <paramref name="filter"/> accepts, ascending, from a fresh snapshot (libproc's <c>proc_listpids</c>).</summary>
    public static int[] ListPids(this ProcFs fs, ProcessFilter filter) => ProcessSnapshot.Take(fs).Pids(filter);
}
