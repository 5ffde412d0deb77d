namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>xstrat</c>: delayed-allocation conversions (<c>xs_xstrat_quick</c>, <c>xs_xstrat_split</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsAllocationStrategyCounters
{
    /// <summary>Conversions done in one extent.</summary>
    [Column(0)] public required ulong Quick { get; init; }

    /// <summary>Conversions that needed several extents.</summary>
    [Column(1)] public required ulong Split { get; init; }
}
