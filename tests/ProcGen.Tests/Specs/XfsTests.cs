using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary><c>fs/xfs/stat</c>, <c>fs/xfs/xqmstat</c>, <c>fs/xfs/xqm</c> (<c>xfs_stats_format</c>, <c>xqm_proc_show</c>).</summary>
public class XfsTests
{
    /// <summary>A busy 4.19 machine's layout, hand-made: no <c>defer_relog</c>, no in-memory or realtime trees.</summary>
    internal const string Kernel419 =
        "extent_alloc 125 4096 30 512\n" +
        "abt 0 0 0 0\n" +
        "blk_map 9000 800 40 150 20 9500 0\n" +
        "bmbt 0 0 0 0\n" +
        "dir 700 60 50 1200\n" +
        "trans 3 450 12\n" +
        "ig 5000 4200 7 800 0 750 90\n" +
        "log 300 2400 0 35 5\n" +
        "push_ail 460 0 120 118 0 2 0 0 0 1\n" +
        "xstrat 140 0\n" +
        "rw 2200 15000\n" +
        "attr 600 10 1 4\n" +
        "icluster 80 40 320\n" +
        "vnodes 1200 0 0 0 800 800 800 0\n" +
        "buf 9100 300 8800 2 0 300 0 0 280\n" +
        "abtb2 310 2900 20 15 0 0 0 0 0 0 0 0 0 0 60\n" +
        "abtc2 620 5700 40 30 0 0 0 0 0 0 0 0 0 0 110\n" +
        "bmbt2 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n" +
        "ibt2 900 7000 60 0 0 0 0 0 0 0 0 0 0 0 0\n" +
        "fibt2 1100 8000 50 60 0 0 0 0 0 0 0 0 0 0 0\n" +
        "rmapbt 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n" +
        "refcntbt 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n" +
        "qm 0 0 0 0 0 0 0 0\n" +
        "xpc 573440 61440000 983040000\n" +
        "debug 0\n";

    [Fact]
    public void Stat_from_fixture_every_line_of_6_18()
    {
        var stat = Fixtures.Fs().XfsStats();

        Assert.Equal(0UL, stat.ExtentAllocation.ExtentsAllocated);
        Assert.NotNull(stat.FreeInodeBtree);
        Assert.NotNull(stat.RealtimeReferenceCountBtree);
        Assert.NotNull(stat.InMemoryRealtimeReverseMappingBtree);
        Assert.Equal(0UL, stat.DeferredRelogs);
        Assert.Equal(0UL, stat.Quota!.UnusedDquots);
        Assert.False(stat.Debug);
    }

    [Fact]
    public void Stat_of_an_older_kernel_names_every_counter()
    {
        var stat = XfsStats.Parse(Fixtures.Bytes(Kernel419));

        Assert.Equal(new XfsExtentAllocationCounters { ExtentsAllocated = 125, BlocksAllocated = 4096, ExtentsFreed = 30, BlocksFreed = 512 }, stat.ExtentAllocation);
        Assert.Equal(9000UL, stat.BlockMapping.ReadMaps);
        Assert.Equal(9500UL, stat.BlockMapping.ExtentListLookups);
        Assert.Equal(1200UL, stat.Directory.Getdents);
        Assert.Equal(450UL, stat.Transactions.Asynchronous);
        Assert.Equal(90UL, stat.InodeCache.AttributeChanges);
        Assert.Equal(5UL, stat.Log.ForceSleeps);
        Assert.Equal(118UL, stat.TailPushing.PushSuccesses);
        Assert.Equal(1UL, stat.TailPushing.Flushes);
        Assert.Equal(140UL, stat.AllocationStrategy.Quick);
        Assert.Equal(15000UL, stat.ReadWrite.ReadCalls);
        Assert.Equal(4UL, stat.Attributes.Lists);
        Assert.Equal(320UL, stat.InodeClustering.ClusterFlushedInodes);
        Assert.Equal(1200UL, stat.Vnodes.Active);
        Assert.Equal(280UL, stat.Buffers.Reads);
        Assert.Equal(60UL, stat.AllocationByBlockBtree.Moves);
        Assert.Equal(5700UL, stat.AllocationByCountBtree.Compares);
        Assert.Equal(60UL, stat.FreeInodeBtree!.RecordsDeleted);
        Assert.NotNull(stat.ReferenceCountBtree);
        Assert.Null(stat.InMemoryReverseMappingBtree);
        Assert.Null(stat.RefcountBagBtree);
        Assert.Null(stat.RealtimeReverseMappingBtree);
        Assert.Null(stat.DeferredRelogs);
        Assert.Equal(new XfsByteCounters { AllocatedBytes = 573440, WrittenBytes = 61440000, ReadBytes = 983040000 }, stat.Bytes);
        Assert.True(XfsStats.Parse(Fixtures.Bytes(Kernel419.Replace("debug 0", "debug 1"))).Debug);
    }

    [Fact]
    public void Quota_files()
    {
        var stat = XfsQuotaStats.Parse("qm 3 1 0 40 900 41\n"u8).Quota;
        Assert.Equal(3UL, stat.Reclaims);
        Assert.Equal(900UL, stat.CacheHits);
        Assert.Null(stat.Dquots);

        var summary = XfsQuotaSummary.Parse("0\t41\t0\t3\n"u8);
        Assert.Equal(new XfsQuotaSummary { MaximumDquots = 0, InMemoryDquots = 41, FreeRatio = 0, UnusedDquots = 3 }, summary);
    }

    [Fact]
    public void Malformed_stat_fails_located()
    {
        ParseAssert.Fails(s => XfsStats.Parse(s), Kernel419.Replace("dir 700 60 50 1200", "dir 700 60 x 1200"), 5, 12, "");
        ParseAssert.Fails(s => XfsStats.Parse(s), Kernel419.Replace("trans 3 450 12", "trans 3 450"), 6, 12, "");
        var missing = Assert.Throws<ProcParseException>(() => XfsStats.Parse(Fixtures.Bytes(Kernel419.Replace("xpc 573440 61440000 983040000\n", ""))));
        Assert.Contains("xpc", missing.Expected);
    }
}
