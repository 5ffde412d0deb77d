using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>net/snmp and net/netstat: pairs of name and value lines per group, bound by name.</summary>
public class NetPairedLinesTests
{
    [Fact]
    public void Snmp_from_fixture()
    {
        var snmp = Fixtures.Fs().Snmp();

        Assert.Equal(2, snmp.Forwarding);
        Assert.Equal((22709UL, 22709UL, 21542UL), (snmp.IpInReceives, snmp.IpInDelivers, snmp.IpOutRequests));
        Assert.Equal((269UL, 198UL, 0UL), (snmp.TcpActiveOpens, snmp.TcpPassiveOpens, snmp.TcpCurrentlyEstablished));
        Assert.Equal((22577UL, 21416UL, 54UL), (snmp.TcpInSegments, snmp.TcpOutSegments, snmp.TcpRetransmittedSegments));
        Assert.Equal((136UL, 0UL, 139UL, (ulong?)0), (snmp.UdpInDatagrams, snmp.UdpNoPorts, snmp.UdpOutDatagrams, snmp.UdpReceiveBufferErrors));
        Assert.Equal(-1, snmp.Counters["Tcp.MaxConn"]);
        Assert.Equal(64, snmp.Counters["Ip.DefaultTTL"]);
        Assert.Equal(21542, snmp.Counters["Ip.OutTransmits"]);
        Assert.Equal(2, snmp.Counters["IcmpMsg.InType3"]);   // named after the ICMP types seen
        Assert.False(snmp.Counters.ContainsKey("Tcp.ActiveOpens"));  // declared counters are properties
    }

    [Fact]
    public void Snmp_of_an_older_kernel_without_the_newer_counters()
    {
        // A 3.x layout: no InCsumErrors, no OutTransmits, no RcvbufErrors/IgnoredMulti/MemErrors, no IcmpMsg.
        const string old =
            "Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates\n" +
            "Ip: 1 64 1000 0 0 5 0 0 990 800 0 0 0 0 0 0 0 0 0\n" +
            "Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts\n" +
            "Tcp: 1 200 120000 -1 10 20 0 1 3 500 450 2 0 4\n" +
            "Udp: InDatagrams NoPorts InErrors OutDatagrams\n" +
            "Udp: 7 1 0 8\n";

        var snmp = NetSnmp.Parse(Fixtures.Bytes(old));

        Assert.Equal(1, snmp.Forwarding);
        Assert.Equal((10UL, 20UL, 3UL), (snmp.TcpActiveOpens, snmp.TcpPassiveOpens, snmp.TcpCurrentlyEstablished));
        Assert.Null(snmp.UdpReceiveBufferErrors);
        Assert.Equal(5, snmp.Counters["Ip.ForwDatagrams"]);
        Assert.False(snmp.Counters.ContainsKey("Ip.OutTransmits"));
    }

    [Fact]
    public void Snmp_with_a_missing_value_names_the_counter()
        => ParseAssert.Fails(u => NetSnmp.Parse(u), "Tcp: ActiveOpens PassiveOpens\nTcp: 1\n", line: 2, column: "Tcp: 1".Length + 1, mentions: "'PassiveOpens'");

    [Fact]
    public void Snmp_with_an_extra_value_points_at_it()
        => ParseAssert.Fails(u => NetSnmp.Parse(u), "Tcp: ActiveOpens\nTcp: 1 2\n", line: 2, column: 8, mentions: "no more values");

    [Fact]
    public void Snmp_value_line_of_another_group_is_an_error()
        => ParseAssert.Fails(u => NetSnmp.Parse(u), "Tcp: ActiveOpens\nUdp: 1\n", line: 2, column: 1, mentions: "'Tcp'");

    [Fact]
    public void Snmp_without_required_counters_names_one()
        => ParseAssert.Fails(u => NetSnmp.Parse(u), "Udp: InDatagrams\nUdp: 1\n", line: 3, column: 1, mentions: "required key 'Ip.Forwarding'");

    [Fact]
    public void Netstat_from_fixture()
    {
        var netstat = Fixtures.Fs().Netstat();

        Assert.Equal((0UL, 0UL, 0UL, 3UL), (netstat.SyncookiesSent!.Value, netstat.ListenOverflows!.Value, netstat.ListenDrops!.Value, netstat.TcpTimeouts!.Value));
        Assert.Equal((190463717UL, 36816586UL), (netstat.InOctets!.Value, netstat.OutOctets!.Value));
        Assert.Equal(229 - 6, netstat.Counters.Count);
        Assert.True(netstat.Counters.ContainsKey("TcpExt.TW"));
        Assert.Contains(netstat.Counters.Keys, k => k.StartsWith("MPTcpExt.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Netstat_per_process_reads_its_namespace()
    {
        using var root = new ProcGen.Tests.Runtime.TempProcRoot().File("42/net/netstat", "IpExt: InOctets OutOctets\nIpExt: 5 6\n");
        var netstat = root.Fs.Process(42).Netstat();
        Assert.Equal((5UL, 6UL), (netstat.InOctets!.Value, netstat.OutOctets!.Value));
        Assert.Null(netstat.TcpTimeouts);
    }
}
