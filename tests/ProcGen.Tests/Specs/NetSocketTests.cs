using System;
using System.Linq;
using System.Net;
using System.Text;
using ProcGen.Specs;
using ProcGen.Tests.Runtime;

namespace ProcGen.Tests.Specs;

/// <summary>
/// The socket tables (<c>net/tcp</c>, <c>tcp6</c>, <c>udp</c>, <c>udp6</c>, <c>udplite</c>, <c>udplite6</c>,
/// <c>raw</c>, <c>raw6</c>, <c>icmp</c>, <c>icmp6</c>) from the capture, where a script held loopback TCP
/// connections (established, close-wait, time-wait, listening on 127.0.0.1, ::1 and dual-stack ::), bound and
/// connected UDP and UDP-Lite sockets and raw ICMP sockets; and hand-made lines in the kernel's formats
/// (<c>get_tcp4_sock</c>, <c>get_openreq4</c>, <c>get_timewait4_sock</c>, <c>get_tcp6_sock</c>, <c>udp4_format_sock</c>).
/// </summary>
public class NetSocketTests
{
    private static SocketEndpoint V4(string address, ushort port) => new(IPAddress.Parse(address), port);

    private static ProcTable<InetSocket> Parse(string text) => InetSocket.ParseTable(Fixtures.Bytes(text));

    private const string TcpHeader =
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";

    private const string Tcp6Header =
        "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";

    [Fact]
    public void Tcp_from_fixture()
    {
        var tcp = Fixtures.Fs().Tcp();

        Assert.Equal(7, tcp.Count);
        Assert.Equal(new InetSocket
        {
            Slot = 0,
            Local = V4("127.0.0.1", 8633),
            Remote = V4("0.0.0.0", 0),
            State = TcpState.Listen,
            Queues = new HexPair(0, 0),
            Timer = new HexPair(0, 0),
            Retransmits = 0,
            Uid = 0,
            Timeout = 0,
            Inode = 340141,
            ReferenceCount = 1,
            SocketPointer = 0x7f96a9bb,
            Details = new InetSocketDetails
            {
                RetransmitTimeoutTicks = 100, AckTimeoutTicks = 0, QuickAcks = 0, PingPong = false, CongestionWindow = 10, ThresholdOrFastOpenLimit = 0,
            },
        }, tcp[0]);
        // A listening socket's fifth TCP field is its Fast Open queue limit, not a threshold.
        Assert.Equal(0, tcp[0].FastOpenQueueLimit);
        Assert.Null(tcp[0].SlowStartThreshold);
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5, 6 }, tcp.Select(s => s.Slot));
        Assert.Equal(3, tcp.Count(s => s.State == TcpState.Listen));

        // The side that closed first: a timewait socket (FIN_WAIT2 substate) with the TIME_WAIT timer, no uid or inode.
        var timeWait = tcp[3];
        Assert.Equal(TcpState.FinWait2, timeWait.State);
        Assert.Equal(SocketTimer.TimeWait, timeWait.TimerKind);
        Assert.Equal(0x173EUL, timeWait.TimerTicks);
        Assert.Equal(0UL, timeWait.Inode);
        Assert.Equal(V4("127.0.0.1", 35130), timeWait.Local);
        Assert.Equal(V4("127.0.0.1", 8633), timeWait.Remote);
        Assert.Equal(3, timeWait.ReferenceCount);
        Assert.Equal(0x6b66c167UL, timeWait.SocketPointer);
        Assert.Null(timeWait.Details);

        // The other side: 100 unread bytes and the FIN.
        Assert.Equal(TcpState.CloseWait, tcp[4].State);
        Assert.Equal(101UL, tcp[4].ReceiveQueue);
        Assert.Equal(TcpState.Established, tcp[6].State);
        Assert.Equal(100UL, tcp[6].ReceiveQueue);
        Assert.Equal(0UL, tcp[6].TransmitQueue);
        // rto 20 ticks (200 ms), ato 4, quick-ack count 15 and ping-pong off (30 = 15 << 1), cwnd 10, initial slow start.
        var established = tcp[6].Details!.Value;
        Assert.Equal((20L, 4L, 15u, false, 10u), (established.RetransmitTimeoutTicks, established.AckTimeoutTicks, established.QuickAcks, established.PingPong, established.CongestionWindow));
        Assert.Null(tcp[6].SlowStartThreshold);
        Assert.Null(tcp[6].FastOpenQueueLimit);
    }

    [Fact]
    public void Tcp6_from_fixture_with_loopback_any_and_v4_mapped_addresses()
    {
        var tcp6 = Fixtures.Fs().Tcp6();

        Assert.Equal(5, tcp6.Count);
        Assert.Equal("[::1]:8632", tcp6[0].Local.ToString());
        Assert.Equal(TcpState.Listen, tcp6[0].State);
        Assert.Equal("[::]:8634", tcp6[1].Local.ToString());
        Assert.True(tcp6[1].Local.Address.IsAny);
        Assert.Equal(new SocketEndpoint(IPAddress.IPv6Loopback, 8632), tcp6[3].Local);
        Assert.Equal(100UL, tcp6[3].ReceiveQueue);
        Assert.Equal(TcpState.TimeWait, tcp6[4].State);
        Assert.Equal(IPAddress.Parse("::ffff:127.0.0.1"), tcp6[4].Local.Address.ToIPAddress());
        Assert.True(tcp6.All(s => s.Local.Address.IsIPv6 && s.Remote.Address.IsIPv6));
    }

    [Fact]
    public void Udp_udplite_raw_and_icmp_from_fixture()
    {
        var fs = Fixtures.Fs();

        var udp = fs.Udp();
        Assert.Equal(2, udp.Count);
        Assert.Equal(11957, udp[0].Slot);
        Assert.Equal(V4("127.0.0.1", 8635), udp[0].Local);
        Assert.Equal(TcpState.Close, udp[0].State);
        Assert.Equal(0x340UL, udp[0].ReceiveQueue); // one queued datagram, counted by its buffer's true size
        Assert.Equal(2, udp[0].ReferenceCount);
        Assert.Equal(new InetSocketDetails { Drops = 0 }, udp[0].Details);
        Assert.Equal(TcpState.Established, udp[1].State);
        Assert.Equal(V4("127.0.0.1", 8635), udp[1].Remote);

        Assert.Equal("[::1]:8636", Assert.Single(fs.Udp6()).Local.ToString());
        Assert.Equal(V4("127.0.0.1", 8637), Assert.Single(fs.UdpLite()).Local);
        Assert.Empty(fs.UdpLite6());
        // A raw socket's "port" is its protocol: ICMP (1), ICMPv6 (58).
        Assert.Equal(1, Assert.Single(fs.Raw()).Local.Port);
        Assert.Equal(58, Assert.Single(fs.Raw6()).Local.Port);
        Assert.Empty(fs.Icmp());
        Assert.Empty(fs.Icmp6());
    }

    [Fact]
    public void Hand_made_tcp_lines_in_every_kernel_format()
    {
        var rows = Parse(TcpHeader +
            // get_tcp4_sock: retransmitting, a send queue, the retransmit timer, uid 1000, probes.
            "   0: 0F00020A:D2F0 5DB8D822:01BB 01 00000A28:00000000 01:0000002C 00000003  1000        2 123456 2 0000000000000000 204 40 0 10 7\n" +
            // get_openreq4: a request socket, SYN-ACK retransmitted twice.
            "   1: 0100007F:1F90 0100007F:C350 03 00000000:00000000 02:00000064 00000002     0        0 0 1 0000000000000000\n" +
            // get_timewait4_sock: TIME_WAIT proper.
            "   2: 0100007F:1F90 0100007F:C351 06 00000000:00000000 03:00000BB8 00000000     0        0 0 3 0000000000000000\n" +
            // %4d of a five-digit slot pushes the line right; a long %08lX timer; a state a newer kernel adds.
            "12345: 0100007F:1F90 0100007F:C352 0E 00000000:00000000 04:1FFFFFFFF 00000000 4294967294        0 99 1 0000000000000000 200 40 0 10 -1\n" +
            "   4: 0100007F:1F90 00000000:0000 0D 00000000:00000000 00:00000000 00000000     0        0 100 1 0000000000000000 200 40 0 10 -1\n");

        Assert.Equal(5, rows.Count);
        Assert.Equal(V4("10.2.0.15", 54000), rows[0].Local);
        Assert.Equal(V4("34.216.184.93", 443), rows[0].Remote);
        Assert.Equal(0xA28UL, rows[0].TransmitQueue);
        Assert.Equal(SocketTimer.Retransmit, rows[0].TimerKind);
        Assert.Equal(3u, rows[0].Retransmits);
        Assert.Equal(1000u, rows[0].Uid);
        Assert.Equal(2, rows[0].Timeout);
        Assert.Equal(TcpState.SynReceived, rows[1].State);
        Assert.Equal(SocketTimer.KeepAlive, rows[1].TimerKind);
        Assert.Equal(2u, rows[1].Retransmits);
        Assert.Equal(TcpState.TimeWait, rows[2].State);
        Assert.Equal(3000UL, rows[2].TimerTicks);
        Assert.Equal(12345, rows[3].Slot);
        Assert.Equal(TcpState.Unknown, rows[3].State);
        Assert.Equal(SocketTimer.ZeroWindowProbe, rows[3].TimerKind);
        Assert.Equal(0x1FFFFFFFFUL, rows[3].TimerTicks);
        Assert.Equal(4294967294u, rows[3].Uid);
        Assert.Equal(TcpState.BoundInactive, rows[4].State);
        Assert.Equal(7u, rows[0].SlowStartThreshold);
        Assert.Equal(204L, rows[0].Details?.RetransmitTimeoutTicks);
        Assert.Null(rows[1].Details);
        Assert.Equal(1, rows[1].ReferenceCount);
    }

    [Fact]
    public void Hand_made_tcp6_and_udp6_lines()
    {
        var rows = Parse(Tcp6Header +
            "   0: B80D0120000000000000000001000000:0016 B80D0120000000000000000002000000:E3A1 01 00000000:00000000 02:000AFC7E 00000000     0        0 4242 1 0000000000000000 20 4 31 10 -1\n" +
            "   1: 000080FE00000000FF0000000000FE01:0222 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000 00000000   105        0 4243 2 0000000000000000 0\n");

        Assert.Equal("[2001:db8::1]:22", rows[0].Local.ToString());
        Assert.Equal("[2001:db8::2]:58273", rows[0].Remote.ToString());
        Assert.Equal(IPAddress.Parse("fe80::ff:1fe:0"), rows[1].Local.Address.ToIPAddress());
        Assert.Equal(546, rows[1].Local.Port);
        Assert.Equal(105u, rows[1].Uid);
        Assert.Equal(0UL, rows[1].SocketPointer);
        Assert.Equal(0UL, rows[1].Details?.Drops);
        // TCP: a threshold below the initial infinity is a number of segments; ping-pong is the low bit.
        Assert.Equal(31u >> 1, rows[0].Details?.QuickAcks);
        Assert.True(rows[0].Details?.PingPong);
    }

    [Fact]
    public void A_header_only_table_is_empty_and_so_is_an_empty_file()
    {
        Assert.Empty(Parse(TcpHeader));
        Assert.Empty(Parse(""));
    }

    [Theory]
    [InlineData("   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0\n", 91)]          // ends before the inode: located at the end of the line
    [InlineData("   0: 0100007F:1F9 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1\n", 7)]         // a three-digit port
    [InlineData("   0 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1\n", 4)]         // no colon after sl
    [InlineData("   0: 0100007F:1F90 00000000:0000 0A 00000000-00000000 00:00000000 00000000     0        0 1\n", 38)]      // queue pair
    [InlineData("   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 0000000G     0        0 1\n", 68)]      // retransmits
    [InlineData("   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0000000000000000 100 0 x 10 0\n", 113)] // TCP details
    [InlineData("   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0000000000000000 100 0 0\n", 113)]      // three of TCP's five
    [InlineData("   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 00000000000000zz 0\n", 96)]          // socket pointer
    public void Malformed_rows_fail_at_the_field(string line, int column)
    {
        var e = Assert.Throws<ProcParseException>(() => Parse(TcpHeader + line));
        Assert.Equal(2, e.Line);
        Assert.Equal(column, e.Column);
    }

    [Fact]
    public void Per_process_tables_read_the_namespace_of_the_process()
    {
        using var root = new TempProcRoot()
            .File("42/net/tcp", TcpHeader + "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 77 1 0000000000000000 100 0 0 10 0\n")
            .File("42/net/udp6", "  sl  local_address ...\n  12: 00000000000000000000000001000000:0035 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 78 2 0000000000000000 0\n");

        Assert.Equal(77UL, Assert.Single(root.Fs.Process(42).Tcp()).Inode);
        Assert.Equal("[::1]:53", Assert.Single(root.Fs.Process(42).Udp6()).Local.ToString());
        Assert.Equal(ProcReadStatus.NotFound, root.Fs.Process(42).TryReadRaw().Status);
        Assert.Equal(typeof(ProcTable<InetSocket>), Catalog.Find("self/net/icmp6")?.RecordType);
        Assert.Equal(typeof(ProcTable<InetSocket>), Catalog.Find("net/udplite6")?.RecordType);
    }

    [Fact]
    public void Streams_100k_tcp_rows_through_the_reader()
    {
        const int Rows = 100_000;
        var text = GenerateTcp(Rows);
        using var root = new TempProcRoot().File("net/tcp", text);

        int count = 0;
        ulong inodes = 0;
        InetSocket? last = null;
        foreach (var row in root.Fs.EnumerateTcp())
        {
            Assert.Equal(count, row.Slot);
            inodes += row.Inode;
            count++;
            last = row;
        }

        Assert.Equal(Rows, count);
        Assert.Equal((ulong)Rows * (Rows - 1) / 2 + (ulong)Rows * 1000, inodes);
        Assert.Equal(V4("10.1.134.159", 443), last!.Remote); // 10.0.0.0 + 99999
        int inMemory = 0;
        foreach (var row in InetSocket.EnumerateRows(Encoding.UTF8.GetBytes(text))) inMemory += row.Slot == inMemory ? 1 : 0;
        Assert.Equal(Rows, inMemory);
    }

    /// <summary>
    /// A <c>net/tcp</c> of <paramref name="rows"/> sockets in the format of <c>get_tcp4_sock</c>: established
    /// connections from 127.0.0.1 to (10.0.0.0 + row):443, inodes 1000 + row. The benchmarks generate the same shape.
    /// </summary>
    internal static string GenerateTcp(int rows)
    {
        var text = new StringBuilder(rows * 160);
        text.Append("  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode                                                     \n");
        for (int i = 0; i < rows; i++)
        {
            uint remote = 0x0A000000u + (uint)i; // 10.0.0.0 + i, printed as the host-order (little-endian) word
            uint printed = (uint)IPAddress.HostToNetworkOrder((int)remote);
            text.Append($"{i,4}: 0100007F:{(ushort)(32768 + i % 28000):X4} {printed:X8}:01BB 01 {i % 7:X8}:{i % 5:X8} {(i % 3 == 0 ? 2 : 0):X2}:{i * 3:X8} 00000000  1000        0 {1000 + i} 1 0000000000000000 20 4 30 10 -1                 \n");
        }
        return text.ToString();
    }
}
