using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// The per-CPU statistics tables of <c>/proc/net/stat</c> and the small registries of <c>/proc/net</c> (<c>packet</c>,
/// <c>netlink</c>, <c>ptype</c>, <c>dev_mcast</c>, <c>psched</c>, <c>rt6_stats</c>, <c>xfrm_stat</c>), from the capture
/// and from hand-made lines in the kernel's formats.
/// </summary>
public class NetStatisticsTests
{
    private const string NeighHeader =
        "entries  allocs   destroys hash_grows lookups  hits     res_failed rcv_probes_mcast rcv_probes_ucast periodic_gc_runs forced_gc_runs unresolved_discards table_fulls\n";

    [Fact]
    public void Arp_and_ndisc_cache_from_fixture()
    {
        var fs = Fixtures.Fs();

        var arp = fs.ArpCacheStatistics();
        Assert.Equal(2, arp.Count);
        Assert.All(arp, cpu => Assert.Equal(2u, cpu.Entries));
        Assert.Equal(2UL, arp[0].Allocs);
        Assert.Equal(4UL, arp[0].Lookups);
        Assert.Equal(0x2c3UL, arp[0].PeriodicGcRuns);
        Assert.Equal(0xdUL, arp[1].Lookups);
        Assert.Equal(0xdUL, arp[1].Hits);
        Assert.Equal(0UL, arp[1].TableFulls);
        Assert.Equal(0UL, arp[1].UnresolvedDiscards);

        var ndisc = fs.NdiscCacheStatistics();
        Assert.Equal(2, ndisc.Count);
        Assert.Equal(5u, ndisc[0].Entries);
        Assert.Equal(3UL, ndisc[0].Allocs);
        Assert.Equal(1UL, ndisc[0].ResolutionFailures);
        Assert.Equal(2UL, ndisc[1].Allocs);
        Assert.Equal(0x2c5UL, ndisc[1].PeriodicGcRuns);
    }

    [Fact]
    public void Neighbour_cache_of_an_older_kernel_lacks_the_newer_columns()
    {
        // 2.6.24 – 4.4: no table_fulls.
        var old = NeighbourCacheStatistics.ParseTable(Fixtures.Bytes(
            "entries  allocs   destroys hash_grows lookups  hits     res_failed rcv_probes_mcast rcv_probes_ucast periodic_gc_runs forced_gc_runs unresolved_discards\n" +
            "0000000a 0000001f 00000015 00000001   000abcde 000abc00 00000003   00000000         00000002         00001000         00000000       00000004\n"));
        var cpu = Assert.Single(old);
        Assert.Equal(10u, cpu.Entries);
        Assert.Equal(0x1fUL, cpu.Allocs);
        Assert.Equal(0x15UL, cpu.Destroys);
        Assert.Equal(0xabcdeUL, cpu.Lookups);
        Assert.Equal(2UL, cpu.ReceivedUnicastProbes);
        Assert.Equal(4UL, cpu.UnresolvedDiscards);
        Assert.Null(cpu.TableFulls);

        Assert.Empty(NeighbourCacheStatistics.ParseTable(Fixtures.Bytes(NeighHeader)));
    }

    [Theory]
    [InlineData("00000002 00000002 00000000 0000000g   00000004 00000000 00000000   00000000         00000000         000002c3         00000000       00000000            00000000\n", 28)]
    [InlineData("00000002 00000002 00000000\n", 27)]   // cut short before a required column: located at the end of the line
    public void Malformed_neighbour_cache_rows_fail_with_a_location(string line, int column)
    {
        var e = Assert.Throws<ProcParseException>(() => NeighbourCacheStatistics.ParseTable(Fixtures.Bytes(NeighHeader + line)));
        Assert.Equal(2, e.Line);
        Assert.Equal(column, e.Column);
    }

    [Fact]
    public void Rt_cache_from_fixture()
    {
        var rt = Fixtures.Fs().RouteCacheStatistics();

        Assert.Equal(2, rt.Count);
        Assert.Equal(5u, rt[0].Entries);
        Assert.Equal(0u, rt[0].InputSlowTotal);
        Assert.Equal(2u, rt[0].OutputSlowTotal);
        Assert.Equal(1u, rt[1].InputSlowTotal);
        Assert.Equal(2u, rt[1].OutputSlowTotal);
        Assert.Equal(0u, rt[1].OutputHashListSearch);
    }

    [Fact]
    public void Nf_conntrack_from_fixture_and_the_older_layout()
    {
        var ct = Fixtures.Fs().ConntrackStatistics();
        Assert.Equal(2, ct.Count);
        Assert.Equal(0u, ct[0].Entries);
        Assert.Equal(0u, ct[0].ClashesResolved);
        Assert.Equal(0u, ct[0].ChainLength);
        Assert.Null(ct[0].Searched);
        Assert.Null(ct[0].DeleteList);
        Assert.Equal(0u, ct[1].SearchRestart);

        // Before 5.9: searched and delete_list where current kernels print clashres and chainlength.
        var old = ConntrackStatistics.ParseTable(Fixtures.Bytes(
            "entries  searched found new invalid ignore delete delete_list insert insert_failed drop early_drop icmp_error  expect_new expect_create expect_delete search_restart\n" +
            "0000004e  00000000 00012a4c 000009f1 00000102 0003fd11 000009a2 000009a2 000009f1 00000000 00000000 00000000 00000007  00000000 00000000 00000000 00000011\n" +
            "0000004e  00000000 00000b13 00000044 00000003 00001234 00000040 00000040 00000044 00000001 00000000 00000000 00000000  00000000 00000000 00000000 00000000\n"));
        Assert.Equal(2, old.Count);
        Assert.Equal(0x4eu, old[0].Entries);
        Assert.Equal(0u, old[0].Searched);
        Assert.Null(old[0].ClashesResolved);
        Assert.Null(old[0].ChainLength);
        Assert.Equal(0x12a4cu, old[0].Found);
        Assert.Equal(0x9f1u, old[0].New);
        Assert.Equal(0x102u, old[0].Invalid);
        Assert.Equal(0x3fd11u, old[0].Ignore);
        Assert.Equal(0x9a2u, old[0].DeleteList);
        Assert.Equal(0x9f1u, old[0].Insert);
        Assert.Equal(7u, old[0].IcmpError);
        Assert.Equal(0x11u, old[0].SearchRestart);
        Assert.Equal(1u, old[1].InsertFailed);
    }

    [Fact]
    public void Nf_conntrack_malformed_row_is_located()
    {
        var e = Assert.Throws<ProcParseException>(() => ConntrackStatistics.ParseTable(Fixtures.Bytes(
            "entries  clashres found new invalid ignore delete chainlength insert insert_failed drop early_drop icmp_error  expect_new expect_create expect_delete search_restart\n" +
            "00000000  00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000  00000000 00000000 00000000 00000000\n" +
            "00000000  00000000 00000000 00000000 -0000001 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000  00000000 00000000 00000000 00000000\n")));
        Assert.Equal(3, e.Line);
        Assert.Equal(38, e.Column);
    }

    [Fact]
    public void Packet_header_only_fixture_and_a_socket()
    {
        Assert.Empty(Fixtures.Fs().Packet());

        var sockets = PacketSocket.ParseTable(Fixtures.Bytes(
            "sk               RefCnt Type Proto  Iface R Rmem   User   Inode\n" +
            "ffff8f2a4c3e1000 3      3      88cc   2     1 0      0      31337 \n" +
            "0000000000000000 2      2      0000   0     0 2304   1000   4711  \n"));
        Assert.Equal(2, sockets.Count);
        Assert.Equal(0xffff8f2a4c3e1000UL, sockets[0].Address);
        Assert.Equal(3, sockets[0].RefCount);
        Assert.Equal(3, sockets[0].Type);
        Assert.Equal((ushort)0x88cc, sockets[0].Protocol);
        Assert.Equal(2, sockets[0].InterfaceIndex);
        Assert.True(sockets[0].IsRunning);
        Assert.Equal(31337UL, sockets[0].Inode);
        Assert.False(sockets[1].IsRunning);
        Assert.Equal(2304u, sockets[1].ReceiveMemory);
        Assert.Equal(1000u, sockets[1].Uid);
    }

    [Fact]
    public void Netlink_from_fixture()
    {
        var netlink = Fixtures.Fs().Netlink();

        Assert.Equal(10, netlink.Count);
        Assert.Equal(0xf29f9981UL, netlink[0].Address);
        Assert.Equal(0, netlink[0].Protocol);
        Assert.Equal(4UL, netlink[0].Inode);
        Assert.Equal(2, netlink[0].RefCount);
        Assert.Equal(new[] { 0, 4, 6, 7, 9, 10, 11, 12, 15, 16 }, netlink.Select(s => s.Protocol));
        Assert.Equal(1041UL, netlink[5].Inode);
        Assert.All(netlink, s => Assert.Equal(0u, s.PortId));
        Assert.Equal(5UL, netlink[^1].Inode);
    }

    [Fact]
    public void Netlink_user_socket_and_a_malformed_line()
    {
        const string header = "sk               Eth Pid        Groups   Rmem     Wmem     Dump  Locks    Drops    Inode\n";
        var socket = Assert.Single(NetlinkSocket.ParseTable(Fixtures.Bytes(header +
            "ffff9b0a43c2e800 15  4294965311 00000001 0        0        1     2        17       21934   \n")));
        Assert.Equal(15, socket.Protocol);
        Assert.Equal(4294965311u, socket.PortId);
        Assert.Equal(1u, socket.Groups);
        Assert.Equal(1, socket.Dump);
        Assert.Equal(17u, socket.Drops);

        var e = Assert.Throws<ProcParseException>(() => NetlinkSocket.ParseTable(Fixtures.Bytes(header +
            "ffff9b0a43c2e800 15  0          0000000z 0        0        0     2        0        21934   \n")));
        Assert.Equal(2, e.Line);
        Assert.Equal(33, e.Column);
    }

    [Fact]
    public void Ptype_from_fixture_and_bound_and_module_handlers()
    {
        var ptype = Fixtures.Fs().Ptype();
        Assert.Equal(new[] { "ip_rcv", "llc_rcv", "arp_rcv", "ipv6_rcv" }, ptype.Select(p => p.Function));
        Assert.Equal(new ushort?[] { 0x0800, 0x0004, 0x0806, 0x86dd }, ptype.Select(p => p.EtherType));
        Assert.All(ptype, p => Assert.Null(p.Device));

        var hand = PacketHandler.ParseTable(Fixtures.Bytes(
            "Type Device      Function\n" +
            "ALL  eth0     tpacket_rcv\n" +
            "ALL           packet_rcv [af_packet]\n" +
            "88cc enp0s31f6 packet_rcv_spkt [af_packet]\n"));
        Assert.True(hand[0].IsAll);
        Assert.Null(hand[0].EtherType);
        Assert.Equal("eth0", hand[0].Device);
        Assert.Equal("tpacket_rcv", hand[0].Function);
        Assert.Null(hand[1].Device);
        Assert.Equal("packet_rcv [af_packet]", hand[1].Function);
        Assert.Equal((ushort)0x88cc, hand[2].EtherType);
        Assert.Equal("enp0s31f6", hand[2].Device);
        Assert.Equal("packet_rcv_spkt [af_packet]", hand[2].Function);

        Assert.Empty(PacketHandler.ParseTable(Fixtures.Bytes("Type Device      Function\n")));
        var e = Assert.Throws<ProcParseException>(() => PacketHandler.ParseTable(Fixtures.Bytes("Type Device      Function\n0800\n")));
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Dev_mcast_from_fixture_and_a_malformed_line()
    {
        var mcast = Fixtures.Fs().DevMcast();
        Assert.Equal(6, mcast.Count);
        Assert.Equal(2, mcast[0].InterfaceIndex);
        Assert.Equal("ifb0", mcast[0].Interface);
        Assert.Equal(1, mcast[0].RefCount);
        Assert.Equal(0, mcast[0].GlobalUse);
        Assert.Equal("333300000001", mcast[0].Address);
        Assert.Equal("01005e000001", mcast[3].Address);
        Assert.Equal(new[] { "ifb0", "ifb1", "eth0", "eth0", "eth0", "eth0" }, mcast.Select(m => m.Interface));

        Assert.Empty(MulticastAddress.ParseTable(Fixtures.Bytes("")));
        var e = Assert.Throws<ProcParseException>(() => MulticastAddress.ParseTable(Fixtures.Bytes(
            "2    ifb0            1     0     333300000001\n4    eth0            x     0     01005e000001\n")));
        Assert.Equal(2, e.Line);
        Assert.Equal(22, e.Column);
    }

    [Fact]
    public void Psched_and_rt6_stats_from_fixture()
    {
        var fs = Fixtures.Fs();

        var psched = fs.Psched();
        Assert.Equal(1000u, psched.NanosecondsPerMicrosecond);
        Assert.Equal(64u, psched.NanosecondsPerTick);
        Assert.Equal(1000000u, psched.ClockResolution);
        Assert.Equal(1000000000u, psched.TimerFrequency);

        var rt6 = fs.Rt6Stats();
        Assert.Equal(9u, rt6.FibNodes);
        Assert.Equal(6u, rt6.FibRouteNodes);
        Assert.Equal(0xdu, rt6.FibRouteAllocations);
        Assert.Equal(7u, rt6.FibRouteEntries);
        Assert.Equal(0u, rt6.FibRouteCache);
        Assert.Equal(0u, rt6.DstEntries);
        Assert.Equal(0u, rt6.DiscardedRoutes);
    }

    [Fact]
    public void Rt6_stats_wider_than_four_digits_and_malformed_one_liners()
    {
        var big = Ipv6RouteStatistics.Parse(Fixtures.Bytes("1a2b3 1a2b0 1a2d1 1a2c0 0000 0002 0010\n"));
        Assert.Equal(0x1a2b3u, big.FibNodes);
        Assert.Equal(0x10u, big.DiscardedRoutes);

        var short6 = Assert.Throws<ProcParseException>(() => Ipv6RouteStatistics.Parse(Fixtures.Bytes("0009 0006 000d 0007 0000 0000\n")));
        Assert.Equal(1, short6.Line);
        Assert.Equal(30, short6.Column);

        var bad = Assert.Throws<ProcParseException>(() => PacketSchedulerClock.Parse(Fixtures.Bytes("000003e8 00000040 000fz240 3b9aca00\n")));
        Assert.Equal(1, bad.Line);
        Assert.Equal(19, bad.Column);
    }

    [Fact]
    public void Xfrm_stat_from_fixture_and_an_older_kernel()
    {
        var xfrm = Fixtures.Fs().XfrmStat();
        Assert.Equal(0UL, xfrm.InError);
        Assert.Equal(0UL, xfrm.InNoStates);
        Assert.Equal(0UL, xfrm.OutNoStates);
        Assert.Equal(27, xfrm.Counters.Count);   // 32 lines, 5 bound
        Assert.Equal(0UL, xfrm.Counters["XfrmOutNoQueueSpace"]);
        Assert.False(xfrm.Counters.ContainsKey("XfrmInError"));

        var old = XfrmStatistics.Parse(Fixtures.Bytes(
            "XfrmInError             \t3\n" +
            "XfrmInNoStates          \t12345678901\n" +
            "XfrmOutPolBlock         \t7\n"));
        Assert.Equal(3UL, old.InError);
        Assert.Equal(12345678901UL, old.InNoStates);
        Assert.Null(old.OutError);
        Assert.Equal(7UL, old.Counters["XfrmOutPolBlock"]);

        var e = Assert.Throws<ProcParseException>(() => XfrmStatistics.Parse(Fixtures.Bytes("XfrmInError             \t3\nXfrmOutError            \t-1\n")));
        Assert.Equal(2, e.Line);
        Assert.Equal(26, e.Column);
    }

    [Fact]
    public void Igmp6_from_fixture_and_a_running_timer()
    {
        var groups = Fixtures.Fs().Igmp6();
        Assert.Equal(10, groups.Count);
        Assert.Equal("lo", groups[0].Interface);
        Assert.Equal(System.Net.IPAddress.Parse("ff02::1"), groups[0].Group.ToIPAddress());
        Assert.Equal(1, groups[0].Users);
        Assert.Equal(0xCu, groups[0].Flags);
        Assert.Equal(System.Net.IPAddress.Parse("ff01::1"), groups[1].Group.ToIPAddress());
        Assert.Equal(0x8u, groups[1].Flags);
        Assert.Equal(4, groups[6].InterfaceIndex);
        Assert.Equal(System.Net.IPAddress.Parse("ff02::1:ff00:2"), groups[6].Group.ToIPAddress());
        Assert.Equal(0L, groups[6].TimerJiffies);

        var pending = Assert.Single(Ipv6MulticastGroup.ParseTable(Fixtures.Bytes(
            "7    wlp0s20f3       ff0200000000000000000001ff4a2b3c     2 00000001 312\n")));
        Assert.Equal("wlp0s20f3", pending.Interface);
        Assert.Equal(2, pending.Users);
        Assert.Equal(312L, pending.TimerJiffies);

        var e = Assert.Throws<ProcParseException>(() => Ipv6MulticastGroup.ParseTable(Fixtures.Bytes(
            "1    lo              ff02000000000000000000000000001     1 0000000C 0\n")));
        Assert.Equal(1, e.Line);
        Assert.Equal(22, e.Column);
    }
}
