namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>abt</c> (free-space B+tree) and <c>bmbt</c> (block-map B+tree) of the old, version-1 accounting: <c>xs_abt_lookup</c>… / <c>xs_bmbt_lookup</c>…; printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsBtreeV1Counters
{
    /// <summary>Tree lookups.</summary>
    [Column(0)] public required ulong Lookups { get; init; }

    /// <summary>Key comparisons during lookups.</summary>
    [Column(1)] public required ulong Compares { get; init; }

    /// <summary>Records inserted.</summary>
    [Column(2)] public required ulong RecordsInserted { get; init; }

    /// <summary>Records deleted.</summary>
    [Column(3)] public required ulong RecordsDeleted { get; init; }
}
