namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/ksm_stat</c>: kernel samepage merging's view of the process (<c>proc_pid_ksm_stat</c> in
/// <c>fs/proc/base.c</c>, 6.1+, <c>CONFIG_KSM</c>): <c>ksm_rmap_items N</c>, then in later kernels
/// <c>ksm_zero_pages</c>, <c>ksm_merging_pages</c>, <c>ksm_process_profit</c> (bytes, may be negative) and the
/// flags <c>ksm_merge_any: yes|no</c>, <c>ksm_mergeable: yes|no</c>. Read with <c>process.KsmStatistics()</c>.
/// </summary>
/// <remarks>
/// Two key styles in one file: the counters are <c>name value</c>, the flags <c>name: value</c>, so the flags' keys
/// include their colon. Every line is optional: older kernels print fewer, and a kernel thread (no memory map)
/// prints nothing at all.
/// </remarks>
[ProcFile("{pid}/ksm_stat", Accessor = "KsmStatistics"), KeyValue(Separator = ' ')]
public sealed partial record ProcessKsmStatistics
{
    /// <summary>Reverse-map items KSM tracks for the process's pages (its bookkeeping cost).</summary>
    [Key("ksm_rmap_items")] public ulong? ReverseMapItems { get; init; }

    /// <summary>Zero-filled pages merged with the shared zero page (<c>use_zero_pages</c>), 6.10+.</summary>
    [Key("ksm_zero_pages")] public long? ZeroPages { get; init; }

    /// <summary>Pages merged with other pages, as in <c>ksm_merging_pages</c>, 6.4+.</summary>
    [Key("ksm_merging_pages")] public ulong? MergingPages { get; init; }

    /// <summary>Bytes saved by merging less the cost of the reverse-map items; negative when KSM costs more than it saves, 6.4+.</summary>
    [Key("ksm_process_profit")] public long? ProcessProfit { get; init; }

    /// <summary>Whether KSM merges every eligible area of the process (<c>prctl(PR_SET_MEMORY_MERGE)</c>), 6.4+.</summary>
    [Key("ksm_merge_any:")] public bool? MergeAny { get; init; }

    /// <summary>Whether any area of the process is mergeable (<c>MADV_MERGEABLE</c> or merge-any), 6.8+.</summary>
    [Key("ksm_mergeable:")] public bool? Mergeable { get; init; }
}
