namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/fs/xfs/xqmstat</c>: the quota manager counters alone, one <c>qm</c> line (<c>xqmstat_proc_show</c> in
/// <c>fs/xfs/xfs_stats.c</c>, present with <c>CONFIG_XFS_QUOTA</c>).
/// </summary>
[ProcFile("fs/xfs/xqmstat"), KeyValue(Separator = ' ')]
public sealed partial record XfsQuotaStats
{
    /// <summary>The counters.</summary>
    [Key("qm")] public required XfsQuotaCounters Quota { get; init; }
}
