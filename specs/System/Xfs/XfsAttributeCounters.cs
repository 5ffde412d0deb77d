namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>attr</c>: extended attribute operations (<c>xs_attr_get</c>, <c>xs_attr_set</c>, <c>xs_attr_remove</c>, <c>xs_attr_list</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsAttributeCounters
{
    /// <summary>Attribute reads.</summary>
    [Column(0)] public required ulong Gets { get; init; }

    /// <summary>Attribute writes.</summary>
    [Column(1)] public required ulong Sets { get; init; }

    /// <summary>Attribute removals.</summary>
    [Column(2)] public required ulong Removes { get; init; }

    /// <summary>Attribute listings.</summary>
    [Column(3)] public required ulong Lists { get; init; }
}
