namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/ksm_stat</c>: the process's Kernel Samepage Merging figures (<c>proc_pid_ksm_stat</c> in
/// <c>fs/proc/base.c</c>; <c>CONFIG_KSM</c>). Two key styles in one file: <c>ksm_rmap_items 0</c> (a blank) for
/// counters, <c>ksm_merge_any: no</c> (a colon) for the two flags added last; the blank separates, so the flags' keys
/// keep their colon.
/// </summary>
/// <remarks>
/// Lines came over time, so all but the first are optional and keys are matched by name, not position:
/// <c>ksm_rmap_items</c> (6.1), <c>ksm_merging_pages</c> and <c>ksm_process_profit</c> (6.4), <c>ksm_zero_pages</c>
/// (6.6, printed last at first and second in later kernels), <c>ksm_merge_any:</c> and <c>ksm_mergeable:</c> (2025).
/// A task without memory (a kernel thread) has an empty file: every property is then <c>null</c>. Counts are in pages.
/// </remarks>
[ProcFile("{pid}/ksm_stat"), KeyValue(Separator = ' ')]
public sealed partial record ProcessKsmStatistics
{
    /// <summary>KSM's reverse-map items for the process's scanned pages: the memory KSM spends on it (<c>ksm_rmap_items</c>).</summary>
    [Key("ksm_rmap_items")] public ulong? RmapItems { get; init; }

    /// <summary>Pages KSM replaced by the shared zero page (<c>ksm_zero_pages</c>, with <c>use_zero_pages</c>).</summary>
    [Key("ksm_zero_pages")] public long? ZeroPages { get; init; }

    /// <summary>Pages merged with identical pages (<c>ksm_merging_pages</c>).</summary>
    [Key("ksm_merging_pages")] public ulong? MergingPages { get; init; }

    /// <summary>
    /// Bytes saved minus bytes of rmap items spent (<c>ksm_process_profit</c>, signed: negative when KSM costs this
    /// process more than it saves).
    /// </summary>
    [Key("ksm_process_profit")] public long? ProcessProfitBytes { get; init; }

    /// <summary>Whether the whole process was made mergeable with <c>prctl(PR_SET_MEMORY_MERGE)</c> (<c>ksm_merge_any:</c>).</summary>
    [Key("ksm_merge_any:")] public bool? MergeAny { get; init; }

    /// <summary>Whether any of the process's mappings can be merged now (<c>ksm_mergeable:</c>).</summary>
    [Key("ksm_mergeable:")] public bool? Mergeable { get; init; }

    /// <summary>Whether the kernel printed figures, that is the task has memory (not a kernel thread).</summary>
    public bool HasMemory => RmapItems is not null;
}
