using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>net/rpc/nfs</c> and <c>net/rpc/nfsd</c>, hand-made from the kernel's format code (<c>rpc_proc_show</c>,
/// <c>svc_seq_show</c> in <c>net/sunrpc/stats.c</c>, <c>nfsd_show</c> in <c>fs/nfsd/stats.c</c>): NFS is not loaded on
/// the capture machine. Three servers: an older kernel serving v2 and v3 with the thread histogram and a live
/// read-ahead cache, a current one serving v3 and v4, and a client.
/// </summary>
public class NetRpcTests
{
    private const string OldV3Server =
        "rc 0 12345 678\n" +
        "fh 3 120 4 0 0\n" +
        "io 123456789 987654\n" +
        "th 8 594 3733.140 83.850 32.330 20.000 12.340 8.110 5.210 3.050 1.220 0.870\n" +
        "ra 32 9876 0 0 0 0 0 0 0 0 0 102\n" +
        "net 13024 0 13024 412\n" +
        "rpc 13023 1 1 0 0\n" +
        "proc2 18 2 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n" +
        "proc3 22 10 2010 3 1500 1200 0 5000 2000 30 4 0 0 5 0 2 0 12 300 7 2 1 900\n";

    private static string CurrentV4Server()
    {
        var ops = Enumerable.Range(0, 76).Select(op => op switch { 9 => "2210", 22 => "3000", 53 => "4400", 38 => "75", _ => "0" });
        return "rc 0 0 4821\n" +
               "fh 0 0 0 0 0\n" +
               "io 1048576 0\n" +
               "th 16 0 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000\n" +
               "ra 0 0 0 0 0 0 0 0 0 0 0 0\n" +
               "net 4822 0 4822 6\n" +
               "rpc 4821 0 0 0 0\n" +
               "proc3 22 2 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n" +
               "proc4 2 2 4819\n" +
               "proc4ops 76 " + string.Join(' ', ops) + "\n" +
               "wdeleg_getattr 7\n";
    }

    [Fact]
    public void Old_v3_server_with_thread_histogram()
    {
        var nfsd = NfsServerStatistics.Parse(Fixtures.Bytes(OldV3Server));

        Assert.Equal((0UL, 12345UL, 678UL), (nfsd.ReplyCache.Hits, nfsd.ReplyCache.Misses, nfsd.ReplyCache.NoCache));
        Assert.Equal((3UL, 120UL, 4UL), (nfsd.FileHandles.Stale, nfsd.FileHandles.Lookups, nfsd.FileHandles.AnonymousLookups));
        Assert.Equal((123456789UL, 987654UL), (nfsd.Io.ReadBytes, nfsd.Io.WrittenBytes));
        Assert.Equal((8, 594UL), (nfsd.Threads.Threads, nfsd.Threads.AllBusyCount));
        Assert.Equal(3733.140, nfsd.Threads.Busy10Percent);
        Assert.Equal(0.870, nfsd.Threads.Busy100Percent);
        Assert.Equal(32UL, nfsd.ReadAhead!.CacheSize);
        Assert.Equal(11, nfsd.ReadAhead.Counts.Length);
        Assert.Equal(102UL, nfsd.ReadAhead.Counts[^1]);
        Assert.Equal((13024UL, 0UL, 13024UL, 412UL), (nfsd.Net.Packets, nfsd.Net.UdpPackets, nfsd.Net.TcpPackets, nfsd.Net.TcpConnections));
        Assert.Equal((13023UL, 1UL, 1UL), (nfsd.Rpc.Calls, nfsd.Rpc.BadCalls, nfsd.Rpc.BadFormat));

        Assert.Equal(new[] { 2, 3 }, nfsd.Procedures.Keys.OrderBy(k => k));
        Assert.Equal(18, nfsd.Procedures[2].ProcedureCount);
        Assert.Equal(18, nfsd.Procedures[2].Calls.Length);
        var v3 = nfsd.Nfs3Calls!;
        Assert.Equal(22, v3.Count);
        Assert.Equal(2010UL, v3["getattr"]);
        Assert.Equal(1500UL, v3["lookup"]);
        Assert.Equal(5000UL, v3["read"]);
        Assert.Equal(300UL, v3["readdirplus"]);
        Assert.Equal(900UL, v3["commit"]);
        Assert.Null(nfsd.Nfs4Operations);
        Assert.Null(nfsd.Nfs4OperationCalls);
        Assert.Null(nfsd.WriteDelegationGetattrs);
    }

    [Fact]
    public void Current_v4_server_names_operations()
    {
        var nfsd = NfsServerStatistics.Parse(Fixtures.Bytes(CurrentV4Server()));

        Assert.Equal(16, nfsd.Threads.Threads);
        Assert.Equal(0.0, nfsd.Threads.Busy50Percent);
        Assert.Equal(4821UL, nfsd.ReplyCache.NoCache);
        var v4 = nfsd.Procedures[4].ByName(RpcProcedureNames.Nfs4Server);
        Assert.Equal((2UL, 4819UL), (v4["null"], v4["compound"]));
        Assert.Equal(76, nfsd.Nfs4Operations!.ProcedureCount);
        var ops = nfsd.Nfs4OperationCalls!;
        Assert.Equal(2210UL, ops["getattr"]);
        Assert.Equal(3000UL, ops["putfh"]);
        Assert.Equal(4400UL, ops["sequence"]);
        Assert.Equal(75UL, ops["write"]);
        Assert.Equal(0UL, ops["removexattr"]);
        Assert.Equal(0UL, ops["0"]);   // the unused numbers keep their number as name
        Assert.Equal(7UL, nfsd.WriteDelegationGetattrs);
    }

    [Fact]
    public void Client_statistics()
    {
        var nfs = RpcClientStatistics.Parse(Fixtures.Bytes(
            "net 0 0 0 0\n" +
            "rpc 2048 3 1\n" +
            "proc3 22 0 600 2 700 300 0 200 100 5 1 0 0 3 0 1 0 0 40 2 1 0 60\n" +
            "proc4 5 0 10 20 30 40\n"));

        Assert.Equal(0UL, nfs.Net.Packets);
        Assert.Equal((2048UL, 3UL, 1UL), (nfs.Rpc.Calls, nfs.Rpc.Retransmissions, nfs.Rpc.AuthRefreshes));
        Assert.Equal(600UL, nfs.Nfs3Calls!["getattr"]);
        Assert.Equal(60UL, nfs.Nfs3Calls["commit"]);
        Assert.Equal(new ulong[] { 0, 10, 20, 30, 40 }, nfs.Procedures[4].Calls);
    }

    [Fact]
    public void Client_without_nfs3_has_no_v3_names()
        => Assert.Null(RpcClientStatistics.Parse(Fixtures.Bytes("net 0 0 0 0\nrpc 0 0 0\nproc4 2 0 0\n")).Nfs3Calls);

    [Theory]
    [InlineData("net 0 0 0\nrpc 1 2 3\n", 1, "TcpConnections")]              // a counter short
    [InlineData("net 0 0 0 0\nrpc 1 x 3\n", 2, "Retransmissions")]
    [InlineData("net 0 0 0 0\nrpc 1 2 3\nproc3 3 1 2 -3\n", 3, "the calls of procedure 2")]
    [InlineData("net 0 0 0 0\nrpc 1 2 3\nproc3 many\n", 3, "the number of procedures")]
    [InlineData("net 0 0 0 0\nrpc 1 2 3\nproc3 22 1 2 3\n", 3, "a number of procedures the line can hold")]        // a count longer than the line
    [InlineData("net 0 0 0 0\nrpc 1 2 3\nproc3 3 1 2      \n", 3, "the calls of procedure 2 (3 were announced)")]    // one call short
    [InlineData("net 0 0 0 0\nrpc 1 2 3\nproc2 2 1 2 3\n", 3, "the end of the line after the 2 announced calls")] // more calls than the count
    [InlineData("net 0 0 0 0\nrpc 1 2 3\nproc4 4000000000 1\n", 3, "the number of procedures")]     // a count the line cannot hold
    [InlineData("net 0 0 0 0\n", 2, "rpc")]                                    // a required line missing: reported at the end
    public void Malformed_client_statistics_fail_with_a_location(string text, int line, string mentions)
    {
        var e = Assert.Throws<ProcParseException>(() => RpcClientStatistics.Parse(Fixtures.Bytes(text)));
        Assert.Equal(line, e.Line);
        Assert.Contains(mentions, e.Expected);
    }

    [Fact]
    public void A_procedure_line_that_disagrees_with_its_count_fails_at_the_field()
    {
        // "proc3 " is 6 bytes: the count is at column 7, the calls from column 10.
        ParseAssert.Fails(u => RpcClientStatistics.Parse(u), "net 0 0 0 0\nrpc 1 2 3\nproc3 2 1 2 3\n", 3, 13, "after the 2 announced calls");
        ParseAssert.Fails(u => RpcClientStatistics.Parse(u), "net 0 0 0 0\nrpc 1 2 3\nproc3 4 1 2 3\n", 3, 14, "the calls of procedure 3");
        ParseAssert.Fails(u => RpcClientStatistics.Parse(u), "net 0 0 0 0\nrpc 1 2 3\nproc3 x 1\n", 3, 7, "the number of procedures");
    }

    [Theory]
    [InlineData("th 8 0 0.000 0.000\n", "Busy30Percent")]
    [InlineData("th 8 0 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 zero\n", "Busy100Percent")]
    [InlineData("th many 0 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000 0.000\n", "Threads")]
    public void Malformed_server_thread_lines_fail_on_their_line(string thread, string mentions)
    {
        var text = OldV3Server.Replace("th 8 594 3733.140 83.850 32.330 20.000 12.340 8.110 5.210 3.050 1.220 0.870\n", thread);
        var e = Assert.Throws<ProcParseException>(() => NfsServerStatistics.Parse(Fixtures.Bytes(text)));
        Assert.Equal(4, e.Line);
        Assert.Contains(mentions, e.Expected);
    }
}
