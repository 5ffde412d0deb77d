namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/ksm_merging_pages</c>: how many of the process's pages kernel samepage merging shares with other
/// pages (<c>proc_pid_ksm_merging_pages</c> in <c>fs/proc/base.c</c>, 5.19+, <c>CONFIG_KSM</c>). Empty for a kernel
/// thread, which has no memory map.
/// </summary>
[ProcFile("{pid}/ksm_merging_pages", Accessor = "KsmMergingPages"), SingleValue]
public sealed partial record ProcessKsmMergingPages
{
    /// <summary>Pages merged (each one page of the system's page size); <c>null</c> for a kernel thread.</summary>
    public ulong? Pages { get; init; }
}
