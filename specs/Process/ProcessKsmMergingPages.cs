namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/ksm_merging_pages</c>: how many of the process's pages KSM has merged with identical pages
/// (<c>proc_pid_ksm_merging_pages</c> in <c>fs/proc/base.c</c>, <c>%lu</c>; <c>CONFIG_KSM</c>, since 5.19). The same
/// count as <see cref="ProcessKsmStatistics.MergingPages"/>. Empty for a task without memory (a kernel thread).
/// </summary>
[ProcFile("{pid}/ksm_merging_pages"), SingleValue]
public sealed partial record ProcessKsmMergingPages
{
    /// <summary>The merged pages, in pages (see <see cref="HostInfo.PageSize"/>); <c>null</c> for a kernel thread.</summary>
    public ulong? Pages { get; init; }
}
