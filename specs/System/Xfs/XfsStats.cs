namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/fs/xfs/stat</c>: XFS counters summed over every mounted XFS file system and CPU, one labelled line per
/// group (<c>extent_alloc 0 0 0 0</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>, whose
/// <c>xfsstats_offset</c> table names the lines, then <c>xpc</c> (64-bit byte counts), <c>defer_relog</c> and
/// <c>debug</c>. Present while the xfs module is loaded, even with nothing mounted. Lines that newer kernels added are
/// nullable: <c>fibt2</c> (3.16), <c>rmapbt</c> (4.8), <c>refcntbt</c> (4.9), <c>defer_relog</c> (5.10),
/// <c>rmapbt_mem</c> and <c>rcbagbt</c> (6.9), <c>rtrmapbt</c>, <c>rtrmapbt_mem</c> and <c>rtrefcntbt</c> (6.14).
/// </summary>
[ProcFile("fs/xfs/stat"), KeyValue(Separator = ' ')]
public sealed partial record XfsStats
{
    /// <summary>Extent and block allocation.</summary>
    [Key("extent_alloc")] public required XfsExtentAllocationCounters ExtentAllocation { get; init; }

    /// <summary>Free-space B+tree, old accounting.</summary>
    [Key("abt")] public required XfsBtreeV1Counters AllocationBtree { get; init; }

    /// <summary>Block mapping.</summary>
    [Key("blk_map")] public required XfsBlockMappingCounters BlockMapping { get; init; }

    /// <summary>Block-map B+tree, old accounting.</summary>
    [Key("bmbt")] public required XfsBtreeV1Counters BlockMapBtree { get; init; }

    /// <summary>Directory operations.</summary>
    [Key("dir")] public required XfsDirectoryCounters Directory { get; init; }

    /// <summary>Transactions.</summary>
    [Key("trans")] public required XfsTransactionCounters Transactions { get; init; }

    /// <summary>Inode cache.</summary>
    [Key("ig")] public required XfsInodeCacheCounters InodeCache { get; init; }

    /// <summary>Log writes and forces.</summary>
    [Key("log")] public required XfsLogCounters Log { get; init; }

    /// <summary>Log space and tail pushing.</summary>
    [Key("push_ail")] public required XfsTailPushCounters TailPushing { get; init; }

    /// <summary>Delayed-allocation conversion.</summary>
    [Key("xstrat")] public required XfsAllocationStrategyCounters AllocationStrategy { get; init; }

    /// <summary>Read and write calls.</summary>
    [Key("rw")] public required XfsReadWriteCounters ReadWrite { get; init; }

    /// <summary>Extended attributes.</summary>
    [Key("attr")] public required XfsAttributeCounters Attributes { get; init; }

    /// <summary>Inode flushing.</summary>
    [Key("icluster")] public required XfsInodeClusterCounters InodeClustering { get; init; }

    /// <summary>VFS inodes.</summary>
    [Key("vnodes")] public required XfsVnodeCounters Vnodes { get; init; }

    /// <summary>Metadata buffers.</summary>
    [Key("buf")] public required XfsBufferCounters Buffers { get; init; }

    /// <summary>Free-space B+tree by block number.</summary>
    [Key("abtb2")] public required XfsBtreeCounters AllocationByBlockBtree { get; init; }

    /// <summary>Free-space B+tree by extent size.</summary>
    [Key("abtc2")] public required XfsBtreeCounters AllocationByCountBtree { get; init; }

    /// <summary>Block-map B+tree.</summary>
    [Key("bmbt2")] public required XfsBtreeCounters BlockMapBtreeV2 { get; init; }

    /// <summary>Inode B+tree.</summary>
    [Key("ibt2")] public required XfsBtreeCounters InodeBtree { get; init; }

    /// <summary>Free-inode B+tree (3.16+).</summary>
    [Key("fibt2")] public XfsBtreeCounters? FreeInodeBtree { get; init; }

    /// <summary>Reverse-mapping B+tree (4.8+).</summary>
    [Key("rmapbt")] public XfsBtreeCounters? ReverseMappingBtree { get; init; }

    /// <summary>Reference-count B+tree (4.9+).</summary>
    [Key("refcntbt")] public XfsBtreeCounters? ReferenceCountBtree { get; init; }

    /// <summary>In-memory reverse-mapping B+tree used by online repair (6.9+).</summary>
    [Key("rmapbt_mem")] public XfsBtreeCounters? InMemoryReverseMappingBtree { get; init; }

    /// <summary>Refcount bag B+tree used by online repair (6.9+).</summary>
    [Key("rcbagbt")] public XfsBtreeCounters? RefcountBagBtree { get; init; }

    /// <summary>Realtime reverse-mapping B+tree (6.14+).</summary>
    [Key("rtrmapbt")] public XfsBtreeCounters? RealtimeReverseMappingBtree { get; init; }

    /// <summary>In-memory realtime reverse-mapping B+tree (6.14+).</summary>
    [Key("rtrmapbt_mem")] public XfsBtreeCounters? InMemoryRealtimeReverseMappingBtree { get; init; }

    /// <summary>Realtime reference-count B+tree (6.14+).</summary>
    [Key("rtrefcntbt")] public XfsBtreeCounters? RealtimeReferenceCountBtree { get; init; }

    /// <summary>Quota manager.</summary>
    [Key("qm")] public XfsQuotaCounters? Quota { get; init; }

    /// <summary>Byte counters.</summary>
    [Key("xpc")] public required XfsByteCounters Bytes { get; init; }

    /// <summary>Deferred operations relogged to move the log tail (5.10+).</summary>
    [Key("defer_relog")] public ulong? DeferredRelogs { get; init; }

    /// <summary>Whether the module was built with <c>CONFIG_XFS_DEBUG</c>.</summary>
    [Key("debug")] public required bool Debug { get; init; }
}
