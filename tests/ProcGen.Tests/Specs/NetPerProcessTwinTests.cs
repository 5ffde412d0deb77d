using System;
using ProcGen.Specs;
using ProcGen.Tests.Runtime;

namespace ProcGen.Tests.Specs;

/// <summary>
/// The netfilter, IPVS and RPC files of issue 4 are per network namespace: each is also declared under
/// <c>{pid}/net/</c>, dynamic families (<c>xt_recent/NAME</c>, <c>ipt_hashlimit/NAME</c>) included, and the catalog
/// finds every path.
/// </summary>
public class NetPerProcessTwinTests
{
    [Fact]
    public void Per_process_twins_read_the_namespace_of_the_process()
    {
        using var root = new TempProcRoot()
            .File("42/net/nf_conntrack", "ipv4     2 udp      17 29 src=10.0.0.1 dst=10.0.0.2 sport=1 dport=2 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=2 dport=1 mark=0 use=2\n")
            .File("42/net/nf_conntrack_expect", "- l3proto = 2 proto=6 src=10.0.0.1 dst=10.0.0.2 sport=0 dport=21 ftp\n")
            .File("42/net/ip_conntrack", "tcp      6 10 CLOSE src=10.0.0.1 dst=10.0.0.2 sport=1 dport=2 src=10.0.0.2 dst=10.0.0.1 sport=2 dport=1 use=1\n")
            .File("42/net/netfilter/nfnetlink_queue", "    3   4321     0 2 65535     0     0        9  1\n")
            .File("42/net/netfilter/nf_queue", " 2 nf_queue\n")
            .File("42/net/xt_recent/ssh", "src=10.0.0.9 ttl: 63 last_seen: 100 oldest_pkt: 1 100\n")
            .File("42/net/ipt_hashlimit/web", "3 10.0.0.9:0->0.0.0.0:0 1 2 3\n")
            .File("42/net/ip6t_hashlimit/web6", "3 2001:0db8:0000:0000:0000:0000:0000:0009:0->0000:0000:0000:0000:0000:0000:0000:0000:0 1 2 3\n")
            .File("42/net/ip_vs", "IP Virtual Server version 1.2.1 (size=4096)\nProt LocalAddress:Port Scheduler Flags\n  -> RemoteAddress:Port Forward Weight ActiveConn InActConn\nTCP  0A000001:0050 rr \n")
            .File("42/net/ip_vs_stats", "   Total Incoming Outgoing         Incoming         Outgoing\n   Conns  Packets  Packets            Bytes            Bytes\n       1        2        3                4                5\n\n Conns/s   Pkts/s   Pkts/s          Bytes/s          Bytes/s\n       0        0        0                0                0\n")
            .File("42/net/rpc/nfs", "net 0 0 0 0\nrpc 5 0 0\nproc3 22 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n")
            .File("42/net/rpc/nfsd", "rc 0 0 0\nfh 0 0 0 0 0\nio 0 0\nth 8 0 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000\nra 0 0 0 0 0 0 0 0 0 0 0 0\nnet 1 0 1 1\nrpc 1 0 0 0 0\n");
        var process = root.Fs.Process(42);

        Assert.True(Assert.Single(process.NfConntrack()).Flow.Unreplied);
        Assert.Equal("ftp", Assert.Single(process.NfConntrackExpect()).Target.Helper);
        Assert.Equal("CLOSE", Assert.Single(process.IpConntrack()).Flow.State);
        Assert.Equal((ushort)3, Assert.Single(process.NfnetlinkQueue()).QueueNumber);
        Assert.Equal("nf_queue", Assert.Single(process.NfQueue()).Handler);
        Assert.Equal((byte)63, Assert.Single(process.XtRecent("ssh")).Ttl);
        Assert.Equal(3, Assert.Single(process.IptHashlimit("web")).ExpiresSeconds);
        Assert.True(Assert.Single(process.Ip6tHashlimit("web6")).Flow.Destination.IsAny);
        Assert.Equal("rr", Assert.Single(process.IpVs()).Service.Scheduler);
        Assert.Equal(5UL, process.IpVsStats()[0].OutgoingBytes);
        Assert.Equal(5UL, process.RpcNfs().Rpc.Calls);
        Assert.Equal(8, process.RpcNfsd().Threads.Threads);
    }

    [Theory]
    [InlineData("net/nf_conntrack", typeof(ProcTable<ConntrackEntry>))]
    [InlineData("self/net/nf_conntrack", typeof(ProcTable<ConntrackEntry>))]
    [InlineData("net/ip_conntrack", typeof(ProcTable<LegacyConntrackEntry>))]
    [InlineData("1/net/nf_conntrack_expect", typeof(ProcTable<ConntrackExpectation>))]
    [InlineData("net/netfilter/nfnetlink_queue", typeof(ProcTable<NetfilterQueue>))]
    [InlineData("net/netfilter/nf_queue", typeof(ProcTable<NetfilterQueueHandler>))]
    [InlineData("net/xt_recent/DEFAULT", typeof(ProcTable<RecentEntry>))]
    [InlineData("7/net/xt_recent/ssh", typeof(ProcTable<RecentEntry>))]
    [InlineData("net/ipt_hashlimit/web", typeof(ProcTable<HashlimitBucket>))]
    [InlineData("self/net/ip6t_hashlimit/web", typeof(ProcTable<HashlimitBucket>))]
    [InlineData("net/ip_vs", typeof(ProcTable<IpvsService>))]
    [InlineData("net/ip_vs_stats", typeof(ProcTable<IpvsStatisticsLine>))]
    [InlineData("net/rpc/nfs", typeof(RpcClientStatistics))]
    [InlineData("self/net/rpc/nfsd", typeof(NfsServerStatistics))]
    public void Catalog_finds_global_and_per_process_paths(string path, Type recordType)
        => Assert.Equal(recordType, Catalog.Find(path)?.RecordType);
}
