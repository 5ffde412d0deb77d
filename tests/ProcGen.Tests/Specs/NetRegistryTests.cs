using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// Small files of <c>/proc/net</c>: <c>wireless</c>, <c>connector</c>, <c>pnp</c>, <c>ipconfig/ntp_servers</c>,
/// <c>ip6_flowlabel</c> and the multicast routing tables (<c>ip_mr_vif</c>, <c>ip_mr_cache</c>, <c>ip6_mr_vif</c>,
/// <c>ip6_mr_cache</c>), from the capture where this machine has them and from hand-made content in the kernel's
/// formats (<c>wireless_seq_printf_stats</c>, <c>cn_proc_show</c>, <c>pnp_seq_show</c>, <c>ntp_servers_show</c>,
/// <c>ip6fl_seq_show</c>, <c>ipmr_vif_seq_show</c>, <c>ipmr_mfc_seq_show</c> and their <c>ip6mr</c> twins).
/// </summary>
public class NetRegistryTests
{
    public const string Wireless =
        "Inter-| sta-|   Quality        |   Discarded packets               | Missed | WE\n" +
        " face | tus | link level noise |  nwid  crypt   frag  retry   misc | beacon | 22\n" +
        " wlan0: 0000   54.  -256.  -256        0      0      0      0     12        0\n" +
        "wlp3s0b1: 0001   70.  -40.  -95.        3      1      2      4      0       17\n";

    public const string Pnp = "#PROTO: DHCP\ndomain example.org\nnameserver 192.0.2.53\nnameserver 198.51.100.53\nbootserver 192.0.2.1\n";

    public const string NtpServers = "192.0.2.123\n203.0.113.7\n";

    public const string FlowLabels =
        "Label S Owner  Users  Linger Expires  Dst                              Opt\n" +
        "0ABCD 2 4242   1      6      -3       20010db8000000000000000000000001 0   \n" +
        "FFFFF 3 1000   2      60     120      fe800000000000000000000000000002 24  \n";

    public const string IpVifs =
        "Interface      BytesIn  PktsIn  BytesOut PktsOut Flags Local    Remote\n" +
        " 0 eth0          1500000    1200         0       0 00000 0100A8C0 00000000\n" +
        " 1 pimreg              0       0   9000000    7000 00004 0100A8C0 00000000\n" +
        "12 tun0               40       1        80       2 00001 0A00000A 0200000A\n";

    public const string IpCache =
        "Group    Origin   Iif     Pkts    Bytes    Wrong Oifs\n" +
        "010A00EF 0200A8C0 0          120   156000        0  1:1    2:64 \n" +
        "020A00EF 0300A8C0 1            0        0        3\n" +
        "030A00EF 0400A8C0 -1           0        0        0\n";

    public const string Ip6Vifs =
        "Interface      BytesIn  PktsIn  BytesOut PktsOut Flags\n" +
        " 0 eth0            64000     500      3200      25 00000\n" +
        " 1 pim6reg             0       0         0       0 00001\n";

    public const string Ip6Cache =
        "Group                            Origin                           Iif      Pkts  Bytes     Wrong  Oifs\n" +
        "ff0e:0000:0000:0000:0000:0000:0000:0101 2001:0db8:0000:0000:0000:0000:0000:0010 0         42     4200        0  1:1  \n" +
        "ff3e:0000:0000:0000:0000:0000:8000:0001 2001:0db8:0000:0000:0000:0000:0000:0020 1          0        0        0\n";

    [Fact]
    public void Wireless_interfaces_with_updated_marks()
    {
        var rows = WirelessStatistics.ParseTable(Fixtures.Bytes(Wireless));
        Assert.Equal(2, rows.Count);
        var wlan = rows[0];
        Assert.Equal("wlan0", wlan.Interface);
        Assert.Equal(0, wlan.Status);
        Assert.Equal(new WirelessLevel(54, true), wlan.LinkQuality);
        Assert.Equal(new WirelessLevel(-256, true), wlan.SignalLevel);
        Assert.Equal(new WirelessLevel(-256, false), wlan.NoiseLevel);
        Assert.Equal(12, wlan.DiscardedMisc);
        Assert.Equal("54.", wlan.LinkQuality.ToString());

        var other = rows[1];
        Assert.Equal("wlp3s0b1", other.Interface);
        Assert.Equal(1, other.Status);
        Assert.Equal(-95, other.NoiseLevel.Value);
        Assert.Equal((3, 1, 2, 4), (other.DiscardedNetworkId, other.DiscardedCrypt, other.DiscardedFragment, other.DiscardedRetry));
        Assert.Equal(17, other.MissedBeacons);

        Assert.Empty(WirelessStatistics.ParseTable(Fixtures.Bytes(string.Join("\n", Wireless.Split('\n').Take(2)) + "\n")));
        ParseAssert.Fails(u => WirelessStatistics.ParseTable(u), Wireless.Replace("54.", "5x."), 3, ParseAssert.ColumnOf(Wireless.Split('\n')[2], "54."), "LinkQuality");
        ParseAssert.Fails(u => WirelessStatistics.ParseTable(u), Wireless.Replace("0000   54", "000z   54"), 3, 9, "Status");
    }

    [Fact]
    public void Connector_from_fixture()
    {
        var callback = Assert.Single(Fixtures.Fs().Connector());
        Assert.Equal("cn_proc", callback.Name);
        Assert.Equal(new ConnectorId(1, 1), callback.Id);

        var rows = ConnectorCallback.ParseTable(Fixtures.Bytes("Name            ID\ncn_proc         1:1\nw1              3:1\n"));
        Assert.Equal(new ConnectorId(3, 1), rows[1].Id);
        Assert.Equal("3:1", rows[1].Id.ToString());
        ParseAssert.Fails(u => ConnectorCallback.ParseTable(u), "Name            ID\ncn_proc         1-1\n", 2, 17, "Id");
    }

    [Fact]
    public void Pnp_from_fixture_and_after_dhcp()
    {
        var manual = Assert.Single(Fixtures.Fs().IpConfig());
        Assert.Equal("#MANUAL", manual.Keyword);
        Assert.Null(manual.Argument);
        Assert.Null(manual.Protocol);

        var lines = IpConfigLine.ParseTable(Fixtures.Bytes(Pnp));
        Assert.Equal("DHCP", lines[0].Protocol);
        Assert.Equal("example.org", lines[1].Argument);
        Assert.Null(lines[1].Address);
        Assert.Equal(["192.0.2.53", "198.51.100.53"], lines.Where(l => l.Keyword == "nameserver").Select(l => l.Address.ToString()));
        Assert.Equal("192.0.2.1", lines[4].Address.ToString());
    }

    [Fact]
    public void Ntp_servers_empty_in_fixture_and_hand_made()
    {
        Assert.Empty(Fixtures.Fs().NtpServers());
        var servers = NtpServer.ParseTable(Fixtures.Bytes(NtpServers));
        Assert.Equal(["192.0.2.123", "203.0.113.7"], servers.Select(s => s.Address.ToString()));
        ParseAssert.Fails(u => NtpServer.ParseTable(u), "192.0.2.123\n203.0.113\n", 2, 1, "Address");
    }

    [Fact]
    public void Ip6_flowlabel_header_only_in_fixture_and_hand_made()
    {
        Assert.Empty(Fixtures.Fs().Ip6FlowLabel());
        var labels = Ipv6FlowLabel.ParseTable(Fixtures.Bytes(FlowLabels));
        Assert.Equal(2, labels.Count);
        Assert.Equal(0xABCDu, labels[0].Label);
        Assert.Equal(2, labels[0].Share);
        Assert.Equal(4242, labels[0].Owner);
        Assert.Equal(6, labels[0].LingerSeconds);
        Assert.Equal(-3, labels[0].ExpiresSeconds);
        Assert.Equal("2001:db8::1", labels[0].Destination.ToString());
        Assert.Equal(0xFFFFFu, labels[1].Label);
        Assert.Equal("fe80::2", labels[1].Destination.ToString());
        Assert.Equal(24, labels[1].OptionsLength);
        ParseAssert.Fails(u => Ipv6FlowLabel.ParseTable(u), FlowLabels.Replace("0ABCD", "0ABCG"), 2, 1, "Label");
    }

    [Fact]
    public void Ipv4_multicast_routing()
    {
        var vifs = MulticastVirtualInterface.ParseTable(Fixtures.Bytes(IpVifs));
        Assert.Equal(3, vifs.Count);
        Assert.Equal((0, "eth0", 1500000UL, 1200UL), (vifs[0].Index, vifs[0].Interface, vifs[0].BytesIn, vifs[0].PacketsIn));
        Assert.Equal("192.168.0.1", vifs[0].Local.ToString());
        Assert.Equal(4u, vifs[1].Flags);
        Assert.Equal(9000000UL, vifs[1].BytesOut);
        Assert.Equal(12, vifs[2].Index);
        Assert.Equal("10.0.0.2", vifs[2].Remote.ToString());

        var cache = MulticastForwardingEntry.ParseTable(Fixtures.Bytes(IpCache));
        Assert.Equal(3, cache.Count);
        Assert.Equal("239.0.10.1", cache[0].Group.ToString());
        Assert.Equal("192.168.0.2", cache[0].Origin.ToString());
        Assert.Equal(0, cache[0].InputInterface);
        Assert.Equal(156000UL, cache[0].Bytes);
        Assert.Equal([new MulticastOutputInterface(1, 1), new MulticastOutputInterface(2, 64)], cache[0].OutputInterfaces!.Interfaces);
        Assert.Equal(3UL, cache[1].WrongInterface);
        Assert.Null(cache[1].OutputInterfaces);
        Assert.Equal(-1, cache[2].InputInterface);

        ParseAssert.Fails(u => MulticastForwardingEntry.ParseTable(u), IpCache.Replace("2:64", "2-64"), 2, ParseAssert.ColumnOf(IpCache.Split('\n')[1], "1:1"), "OutputInterfaces");
        ParseAssert.Fails(u => MulticastVirtualInterface.ParseTable(u), IpVifs.Replace("1500000", "15OO000"), 2, ParseAssert.ColumnOf(IpVifs.Split('\n')[1], "1500000"), "BytesIn");
    }

    [Fact]
    public void Ipv6_multicast_routing()
    {
        var mifs = Ipv6MulticastVirtualInterface.ParseTable(Fixtures.Bytes(Ip6Vifs));
        Assert.Equal(2, mifs.Count);
        Assert.Equal(64000UL, mifs[0].BytesIn);
        Assert.Equal(25UL, mifs[0].PacketsOut);
        Assert.Equal(("pim6reg", 1u), (mifs[1].Interface, mifs[1].Flags));

        var cache = MulticastForwardingEntry.ParseTable(Fixtures.Bytes(Ip6Cache));
        Assert.Equal(2, cache.Count);
        Assert.Equal("ff0e::101", cache[0].Group.ToString());
        Assert.Equal("2001:db8::10", cache[0].Origin.ToString());
        Assert.Equal(42UL, cache[0].Packets);
        Assert.Equal(new MulticastOutputInterface(1, 1), Assert.Single(cache[0].OutputInterfaces!.Interfaces));
        Assert.Equal("ff3e::8000:1", cache[1].Group.ToString());
        Assert.Null(cache[1].OutputInterfaces);

        ParseAssert.Fails(u => MulticastForwardingEntry.ParseTable(u), Ip6Cache.Replace("ff0e:0000", "ff0e-0000"), 2, 1, "Group");
    }

    [Theory]
    [InlineData("1/net/wireless", typeof(ProcTable<WirelessStatistics>))]
    [InlineData("1/net/connector", typeof(ProcTable<ConnectorCallback>))]
    [InlineData("1/net/pnp", typeof(ProcTable<IpConfigLine>))]
    [InlineData("1/net/ipconfig/ntp_servers", typeof(ProcTable<NtpServer>))]
    [InlineData("1/net/ip6_flowlabel", typeof(ProcTable<Ipv6FlowLabel>))]
    [InlineData("1/net/ip_mr_vif", typeof(ProcTable<MulticastVirtualInterface>))]
    [InlineData("1/net/ip6_mr_vif", typeof(ProcTable<Ipv6MulticastVirtualInterface>))]
    [InlineData("1/net/ip_mr_cache", typeof(ProcTable<MulticastForwardingEntry>))]
    [InlineData("self/net/ip6_mr_cache", typeof(ProcTable<MulticastForwardingEntry>))]
    public void Per_process_twins_are_declared(string path, System.Type recordType)
        => Assert.Equal(recordType, Catalog.Find(path)?.RecordType);
}
