using System.Linq;
using System.Net;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// The netfilter files: <c>nf_conntrack</c>, <c>ip_conntrack</c>, <c>nf_conntrack_expect</c>,
/// <c>netfilter/nfnetlink_queue</c>, <c>netfilter/nf_queue</c>, <c>xt_recent/NAME</c> and
/// <c>ipt_hashlimit/NAME</c>/<c>ip6t_hashlimit/NAME</c>, from the capture (a private network namespace with
/// iptables rules) and from lines written after the kernel's format code (<c>ct_seq_show</c>, <c>exp_seq_show</c>,
/// <c>seq_show</c> of nfnetlink_queue, <c>recent_seq_show</c>, <c>dl_seq_real_show</c>).
/// </summary>
public class NetfilterTests
{
    private static readonly IPAddress Doc6 = IPAddress.Parse("2001:db8::1");

    [Fact]
    public void Conntrack_from_fixture_reads_both_families_flags_and_accounting()
    {
        var entries = Fixtures.Fs().NfConntrack();

        Assert.Equal(4, entries.Count);
        var udp = entries[0];
        Assert.Equal(("ipv4", 2, "udp", 17), (udp.NetworkProtocol, udp.Family, udp.TransportProtocol, udp.Protocol));
        Assert.Equal(29, udp.Flow.TimeoutSeconds);
        Assert.Null(udp.Flow.State);
        Assert.True(udp.Flow.Unreplied);
        Assert.False(udp.Flow.Assured);
        Assert.Equal(IPAddress.Loopback, udp.Original.Source.ToIPAddress());
        Assert.Equal((ushort)52081, udp.Original.SourcePort);
        Assert.Equal((ushort)5353, udp.Original.DestinationPort);
        Assert.Equal((ushort)5353, udp.Reply.SourcePort);
        Assert.Equal((1UL, 30UL, 0UL, 0UL), (udp.Flow.OriginalPackets!.Value, udp.Flow.OriginalBytes!.Value, udp.Flow.ReplyPackets!.Value, udp.Flow.ReplyBytes!.Value));
        Assert.Equal((0u, (ushort)0, 2u), (udp.Flow.Mark!.Value, udp.Flow.Zone!.Value, udp.Flow.Use));

        var tcp = entries[1];
        Assert.Equal(431999, tcp.Flow.TimeoutSeconds);
        Assert.Equal("ESTABLISHED", tcp.Flow.State);
        Assert.True(tcp.Flow.Assured);
        Assert.False(tcp.Flow.Unreplied);
        Assert.Null(tcp.Flow.OriginalPackets);   // tracked before accounting was switched on
        Assert.Equal((ushort)8080, tcp.Original.DestinationPort);

        var tcp6 = entries[2];
        Assert.Equal(("ipv6", 10), (tcp6.NetworkProtocol, tcp6.Family));
        Assert.Equal(Doc6, tcp6.Original.Source.ToIPAddress());
        Assert.Equal(Doc6, tcp6.Reply.Destination.ToIPAddress());
        Assert.Equal(227UL, tcp6.Flow.OriginalBytes);
        Assert.Equal(152UL, tcp6.Flow.ReplyBytes);

        var icmp = entries[3];
        Assert.Equal(("icmp", 1), (icmp.TransportProtocol, icmp.Protocol));
        Assert.Equal(((byte)8, (byte)0, (ushort)1), (icmp.Original.IcmpType!.Value, icmp.Original.IcmpCode!.Value, icmp.Original.IcmpId!.Value));
        Assert.Equal((byte)0, icmp.Reply.IcmpType);
        Assert.Null(icmp.Original.SourcePort);

        Assert.Equal("29 src=127.0.0.1 dst=127.0.0.1 sport=52081 dport=5353 packets=1 bytes=30 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=5353 dport=52081 packets=0 bytes=0 mark=0 zone=0 use=2",
            udp.Flow.ToString());
    }

    [Fact]
    public void Conntrack_hand_made_nat_zones_offload_secctx_and_gre()
    {
        var entries = ConntrackEntry.ParseTable(Fixtures.Bytes(
            // SNAT: the reply goes to the translated address. Zones per direction, a security context, timestamps.
            "ipv4     2 tcp      6 117 TIME_WAIT src=10.0.0.5 dst=93.184.216.34 sport=40000 dport=443 zone-orig=3 src=93.184.216.34 dst=192.0.2.10 sport=443 dport=40000 zone-reply=4 [ASSURED] mark=255 secctx=system_u:object_r:unlabeled_t:s0 delta-time=12 use=1\n" +
            // An offloaded flow prints no timeout.
            "ipv4     2 udp      17 src=10.0.0.5 dst=10.0.0.6 sport=1 dport=2 src=10.0.0.6 dst=10.0.0.5 sport=2 dport=1 [HW_OFFLOAD] mark=0 use=3\n" +
            "ipv4     2 gre      47 179 src=10.0.0.1 dst=10.0.0.2 srckey=0x0 dstkey=0x1a2b src=10.0.0.2 dst=10.0.0.1 srckey=0x1a2b dstkey=0x0 use=2\n" +
            "ipv6     10 unknown  89 597 src=fe80:0000:0000:0000:0000:0000:0000:0001 dst=ff02:0000:0000:0000:0000:0000:0000:0005 [UNREPLIED] src=ff02:0000:0000:0000:0000:0000:0000:0005 dst=fe80:0000:0000:0000:0000:0000:0000:0001 mark=0 zone=0 use=2\n"));

        var nat = entries[0];
        Assert.Equal("TIME_WAIT", nat.Flow.State);
        Assert.Equal(IPAddress.Parse("192.0.2.10"), nat.Reply.Destination.ToIPAddress());
        Assert.Equal(((ushort)3, (ushort)4), (nat.Flow.OriginalZone!.Value, nat.Flow.ReplyZone!.Value));
        Assert.Null(nat.Flow.Zone);
        Assert.Equal(255u, nat.Flow.Mark);
        Assert.Equal("system_u:object_r:unlabeled_t:s0", nat.Flow.SecurityContext);
        Assert.Equal(12UL, nat.Flow.DeltaTimeSeconds);

        Assert.Null(entries[1].Flow.TimeoutSeconds);
        Assert.True(entries[1].Flow.HardwareOffloaded);
        Assert.Equal(3u, entries[1].Flow.Use);

        Assert.Equal(0x1a2bu, entries[2].Original.DestinationKey);
        Assert.Equal(0x1a2bu, entries[2].Reply.SourceKey);

        var ospf = entries[3];
        Assert.Equal(IPAddress.Parse("ff02::5"), ospf.Original.Destination.ToIPAddress());
        Assert.Null(ospf.Original.SourcePort);
        Assert.True(ospf.Flow.Unreplied);
    }

    [Fact]
    public void Legacy_ip_conntrack_has_no_network_columns()
    {
        var entries = LegacyConntrackEntry.ParseTable(Fixtures.Bytes(
            "tcp      6 431997 ESTABLISHED src=192.168.0.2 dst=192.168.0.1 sport=1025 dport=22 src=192.168.0.1 dst=192.168.0.2 sport=22 dport=1025 [ASSURED] use=1\n" +
            "udp      17 18 src=192.168.0.2 dst=192.168.0.255 sport=138 dport=138 [UNREPLIED] src=192.168.0.255 dst=192.168.0.2 sport=138 dport=138 mark=0 secmark=0 use=1\n"));

        Assert.Equal(("tcp", 6), (entries[0].TransportProtocol, entries[0].Protocol));
        Assert.Equal("ESTABLISHED", entries[0].Flow.State);
        Assert.Null(entries[0].Flow.Mark);
        Assert.Equal(1u, entries[0].Flow.Use);
        Assert.Equal(0u, entries[1].Flow.SecurityMark);
        Assert.True(entries[1].Flow.Unreplied);
    }

    [Theory]
    [InlineData("ipv4     2 tcp      6 117 ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1 dport=2 use=1\n", "ConntrackFlow")]                    // no reply tuple
    [InlineData("ipv4     2 tcp      6 117 src=10.0.0.1 dst=10.0.0.2 sport=1 dport=2 src=10.0.0.2 dst=10.0.0.1 sport=2 dport=1\n", "ConntrackFlow")] // no use=
    [InlineData("ipv4     2 tcp      6 117 src=10.0.0.1 dst=10.0.0.2 sport=70000 dport=2 src=10.0.0.2 dst=10.0.0.1 sport=2 dport=1 use=1\n", "ConntrackFlow")] // port overflow
    [InlineData("ipv4     2 tcp      6 117 src=10.0.0.1 dst=10.0.0.2 sport=1 dport=2 src=10.0.0.2 dst=10.0.0.1 sport=2 dport=1 [WEIRD] use=1\n", "ConntrackFlow")]
    [InlineData("ipv4     2 tcp      6 117 src=10.0.0.1 dst=10.0.0.2 sport=1 dport=2 src=10.0.0.2 dst=10.0.0.1 sport=2 dport=1 use=1 src=10.0.0.1 dst=10.0.0.2\n", "ConntrackFlow")] // a third tuple
    [InlineData("ipv4     2 tcp      6 117 src=10.0.0.999 dst=10.0.0.2 src=10.0.0.2 dst=10.0.0.1 use=1\n", "ConntrackFlow")]
    [InlineData("ipv4     two tcp      6 117\n", "Family")]
    [InlineData("ipv4     2 tcp\n", "Protocol")]
    public void Malformed_conntrack_lines_fail_with_a_location(string line, string mentions)
    {
        var e = Assert.Throws<ProcParseException>(() => ConntrackEntry.ParseTable(Fixtures.Bytes(line)));
        Assert.Equal(1, e.Line);
        Assert.Contains(mentions, e.Expected);
    }

    [Fact]
    public void Conntrack_expectations_hand_made_and_empty_fixture()
    {
        Assert.Empty(Fixtures.Fs().NfConntrackExpect());

        var expectations = ConntrackExpectation.ParseTable(Fixtures.Bytes(
            "297 l3proto = 2 proto=6 src=192.0.2.10 dst=198.51.100.7 sport=0 dport=41235 ftp\n" +
            "- l3proto = 2 proto=17 src=0.0.0.0 dst=192.0.2.10 sport=0 dport=5060 PERMANENT,INACTIVE sip/signalling\n" +
            "12 l3proto = 10 proto=17 src=2001:0db8:0000:0000:0000:0000:0000:0001 dst=2001:0db8:0000:0000:0000:0000:0000:0002 sport=0 dport=69 USERSPACE\n"));

        var ftp = expectations[0];
        Assert.Equal(297, ftp.TimeoutSeconds);
        Assert.Equal((2, 6), (ftp.Family, ftp.Protocol));
        Assert.Equal((ushort)41235, ftp.Target.Tuple.DestinationPort);
        Assert.Equal("ftp", ftp.Target.Helper);
        Assert.Null(ftp.Target.Policy);
        Assert.False(ftp.Target.Permanent);

        var sip = expectations[1];
        Assert.Null(sip.TimeoutSeconds);
        Assert.True(sip.Target.Permanent && sip.Target.Inactive && !sip.Target.Userspace);
        Assert.Equal(("sip", "signalling"), (sip.Target.Helper, sip.Target.Policy));
        Assert.True(sip.Target.Tuple.Source.IsAny);

        Assert.Equal(10, expectations[2].Family);
        Assert.True(expectations[2].Target.Userspace);
        Assert.Null(expectations[2].Target.Helper);
        Assert.Equal(IPAddress.Parse("2001:db8::2"), expectations[2].Target.Tuple.Destination.ToIPAddress());
    }

    [Theory]
    [InlineData("297 l3proto = 2 proto=6 dst=192.0.2.10 src=198.51.100.7 ftp\n", "ConntrackExpectationTarget")]
    [InlineData("297 l3proto = 2 6 src=192.0.2.10 dst=198.51.100.7 ftp\n", "proto=")]
    [InlineData("soon l3proto = 2 proto=6 src=192.0.2.10 dst=198.51.100.7\n", "TimeoutSeconds")]
    [InlineData("297 l3proto = 2 proto=6 src=192.0.2.10 dst=198.51.100.7 ftp extra\n", "ConntrackExpectationTarget")]
    public void Malformed_expectations_fail_on_line_one(string line, string mentions)
    {
        var e = Assert.Throws<ProcParseException>(() => ConntrackExpectation.ParseTable(Fixtures.Bytes(line)));
        Assert.Equal(1, e.Line);
        Assert.Contains(mentions, e.Expected);
    }

    [Fact]
    public void Nfnetlink_queue_empty_fixture_and_hand_made_queues()
    {
        Assert.Empty(Fixtures.Fs().NfnetlinkQueue());

        var queues = NetfilterQueue.ParseTable(Fixtures.Bytes(
            "    0   4321     2 2 65531     0     0       17  1\n" +
            "65535 123456     0 1     0    12     3 4294967295  1\n"));
        Assert.Equal(((ushort)0, 4321u, 2u, (byte)2, 65531u), (queues[0].QueueNumber, queues[0].PortId, queues[0].QueueTotal, queues[0].CopyMode, queues[0].CopyRange));
        Assert.Equal(17u, queues[0].IdSequence);
        Assert.Equal((ushort)65535, queues[1].QueueNumber);
        Assert.Equal((12u, 3u, uint.MaxValue), (queues[1].QueueDropped, queues[1].UserDropped, queues[1].IdSequence));

        ParseAssert.Fails(t => NetfilterQueue.ParseTable(t), "65536   4321 2 2 65531 0 0 17 1\n", 1, 1, "QueueNumber");
        ParseAssert.Fails(t => NetfilterQueue.ParseTable(t), "    0   4321     2 2\n", 1, 21, "CopyRange");
    }

    [Fact]
    public void Legacy_nf_queue_lists_handlers_per_family()
    {
        var handlers = NetfilterQueueHandler.ParseTable(Fixtures.Bytes(" 0 NONE\n 1 NONE\n 2 nf_queue\n10 nf_queue\n"));

        Assert.Equal(4, handlers.Count);
        Assert.Null(handlers[0].Handler);
        Assert.Equal((2, "nf_queue"), (handlers[2].Family, handlers[2].Handler));
        Assert.Equal(10, handlers[3].Family);
        ParseAssert.Fails(t => NetfilterQueueHandler.ParseTable(t), "x2 nf_queue\n", 1, 1, "Family");
    }

    [Fact]
    public void Xt_recent_from_fixture_reads_times_and_both_families()
    {
        var fs = Fixtures.Fs();
        var list = fs.XtRecent("pgrecent");

        Assert.Equal(2, list.Count);
        Assert.Equal(IPAddress.Parse("192.0.2.7"), list[0].Address.ToIPAddress());
        Assert.Equal((byte)0, list[0].Ttl);
        Assert.Equal(new[] { 4296760420UL }, list[0].PacketTimes.Values);
        var loopback = list[1];
        Assert.Equal((byte)64, loopback.Ttl);
        Assert.Equal(4296760420UL, loopback.LastSeen);
        Assert.Equal(11u, loopback.OldestPacketIndex);
        Assert.Equal(11, loopback.PacketTimes.Values.Count);
        Assert.Equal(4296760405UL, loopback.PacketTimes.Values[8]);
        Assert.Equal(loopback.LastSeen, loopback.PacketTimes.Values[^1]);

        var six = fs.XtRecent("pgrecent6").Single();
        Assert.Equal(Doc6, six.Address.ToIPAddress());
        Assert.Equal(5, six.PacketTimes.Values.Count);
    }

    [Theory]
    [InlineData("1.2.3.4 ttl: 64 last_seen: 4295 oldest_pkt: 3 4295\n", 1, "src=")]
    [InlineData("src=1.2.3.4 ttl: 64 last_seen: 4295 oldest_pkt: 3 4295, x\n", 51, "NumberList")]
    [InlineData("src=1.2.3.4 ttl: 640 last_seen: 4295 oldest_pkt: 3 4295\n", 18, "Ttl")]
    [InlineData("src=1.2.3.4 ttl: 64 last_seen:\n", 31, "LastSeen")]
    public void Malformed_xt_recent_lines_fail_with_a_location(string line, int column, string mentions)
        => ParseAssert.Fails(t => RecentEntry.ParseTable(t), line, 1, column, mentions);

    [Fact]
    public void Hashlimit_from_fixture_and_revision_one_lines()
    {
        var fs = Fixtures.Fs();
        var byAddress = fs.IptHashlimit("pghash").Single();
        Assert.Equal(0, byAddress.ExpiresSeconds);
        Assert.Equal((ushort)0, byAddress.Flow.SourcePort);          // not hashed on ports: printed as 0
        Assert.Equal(IPAddress.Loopback, byAddress.Flow.Destination.ToIPAddress());
        Assert.Equal(6871947650000UL, byAddress.Credit);
        Assert.Equal(byAddress.Credit, byAddress.CreditCap);
        Assert.Equal(1374389530000UL, byAddress.Cost);

        var byPort = fs.IptHashlimit("pghashport");
        Assert.Equal(2, byPort.Count);
        Assert.Equal((ushort)8080, byPort[0].Flow.DestinationPort);

        var six = fs.Ip6tHashlimit("pghash6");
        Assert.Equal(Doc6, six[0].Flow.Source.ToIPAddress());
        Assert.Equal((ushort)8443, six[0].Flow.SourcePort);
        Assert.Equal("[2001:db8::1]:8443->[2001:db8::1]:43426", six[0].Flow.ToString());

        var revisionOne = HashlimitBucket.ParseTable(Fixtures.Bytes("9 10.1.2.3:0->0.0.0.0:0 320000 320000 32000\n-1 0.0.0.0:0->10.9.8.7:53 0 320000 32000\n"));
        Assert.Equal(9, revisionOne[0].ExpiresSeconds);
        Assert.Equal(-1, revisionOne[1].ExpiresSeconds);
        Assert.Equal((ushort)53, revisionOne[1].Flow.DestinationPort);
    }

    [Theory]
    [InlineData("9 10.1.2.3:0-10.0.0.1:0 1 2 3\n", 3, "HashlimitFlow")]
    [InlineData("9 10.1.2.3->10.0.0.1:0 1 2 3\n", 3, "HashlimitFlow")]
    [InlineData("9 10.1.2.3:70000->10.0.0.1:0 1 2 3\n", 3, "HashlimitFlow")]
    [InlineData("9 10.1.2.3:1->10.0.0.1:0 1 2\n", 29, "Cost")]
    public void Malformed_hashlimit_lines_fail_with_a_location(string line, int column, string mentions)
        => ParseAssert.Fails(t => HashlimitBucket.ParseTable(t), line, 1, column, mentions);
}
