namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/fs/xfs/xqm</c>: four tab-separated numbers, "maximum; incore; ratio free to inuse; freelist"
/// (<c>xqm_proc_show</c> in <c>fs/xfs/xfs_stats.c</c>, with <c>CONFIG_XFS_QUOTA</c>). Since the global quota
/// manager went away (3.x) the maximum and the ratio print 0.
/// </summary>
[ProcFile("fs/xfs/xqm"), Columnar]
public sealed partial record XfsQuotaSummary
{
    /// <summary>The old dquot limit: always 0 now.</summary>
    [Column(0)] public required int MaximumDquots { get; init; }

    /// <summary>Dquots in memory (<c>xs_qm_dquot</c>).</summary>
    [Column(1)] public required int InMemoryDquots { get; init; }

    /// <summary>The old free-to-in-use ratio: always 0 now.</summary>
    [Column(2)] public required int FreeRatio { get; init; }

    /// <summary>Dquots in memory and unused (<c>xs_qm_dquot_unused</c>).</summary>
    [Column(3)] public required uint UnusedDquots { get; init; }
}
