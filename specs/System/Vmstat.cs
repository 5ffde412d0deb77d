using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/vmstat</c>: virtual-memory counters, one <c>name value</c> pair per line (<c>vmstat_show</c> and
/// <c>vmstat_text</c> in <c>mm/vmstat.c</c>; the names follow the <c>enum zone_stat_item</c>,
/// <c>numa_stat_item</c>, <c>node_stat_item</c> and <c>vm_event_item</c> lists).
/// </summary>
/// <remarks>
/// The set of counters changes with almost every kernel release and with configuration, so only long-standing,
/// commonly used ones are properties; every line reaches <see cref="Other"/> unless a property names it.
/// <c>nr_*</c> values are in pages; <c>pgpgin</c>/<c>pgpgout</c> in kB (not converted: vmstat has no unit
/// suffix); the other event counters are counts since boot.
/// </remarks>
[ProcFile("vmstat"), KeyValue(Separator = ' ')]
public sealed partial record Vmstat
{
    /// <summary>Free pages.</summary>
    [Key("nr_free_pages")] public required ulong NrFreePages { get; init; }

    /// <summary>Pages on the inactive anonymous LRU list.</summary>
    [Key("nr_inactive_anon")] public ulong? NrInactiveAnon { get; init; }

    /// <summary>Pages on the active anonymous LRU list.</summary>
    [Key("nr_active_anon")] public ulong? NrActiveAnon { get; init; }

    /// <summary>Pages on the inactive file LRU list.</summary>
    [Key("nr_inactive_file")] public ulong? NrInactiveFile { get; init; }

    /// <summary>Pages on the active file LRU list.</summary>
    [Key("nr_active_file")] public ulong? NrActiveFile { get; init; }

    /// <summary>Unevictable pages.</summary>
    [Key("nr_unevictable")] public ulong? NrUnevictable { get; init; }

    /// <summary>Pages locked with <c>mlock</c>.</summary>
    [Key("nr_mlock")] public ulong? NrMlock { get; init; }

    /// <summary>Anonymous pages mapped into page tables.</summary>
    [Key("nr_anon_pages")] public ulong? NrAnonPages { get; init; }

    /// <summary>Mapped page-cache pages.</summary>
    [Key("nr_mapped")] public ulong? NrMapped { get; init; }

    /// <summary>Page-cache pages.</summary>
    [Key("nr_file_pages")] public ulong? NrFilePages { get; init; }

    /// <summary>Dirty pages.</summary>
    [Key("nr_dirty")] public ulong? NrDirty { get; init; }

    /// <summary>Pages under writeback.</summary>
    [Key("nr_writeback")] public ulong? NrWriteback { get; init; }

    /// <summary>Shared-memory pages.</summary>
    [Key("nr_shmem")] public ulong? NrShmem { get; init; }

    /// <summary>Reclaimable slab pages.</summary>
    [Key("nr_slab_reclaimable")] public ulong? NrSlabReclaimable { get; init; }

    /// <summary>Unreclaimable slab pages.</summary>
    [Key("nr_slab_unreclaimable")] public ulong? NrSlabUnreclaimable { get; init; }

    /// <summary>Page-table pages.</summary>
    [Key("nr_page_table_pages")] public ulong? NrPageTablePages { get; init; }

    /// <summary>Kernel stacks: pages before 4.9, kB since (a unit change the kernel made without renaming).</summary>
    [Key("nr_kernel_stack")] public ulong? NrKernelStack { get; init; }

    /// <summary>Pages in the swap cache.</summary>
    [Key("nr_swapcached")] public ulong? NrSwapCached { get; init; }

    /// <summary>Pages dirtied since boot.</summary>
    [Key("nr_dirtied")] public ulong? NrDirtied { get; init; }

    /// <summary>Pages written since boot.</summary>
    [Key("nr_written")] public ulong? NrWritten { get; init; }

    /// <summary>Data paged in from disk since boot, kB.</summary>
    [Key("pgpgin")] public required ulong PgPgIn { get; init; }

    /// <summary>Data paged out to disk since boot, kB.</summary>
    [Key("pgpgout")] public required ulong PgPgOut { get; init; }

    /// <summary>Pages swapped in since boot.</summary>
    [Key("pswpin")] public required ulong PSwpIn { get; init; }

    /// <summary>Pages swapped out since boot.</summary>
    [Key("pswpout")] public required ulong PSwpOut { get; init; }

    /// <summary>Pages freed since boot.</summary>
    [Key("pgfree")] public ulong? PgFree { get; init; }

    /// <summary>Pages moved to the active list since boot.</summary>
    [Key("pgactivate")] public ulong? PgActivate { get; init; }

    /// <summary>Pages moved to the inactive list since boot.</summary>
    [Key("pgdeactivate")] public ulong? PgDeactivate { get; init; }

    /// <summary>Page faults (minor and major) since boot.</summary>
    [Key("pgfault")] public required ulong PgFault { get; init; }

    /// <summary>Major page faults (needing I/O) since boot.</summary>
    [Key("pgmajfault")] public required ulong PgMajFault { get; init; }

    /// <summary>Processes killed by the OOM killer since boot (4.13+).</summary>
    [Key("oom_kill")] public ulong? OomKill { get; init; }

    /// <summary>Every counter without a property, by its kernel name.</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, ulong> Other { get; init; }
}
