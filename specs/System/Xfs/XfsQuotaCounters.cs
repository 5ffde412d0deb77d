namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>qm</c> (also all of <c>fs/xfs/xqmstat</c>): quota manager counters (<c>xs_qm_dqreclaims</c>, <c>xs_qm_dqreclaim_misses</c>, <c>xs_qm_dquot_dups</c>, <c>xs_qm_dqcachemisses</c>, <c>xs_qm_dqcachehits</c>, <c>xs_qm_dqwants</c>, then <c>xs_qm_dquot</c> and <c>xs_qm_dquot_unused</c>, which kernels before 3.x called shake and inactive reclaims); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsQuotaCounters
{
    /// <summary>Dquots reclaimed.</summary>
    [Column(0)] public required ulong Reclaims { get; init; }

    /// <summary>Reclaim attempts that failed.</summary>
    [Column(1)] public required ulong ReclaimMisses { get; init; }

    /// <summary>Duplicate dquots found at insert.</summary>
    [Column(2)] public required ulong Duplicates { get; init; }

    /// <summary>Dquot cache misses.</summary>
    [Column(3)] public required ulong CacheMisses { get; init; }

    /// <summary>Dquot cache hits.</summary>
    [Column(4)] public required ulong CacheHits { get; init; }

    /// <summary>Dquot allocations wanted.</summary>
    [Column(5)] public required ulong Wants { get; init; }

    /// <summary>Dquots in memory; <c>null</c> in <c>xqmstat</c>, which prints only the first six.</summary>
    [Column(6)] public ulong? Dquots { get; init; }

    /// <summary>Dquots in memory and unused; <c>null</c> in <c>xqmstat</c>.</summary>
    [Column(7)] public ulong? UnusedDquots { get; init; }
}
