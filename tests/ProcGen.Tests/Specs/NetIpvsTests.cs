using System.Linq;
using System.Net;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>net/ip_vs</c> and <c>net/ip_vs_stats</c>, hand-made from <c>ip_vs_info_seq_show</c> and
/// <c>ip_vs_stats_show</c> (<c>net/netfilter/ipvs/ip_vs_ctl.c</c>): IPVS is not loaded on the capture machine.
/// Addresses are network order: <c>0A000001</c> is 10.0.0.1 here, where <c>net/tcp</c> would print <c>0100000A</c>.
/// </summary>
public class NetIpvsTests
{
    private const string Header =
        "IP Virtual Server version 1.2.1 (size=4096)\n" +
        "Prot LocalAddress:Port Scheduler Flags\n" +
        "  -> RemoteAddress:Port Forward Weight ActiveConn InActConn\n";

    private const string Table = Header +
        "TCP  0A000001:0050 rr  \n" +
        "  -> 0A000002:0050      Masq    1      3          12        \n" +
        "  -> C0A80A0B:1F90      Route   5      0          0         \n" +
        "UDP  0A000001:0035 wlc ops persistent 36000 FFFFFF00\n" +
        "  -> 0A000003:0035      Tunnel  0      0          1         \n" +
        "FWM  00000010 sh \n" +
        "TCP  [2001:0db8:0000:0000:0000:0000:0000:0001]:01BB mh \n" +
        "  -> [2001:0db8:0000:0000:0000:0000:0000:0002]:01BB      Local   100    7          0         \n" +
        "SCTP  0A000001:0B59 lc  \n";

    [Fact]
    public void Services_group_their_destinations()
    {
        var services = IpvsService.ParseTable(Fixtures.Bytes(Table));

        Assert.Equal(5, services.Count);
        var web = services[0];
        Assert.Equal("TCP", web.Service.Protocol);
        Assert.Equal(new SocketEndpoint(IPAddress.Parse("10.0.0.1"), 80), web.Service.Address.Endpoint);
        Assert.Null(web.Service.Address.FirewallMark);
        Assert.Equal("rr", web.Service.Scheduler);
        Assert.False(web.Service.OnePacket || web.Service.Persistent);
        Assert.Null(web.Service.PersistenceTimeout);
        Assert.Equal(2, web.Destinations.Count);
        var first = web.Destinations[0];
        Assert.Equal("10.0.0.2:80", first.Address.ToString());
        Assert.Equal(IpvsForwarding.Masquerade, first.Forwarding);
        Assert.Equal((1, 3, 12), (first.Weight, first.ActiveConnections, first.InactiveConnections));
        Assert.Equal("192.168.10.11:8080", web.Destinations[1].Address.ToString());
        Assert.Equal(IpvsForwarding.DirectRouting, web.Destinations[1].Forwarding);

        var dns = services[1];
        Assert.True(dns.Service.OnePacket && dns.Service.Persistent);
        Assert.Equal(36000, dns.Service.PersistenceTimeout);
        Assert.Equal(0xFFFFFF00u, dns.Service.PersistenceNetmask);
        Assert.Equal(IpvsForwarding.Tunnel, dns.Destinations.Single().Forwarding);

        var marked = services[2];
        Assert.Equal("FWM", marked.Service.Protocol);
        Assert.Equal(0x10u, marked.Service.Address.FirewallMark);
        Assert.Null(marked.Service.Address.Endpoint);
        Assert.Empty(marked.Destinations);

        var six = services[3];
        Assert.Equal(new SocketEndpoint(IPAddress.Parse("2001:db8::1"), 443), six.Service.Address.Endpoint);
        Assert.Equal(IPAddress.Parse("2001:db8::2"), six.Destinations[0].Address.Address.ToIPAddress());
        Assert.Equal(IpvsForwarding.Local, six.Destinations[0].Forwarding);
        Assert.Equal(100, six.Destinations[0].Weight);

        Assert.Equal(("SCTP", (ushort)2905), (services[4].Service.Protocol, services[4].Service.Address.Endpoint!.Value.Port));
    }

    [Fact]
    public void Header_only_is_no_service() => Assert.Empty(IpvsService.ParseTable(Fixtures.Bytes(Header)));

    [Fact]
    public void Streaming_reader_skips_the_header_too()
    {
        var services = IpvsService.EnumerateRows(Fixtures.Bytes(Table));
        int count = 0;
        foreach (var service in services) count += service.Destinations.Count;
        Assert.Equal(4, count);
    }

    [Theory]
    [InlineData("TCP  0100000A:50 rr\n", 4, "IpvsServiceAddress")]                       // port not %04X
    [InlineData("TCP  0A000001:0050\n", 4, "Scheduler")]
    [InlineData("TCP  0A000001:0050 rr persistent soon FFFFFFFF\n", 4, "PersistenceTimeout")]
    [InlineData("TCP  0A000001:0050 rr\n  -> 0A000002:0050      Masq    x      0          0\n", 5, "Weight")]
    [InlineData("TCP  0A000001:0050 rr\n  -> 10.0.0.2:80      Masq    1      0          0\n", 5, "SocketEndpoint")]
    public void Malformed_ip_vs_lines_fail_with_a_location(string service, int line, string mentions)
    {
        var e = Assert.Throws<ProcParseException>(() => IpvsService.ParseTable(Fixtures.Bytes(Header + service)));
        Assert.Equal(line, e.Line);
        Assert.Contains(mentions, e.Expected);
    }

    private const string Stats =
        "   Total Incoming Outgoing         Incoming         Outgoing\n" +
        "   Conns  Packets  Packets            Bytes            Bytes\n" +
        "     1F4    1E240        0          2FAF080                0\n" +
        "\n" +
        " Conns/s   Pkts/s   Pkts/s          Bytes/s          Bytes/s\n" +
        "       2       1A        0             1388                0\n";

    [Fact]
    public void Statistics_are_totals_then_rates_in_hex()
    {
        var stats = IpvsStatisticsLine.ParseTable(Fixtures.Bytes(Stats));

        Assert.Equal(2, stats.Count);
        Assert.Equal((500UL, 123456UL, 0UL, 50000000UL, 0UL),
            (stats[0].Connections, stats[0].IncomingPackets, stats[0].OutgoingPackets, stats[0].IncomingBytes, stats[0].OutgoingBytes));
        Assert.Equal((2UL, 26UL, 5000UL), (stats[1].Connections, stats[1].IncomingPackets, stats[1].IncomingBytes));
    }

    [Fact]
    public void Malformed_statistics_fail_on_their_line()
    {
        ParseAssert.Fails(t => IpvsStatisticsLine.ParseTable(t), Stats.Replace("     1F4", "     1G4"), 3, 6, "Connections");
        ParseAssert.Fails(t => IpvsStatisticsLine.ParseTable(t), Stats.Replace("1388                0\n", "1388\n"), 6, 44, "OutgoingBytes");
    }
}
