using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>fs/fscache/stats</c> and <c>fs/netfs/stats</c> (<c>fscache_stats_show</c>, <c>netfs_stats_show</c>),
/// hand-made from the kernel's format strings: no network file system uses a cache on this machine.
/// </summary>
public class FscacheTests
{
    /// <summary>6.8+ layout: <c>netfs_stats_show</c> first, then <c>fscache_stats_show</c>.</summary>
    internal const string Kernel618 =
        "Netfs  : DR=0 RA=120 RF=4 WB=0 WBZ=0\n" +
        "Netfs  : BW=7 WT=0 DW=0 WP=3\n" +
        "Netfs  : ZR=2 sh=0 sk=0\n" +
        "Netfs  : DL=118 ds=118 df=0 di=0\n" +
        "Netfs  : RD=6 rs=6 rf=0\n" +
        "Netfs  : WR=3 ws=3 wf=0\n" +
        "Netfs  : rr=0 sr=0 wsc=0\n" +
        "FS-Cache statistics\n" +
        "Cookies: n=14 v=1 vcol=0 voom=0\n" +
        "Acquire: n=16 ok=16 oom=0\n" +
        "LRU    : n=5 exp=2 rmv=0 drp=0 at=1250\n" +
        "Invals : n=1\n" +
        "Updates: n=4 rsz=0 rsn=0\n" +
        "Relinqs: n=2 rtr=0 drop=2\n" +
        "NoSpace: nwr=0 ncr=0 cull=9\n" +
        "IO     : rd=6 wr=3\n";

    /// <summary>A pre-5.17 layout (<c>fs/fscache/stats.c</c> of 4.x), a selection of its lines.</summary>
    internal const string Kernel4 =
        "FS-Cache statistics\n" +
        "Cookies: idx=3 dat=40 spc=0\n" +
        "Objects: alc=43 nal=0 avl=43 ded=0\n" +
        "ChkAux : non=0 ok=12 upd=0 obs=0\n" +
        "Pages  : mrk=800 unc=650\n" +
        "Acquire: n=43 nul=0 noc=0 ok=43 nbf=0 oom=0\n" +
        "Lookups: n=43 neg=31 pos=12 crt=31 tmo=0\n" +
        "Invals : n=0 run=0\n" +
        "Updates: n=0 nul=0 run=0\n" +
        "Relinqs: n=0 nul=0 wcr=0 rtr=0\n" +
        "AttrChg: n=0 ok=0 nbf=0 oom=0 run=0\n" +
        "Allocs : n=0 ok=0 wt=0 nbf=0 int=0\n" +
        "Retrvls: n=120 ok=40 wt=3 nod=80 nbf=0 int=0 oom=0\n" +
        "Stores : n=90 ok=90 agn=0 nbf=0 oom=0\n" +
        "Ops    : pend=0 run=210 enq=210 can=0 rej=0\n" +
        "CacheOp: alo=0 luo=0 luc=0 gro=0\n";

    [Fact]
    public void Recent_layout_reads_netfs_and_fscache_counters()
    {
        var stats = FscacheStatistics.Parse(Fixtures.Bytes(Kernel618));

        Assert.Equal(7, stats.NetfsLines.Count);
        Assert.Equal(120UL, stats.NetfsCounter("RA"));
        Assert.Equal(118UL, stats.NetfsCounter("ds"));
        Assert.Null(stats.NetfsCounter("nope"));
        Assert.Equal(14UL, stats.Cookies);
        Assert.Equal(1UL, stats.Volumes);
        Assert.Equal(16UL, stats.Acquires);
        Assert.Equal(16UL, stats.AcquiresSucceeded);
        Assert.Equal(5UL, stats.LruCookies);
        Assert.Equal(1250UL, stats.Counter("LRU", "at"));
        Assert.Equal(1UL, stats.Invalidations);
        Assert.Equal(2UL, stats.Relinquishments);
        Assert.Equal(0UL, stats.NoWriteSpace);
        Assert.Equal(9UL, stats.Culled);
        Assert.Equal(6UL, stats.CacheReads);
        Assert.Equal(3UL, stats.CacheWrites);
        Assert.Empty(stats.OtherLines);
        Assert.Equal("rd=6 wr=3", stats.IoLine!.ToString());
    }

    [Fact]
    public void Recent_layout_with_netfs_after_fscache_as_5_17_to_6_7_print_it()
    {
        int split = Kernel618.IndexOf("FS-Cache");
        var stats = FscacheStatistics.Parse(Fixtures.Bytes(Kernel618[split..] + Kernel618[..split]));

        Assert.Equal(7, stats.NetfsLines.Count);
        Assert.Equal(14UL, stats.Cookies);
        Assert.Equal(3UL, stats.CacheWrites);
    }

    [Fact]
    public void Old_layout_keeps_every_line_by_label()
    {
        var stats = FscacheStatistics.Parse(Fixtures.Bytes(Kernel4));

        Assert.Empty(stats.NetfsLines);
        Assert.Equal(10, stats.OtherLines.Count);
        Assert.Equal(40UL, stats.Counter("Cookies", "dat"));
        Assert.Equal(650UL, stats.Counter("Pages", "unc"));
        Assert.Equal(80UL, stats.Counter("Retrvls", "nod"));
        Assert.Equal(210UL, stats.Counter("Ops", "enq"));
        Assert.Null(stats.Cookies);
        Assert.Null(stats.CacheReads);
        Assert.Equal(43UL, stats.Acquires);
    }

    [Fact]
    public void Title_only_is_empty()
    {
        var stats = FscacheStatistics.Parse("FS-Cache statistics\n"u8);
        Assert.Empty(stats.OtherLines);
        Assert.Empty(stats.NetfsLines);
        Assert.Null(stats.Cookies);
    }

    [Fact]
    public void A_counter_that_is_not_a_number_reads_as_absent_not_as_a_wrong_value()
    {
        var stats = FscacheStatistics.Parse("FS-Cache statistics\nCookies: n=x v=2\n"u8);
        Assert.Null(stats.Cookies);
        Assert.Equal(2UL, stats.Volumes);
    }
}
