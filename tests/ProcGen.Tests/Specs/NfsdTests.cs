using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>fs/nfsd/*</c> (<c>fs/nfsd/nfsctl.c</c>, <c>svc_pool_stats_show</c>), hand-made from the kernel's format code:
/// the nfsd file system is not mounted on this machine.
/// </summary>
public class NfsdTests
{
    [Fact]
    public void Versions_list_major_and_minor_versions_with_their_state()
    {
        var versions = NfsdVersions.Parse("-2 +3 +4 +4.1 +4.2\n"u8).Versions;

        Assert.Equal(
            [new(false, 2, null), new(true, 3, null), new(true, 4, null), new(true, 4, 1), new(true, 4, 2)],
            versions.Items);
        Assert.True(versions.IsEnabled(4, 1));
        Assert.False(versions.IsEnabled(2));
        Assert.False(versions.IsEnabled(4, 3));
        Assert.Equal("+4.1", versions.Items[3].ToString());
    }

    [Fact]
    public void Versions_with_an_explicit_4_0_and_a_disabled_minor()
    {
        var versions = NfsdVersions.Parse("+3 +4 +4.0 +4.1 -4.2\n"u8).Versions;
        Assert.True(versions.IsEnabled(4, 0));
        Assert.False(versions.IsEnabled(4, 2));
        Assert.Equal(5, versions.Items.Count);
        Assert.Equal("+3 +4 +4.0 +4.1 -4.2", versions.ToString());
    }

    [Theory]
    [InlineData("+3 4\n", 1, 1)]
    [InlineData("+3 +x\n", 1, 1)]
    [InlineData("+3 +4.\n", 1, 1)]
    public void Malformed_versions_fail_at_the_value(string text, int line, int column)
        => ParseAssert.Fails(s => NfsdVersions.Parse(s), text, line, column, "");

    [Fact]
    public void Single_numbers()
    {
        Assert.Equal(8, NfsdThreads.Parse("8\n"u8).Count);
        Assert.Equal([4, 4], NfsdPoolThreads.Parse("4 4\n"u8).Threads);
        Assert.Equal(1048576, NfsdMaxBlockSize.Parse("1048576\n"u8).Bytes);
        Assert.Equal(System.TimeSpan.FromSeconds(90), NfsdLeaseTime.Parse("90\n"u8).Duration);
        Assert.Equal(90, NfsdGraceTime.Parse("90\n"u8).Seconds);
        ParseAssert.Fails(s => NfsdThreads.Parse(s), "eight\n", 1, 1, "");
    }

    [Fact]
    public void Portlist_rows()
    {
        var ports = NfsdListener.ParseTable("rdma 20049\ntcp 2049\nudp 2049\n"u8);

        Assert.Equal(3, ports.Count);
        Assert.Equal(new NfsdListener { Transport = "tcp", Port = 2049 }, ports[1]);
        Assert.Equal(20049, ports[0].Port);
        Assert.Empty(NfsdListener.ParseTable(""u8));
        ParseAssert.Fails(s => NfsdListener.ParseTable(s), "tcp\n", 1, 4, "");
    }

    [Fact]
    public void Pool_stats_by_header_name()
    {
        var pools = NfsdPoolStatistics.ParseTable(
            "# pool packets-arrived sockets-enqueued threads-woken threads-timedout\n0 9919 12 9867 407\n1 500 0 498 3\n"u8);

        Assert.Equal(2, pools.Count);
        Assert.Equal(new NfsdPoolStatistics { Pool = 0, PacketsArrived = 9919, SocketsEnqueued = 12, ThreadsWoken = 9867, ThreadsTimedOut = 407 }, pools[0]);
        Assert.Equal(1, pools[1].Pool);
        Assert.Null(pools[1].OverloadsAvoided);
    }

    [Fact]
    public void Pool_stats_of_an_old_kernel_with_overloads_avoided()
    {
        var pools = NfsdPoolStatistics.ParseTable(
            "# pool packets-arrived sockets-enqueued threads-woken overloads-avoided threads-timedout\n0 100 2 98 5 1\n"u8);

        Assert.Equal(5UL, pools[0].OverloadsAvoided);
        Assert.Equal(1UL, pools[0].ThreadsTimedOut);
    }

    [Fact]
    public void Malformed_pool_stats()
        => ParseAssert.Fails(s => NfsdPoolStatistics.ParseTable(s),
            "# pool packets-arrived sockets-enqueued threads-woken threads-timedout\n0 1 x 0 0\n", 2, 5, "");
}
