namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>buf</c>: metadata buffer cache (<c>xb_get</c>, <c>xb_create</c>, <c>xb_get_locked</c>, <c>xb_get_locked_waited</c>, <c>xb_busy_locked</c>, <c>xb_miss_locked</c>, <c>xb_page_retries</c>, <c>xb_page_found</c>, <c>xb_get_read</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsBufferCounters
{
    /// <summary>Buffer lookups.</summary>
    [Column(0)] public required ulong Gets { get; init; }

    /// <summary>Buffers created.</summary>
    [Column(1)] public required ulong Creates { get; init; }

    /// <summary>Lookups that found the buffer and locked it.</summary>
    [Column(2)] public required ulong FoundLocked { get; init; }

    /// <summary>Of those, lookups that waited for the lock.</summary>
    [Column(3)] public required ulong FoundLockedWaited { get; init; }

    /// <summary>Lookups that found the buffer busy (trylock failed).</summary>
    [Column(4)] public required ulong BusyLocked { get; init; }

    /// <summary>Lookups that missed and had to create.</summary>
    [Column(5)] public required ulong MissedLocked { get; init; }

    /// <summary>Page allocation retries.</summary>
    [Column(6)] public required ulong PageRetries { get; init; }

    /// <summary>Pages found in the page cache.</summary>
    [Column(7)] public required ulong PagesFound { get; init; }

    /// <summary>Buffers read from disk.</summary>
    [Column(8)] public required ulong Reads { get; init; }
}
