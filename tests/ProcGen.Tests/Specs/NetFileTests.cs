using System.Linq;
using System.Net;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// The other network tables: <c>net/unix</c> and <c>net/dev</c>, from the capture and from hand-made lines in
/// the kernel's formats (<c>unix_seq_show</c>, <c>dev_seq_printf_stats</c>).
/// </summary>
public class NetFileTests
{
    private const string DevHeader =
        "Inter-|   Receive                                                |  Transmit\n" +
        " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n";

    [Fact]
    public void Unix_from_fixture()
    {
        var unix = Fixtures.Fs().Unix();

        Assert.Equal(6, unix.Count);
        var seqpacket = unix[0];
        Assert.Equal(0x84036b4dUL, seqpacket.Address);
        Assert.Equal(2u, seqpacket.RefCount);
        Assert.Equal(UnixSocketType.SequencedPacket, seqpacket.Type);
        Assert.Equal(UnixSocketState.Unconnected, seqpacket.State);
        Assert.True(seqpacket.IsListening);
        Assert.Equal(340157UL, seqpacket.Inode);
        Assert.Equal("/tmp/pgcap sock", seqpacket.Path);
        Assert.False(seqpacket.IsAbstract);

        Assert.Equal(UnixSocketType.Datagram, unix[1].Type);
        Assert.Equal(UnixSocketState.Connected, unix[1].State);
        Assert.Null(unix[1].Path);
        Assert.False(unix[1].IsListening);
        Assert.Equal(1073UL, unix[2].Inode);

        Assert.Equal("@procgen-abstract", unix[^1].Path);
        Assert.True(unix[^1].IsAbstract);
        Assert.Equal(UnixSocketType.Stream, unix[^1].Type);
    }

    [Fact]
    public void Unix_hand_made_states_and_unknown_types()
    {
        var unix = UnixSocket.ParseTable(Fixtures.Bytes(
            "Num       RefCount Protocol Flags    Type St Inode Path\n" +
            "0000000000000000: 00000002 00000000 00000000 0001 02 0\n" +
            "0000000000000000: 00000001 00000000 00000000 0001 04     5 @@with@nul\n" +
            "ffff8880deadbeef: 00000003 00000000 00000000 0006 09 123456789012 /run/a b.sock\n"));

        Assert.Equal(UnixSocketState.Connecting, unix[0].State);
        Assert.Equal(UnixSocketState.Disconnecting, unix[1].State);
        Assert.Equal("@@with@nul", unix[1].Path);
        Assert.Equal(0xffff8880deadbeefUL, unix[2].Address);
        Assert.Equal(UnixSocketType.Unknown, unix[2].Type);
        Assert.Equal(UnixSocketState.Unknown, unix[2].State);
        Assert.Equal("/run/a b.sock", unix[2].Path);
    }

    [Fact]
    public void Dev_from_fixture()
    {
        var dev = Fixtures.Fs().NetDev();

        Assert.Equal(new[] { "lo", "ifb0", "ifb1", "eth0" }, dev.Select(d => d.Name));
        Assert.Equal(15526151UL, dev[0].ReceiveBytes);
        Assert.Equal(dev[0].ReceiveBytes, dev[0].TransmitBytes);
        var eth0 = dev[3];
        Assert.Equal(154072659UL, eth0.ReceiveBytes);
        Assert.Equal(6438UL, eth0.ReceivePackets);
        Assert.Equal(420498UL, eth0.TransmitBytes);
        Assert.Equal(5323UL, eth0.TransmitPackets);
        Assert.Equal(0UL, eth0.TransmitCompressed);
    }

    [Fact]
    public void Dev_name_with_and_without_a_blank_after_the_colon()
    {
        var dev = NetDevice.ParseTable(Fixtures.Bytes(DevHeader +
            "  eth0:1234567890 12345    1    2    3     4          5         6 987654321    98    7    8    9    10      11         12\n" +
            "wlp0s20f3: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n" +
            "    lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0\n"));

        Assert.Equal("eth0", dev[0].Name);
        Assert.Equal(1234567890UL, dev[0].ReceiveBytes);
        Assert.Equal(12345UL, dev[0].ReceivePackets);
        Assert.Equal(6UL, dev[0].ReceiveMulticast);
        Assert.Equal(987654321UL, dev[0].TransmitBytes);
        Assert.Equal(12UL, dev[0].TransmitCompressed);
        Assert.Equal("wlp0s20f3", dev[1].Name);
        Assert.Equal(16UL, dev[1].TransmitCompressed);
        Assert.Equal("lo", dev[2].Name);
    }

    [Theory]
    [InlineData("  eth0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n", 3)]     // no colon at all
    [InlineData("  :1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n", 3)]         // no name
    [InlineData("  eth0:1 2 3 4 5 6 7 8 9 10 11 12 13 14 15\n", 43)]       // a counter short: located at the end of the line
    [InlineData("  eth0:1x 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n", 8)]    // glued garbage
    public void Malformed_dev_rows_fail_with_a_location(string line, int column)
    {
        var e = Assert.Throws<ProcParseException>(() => NetDevice.ParseTable(Fixtures.Bytes(DevHeader + line)));
        Assert.Equal(3, e.Line);
        Assert.Equal(column, e.Column);
    }

    [Fact]
    public void Route_from_fixture_binds_tab_separated_columns_by_name()
    {
        var route = Fixtures.Fs().Route();

        Assert.Equal(2, route.Count);
        var defaultRoute = route[0];
        Assert.Equal("eth0", defaultRoute.Interface);
        Assert.True(defaultRoute.Destination.IsAny);
        Assert.Equal(IPAddress.Parse("192.0.2.1"), defaultRoute.Gateway.ToIPAddress());
        Assert.True(defaultRoute.IsUp && defaultRoute.HasGateway);
        Assert.Equal("192.0.2.0", route[1].Destination.ToString());
        Assert.Equal("255.255.255.0", route[1].Mask.ToString());
        Assert.False(route[1].HasGateway);
        Assert.Equal(0u, route[1].Metric);
    }

    [Fact]
    public void Route_header_only_is_empty()
        => Assert.Empty(Ipv4Route.ParseTable(Fixtures.Bytes("Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT                                                       \n")));

    [Fact]
    public void Ipv6_route_and_if_inet6_from_fixture_read_network_order_addresses()
    {
        var fs = Fixtures.Fs();

        var routes = fs.Ipv6Route();
        Assert.Equal(8, routes.Count);
        Assert.Equal(IPAddress.Parse("fd00::"), routes[0].Destination.ToIPAddress());
        Assert.Equal(64, routes[0].DestinationPrefixLength);
        Assert.Equal(0x100u, routes[0].Metric);
        Assert.Equal("eth0", routes[0].Interface);
        var viaGateway = routes[2];
        Assert.Equal(IPAddress.Parse("fd00::1"), viaGateway.NextHop.ToIPAddress());
        Assert.Equal(0x3u, viaGateway.Flags);
        Assert.Equal(0xffffffffu, routes[^1].Metric);
        Assert.Equal("lo", routes[^1].Interface);

        var addresses = fs.IfInet6();
        Assert.Equal(3, addresses.Count);
        Assert.Equal(IPAddress.IPv6Loopback, addresses[0].Address.ToIPAddress());
        Assert.Equal(1, addresses[0].InterfaceIndex);
        Assert.Equal(128, addresses[0].PrefixLength);
        Assert.Equal(0x10, addresses[0].Scope);
        Assert.Equal(IPAddress.Parse("fe80::fc:ff:fe00:1"), addresses[1].Address.ToIPAddress());
        Assert.Equal(0x20, addresses[1].Scope);
        Assert.Equal(0x82u, addresses[2].Flags);
        Assert.Equal("eth0", addresses[2].Interface);
    }

    [Fact]
    public void Arp_from_fixture_and_an_incomplete_entry()
    {
        var arp = Assert.Single(Fixtures.Fs().Arp());
        Assert.Equal(IPAddress.Parse("192.0.2.1"), arp.Address.ToIPAddress());
        Assert.Equal(1u, arp.HardwareType);
        Assert.True(arp.IsComplete);
        Assert.Equal("02:fc:00:00:00:05", arp.HardwareAddress);
        Assert.Equal("eth0", arp.Device);

        var incomplete = Assert.Single(ArpEntry.ParseTable(Fixtures.Bytes(
            "IP address       HW type     Flags       HW address            Mask     Device\n" +
            "10.0.0.254       0x1         0x0         00:00:00:00:00:00     *        enp0s31f6\n")));
        Assert.False(incomplete.IsComplete);
        Assert.Equal("enp0s31f6", incomplete.Device);
    }

    [Fact]
    public void Sockstat_from_fixture_and_by_hand()
    {
        var fs = Fixtures.Fs();
        var sockstat = fs.Sockstat();
        Assert.Equal(new[] { "sockets", "TCP", "UDP", "UDPLITE", "RAW", "FRAG" }, sockstat.Select(s => s.Protocol));
        Assert.Equal(16, sockstat[0].Counters["used"]);
        Assert.Equal(new[] { "inuse", "orphan", "tw", "alloc", "mem" }, sockstat[1].Counters.Pairs.Select(p => p.Key));
        Assert.Null(sockstat[1].Counters["used"]);
        Assert.Equal(0, fs.Sockstat6().Single(s => s.Protocol == "FRAG6").Counters["memory"]);

        var hand = SocketStatistics.ParseTable(Fixtures.Bytes("TCP: inuse 27 orphan 1 tw 3104 alloc 35 mem 4\n"));
        Assert.Equal(3104, hand[0].Counters["tw"]);
        Assert.Throws<ProcParseException>(() => SocketStatistics.ParseTable(Fixtures.Bytes("TCP: inuse 27 orphan\n")));
    }

    [Fact]
    public void Protocols_from_fixture()
    {
        var protocols = Fixtures.Fs().Protocols();

        var tcp = protocols.Single(p => p.Name == "TCP");
        Assert.Equal(2304u, tcp.Size);
        Assert.Equal(115, tcp.Memory);
        Assert.Equal("no", tcp.Pressure);
        Assert.True(tcp.Slab);
        Assert.Equal("kernel", tcp.Module);
        Assert.Equal(18, tcp.Methods.Length);
        Assert.Equal(-1, protocols.Single(p => p.Name == "NETLINK").Memory);
        Assert.Equal("NI", protocols[0].Pressure);
    }

    [Fact]
    public void Softnet_stat_from_fixture_and_older_shorter_lines()
    {
        var softnet = Fixtures.Fs().SoftnetStat();
        Assert.Equal(2, softnet.Count);
        Assert.Equal(0x15fbu, softnet[0].Processed);
        Assert.Equal(0u, softnet[0].Cpu);
        Assert.Equal(1u, softnet[1].Cpu);
        Assert.Equal(1u, softnet[1].TimeSqueeze);
        Assert.Equal(0u, softnet[1].ProcessQueueLength);

        var old = SoftnetStat.ParseTable(Fixtures.Bytes(
            "0000a1b2 00000003 0000000f 00000000 00000000 00000000 00000000 00000000 00000000\n" +
            "0000a1b2 00000003 0000000f 00000000 00000000 00000000 00000000 00000000 00000000 00000010 00000002 00000004 00000001\n"));
        Assert.Equal(0xa1b2u, old[0].Processed);
        Assert.Equal(3u, old[0].Dropped);
        Assert.Null(old[0].ReceivedRps);
        Assert.Null(old[0].Cpu);
        Assert.Equal(0x10u, old[1].ReceivedRps);
        Assert.Equal(2u, old[1].FlowLimitCount);
        Assert.Equal(4u, old[1].BacklogLength);
        Assert.Equal(1u, old[1].Cpu);
        Assert.Null(old[1].InputQueueLength);
    }

    [Fact]
    public void Snmp6_from_fixture()
    {
        var snmp6 = Fixtures.Fs().Snmp6();

        Assert.Equal(9UL, snmp6.InReceives);
        Assert.Equal(9UL, snmp6.InDelivers);
        Assert.Equal(20UL, snmp6.OutRequests);
        Assert.Equal(0UL, snmp6.UdpInDatagrams);
        Assert.Equal(2UL, snmp6.Counters["Icmp6InMsgs"]);
        Assert.False(snmp6.Counters.ContainsKey("Ip6InReceives"));
        Assert.Equal(85, snmp6.Counters.Count);
    }
}
