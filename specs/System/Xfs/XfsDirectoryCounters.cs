namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>dir</c>: directory operations (<c>xs_dir_lookup</c>, <c>xs_dir_create</c>, <c>xs_dir_remove</c>, <c>xs_dir_getdents</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsDirectoryCounters
{
    /// <summary>Name lookups.</summary>
    [Column(0)] public required ulong Lookups { get; init; }

    /// <summary>Entries created.</summary>
    [Column(1)] public required ulong Creates { get; init; }

    /// <summary>Entries removed.</summary>
    [Column(2)] public required ulong Removes { get; init; }

    /// <summary>getdents calls.</summary>
    [Column(3)] public required ulong Getdents { get; init; }
}
