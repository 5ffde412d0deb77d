using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// The <c>per-node stats</c> of a NUMA node in <c>zoneinfo</c>: the node's counters (<c>node_stat_name</c>, one
/// <c>%-12s %lu</c> line each), in pages unless named otherwise. The kernel prints them under the first populated zone
/// of each node only (4.8+: before, they were per zone).
/// </summary>
/// <remarks>The counters are the node's share of <c>/proc/vmstat</c>'s; a few common ones are named.</remarks>
[ProcPart, KeyValue(Separator = ' ')]
public sealed partial record ZoneNodeStatistics
{
    /// <summary>Anonymous pages on the inactive list.</summary>
    [Key("nr_inactive_anon")] public ulong? InactiveAnonymous { get; init; }

    /// <summary>Anonymous pages on the active list.</summary>
    [Key("nr_active_anon")] public ulong? ActiveAnonymous { get; init; }

    /// <summary>Page-cache pages on the inactive list.</summary>
    [Key("nr_inactive_file")] public ulong? InactiveFile { get; init; }

    /// <summary>Page-cache pages on the active list.</summary>
    [Key("nr_active_file")] public ulong? ActiveFile { get; init; }

    /// <summary>Pages that cannot be evicted (locked, ramfs).</summary>
    [Key("nr_unevictable")] public ulong? Unevictable { get; init; }

    /// <summary>Page-cache pages (files, shared memory, swap cache).</summary>
    [Key("nr_file_pages")] public ulong? FilePages { get; init; }

    /// <summary>Page-cache pages waiting to be written back.</summary>
    [Key("nr_dirty")] public ulong? Dirty { get; init; }

    /// <summary>The counters not named above, by the kernel's name.</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, ulong> Counters { get; init; }
}
