namespace ProcGen.Specs;

/// <summary>
/// One socket of the IPv4/IPv6 socket tables: <c>net/tcp</c>, <c>net/tcp6</c>, <c>net/udp</c>, <c>net/udp6</c>,
/// <c>net/udplite</c>, <c>net/udplite6</c>, <c>net/raw</c>, <c>net/raw6</c>, <c>net/icmp</c>, <c>net/icmp6</c> (ping
/// sockets), and the same files of a process's network namespace under <c>{pid}/net/</c> (proc(5);
/// <c>get_tcp4_sock</c> in <c>net/ipv4/tcp_ipv4.c</c>, <c>get_tcp6_sock</c>, <c>udp4_format_sock</c>,
/// <c>raw_sock_seq_show</c>, <c>ping_v4_format_sock</c>). Read with <c>fs.Tcp()</c>, or row by row without a list
/// with <c>fs.EnumerateTcp()</c> (a busy server has 100k rows); <c>fs.Process(pid).Tcp6()</c> for a namespace.
/// </summary>
/// <remarks>
/// The header (<c>sl local_address rem_address st tx_queue rx_queue tr tm-&gt;when retrnsmt uid timeout inode</c>)
/// names fewer columns than a row has: <c>tx_queue:rx_queue</c> and <c>tr:tm-&gt;when</c> are one field each, and
/// fields after the inode (reference count, socket pointer, then TCP's rto, ato, quick-ack/ping-pong, cwnd and
/// ssthresh, or UDP/raw/ping's drop count) have no name. So rows are bound by position and the header is skipped.
/// TIME_WAIT and request (SYN_RECV) sockets print 0 for uid and inode and fewer trailing fields. A raw socket's
/// "port" is its IP protocol number.
/// </remarks>
[ProcFile("net/tcp", Accessor = "Tcp"), ProcFile("net/tcp6", Accessor = "Tcp6")]
[ProcFile("net/udp", Accessor = "Udp"), ProcFile("net/udp6", Accessor = "Udp6")]
[ProcFile("net/udplite", Accessor = "UdpLite"), ProcFile("net/udplite6", Accessor = "UdpLite6")]
[ProcFile("net/raw", Accessor = "Raw"), ProcFile("net/raw6", Accessor = "Raw6")]
[ProcFile("net/icmp", Accessor = "Icmp"), ProcFile("net/icmp6", Accessor = "Icmp6")]
[ProcFile("{pid}/net/tcp", Accessor = "Tcp"), ProcFile("{pid}/net/tcp6", Accessor = "Tcp6")]
[ProcFile("{pid}/net/udp", Accessor = "Udp"), ProcFile("{pid}/net/udp6", Accessor = "Udp6")]
[ProcFile("{pid}/net/udplite", Accessor = "UdpLite"), ProcFile("{pid}/net/udplite6", Accessor = "UdpLite6")]
[ProcFile("{pid}/net/raw", Accessor = "Raw"), ProcFile("{pid}/net/raw6", Accessor = "Raw6")]
[ProcFile("{pid}/net/icmp", Accessor = "Icmp"), ProcFile("{pid}/net/icmp6", Accessor = "Icmp6")]
[Rows(SkipLines = 1)]
public sealed partial record InetSocket
{
    /// <summary>The slot (<c>sl</c>): the row's number for TCP, the hash bucket for UDP, raw and ping.</summary>
    [Column(0), Suffix(":")] public required int Slot { get; init; }

    /// <summary>The local address and port.</summary>
    [Column(1)] public required SocketEndpoint Local { get; init; }

    /// <summary>The remote address and port; <c>0.0.0.0:0</c> (or <c>[::]:0</c>) when not connected.</summary>
    [Column(2)] public required SocketEndpoint Remote { get; init; }

    /// <summary>The state (<c>st</c>).</summary>
    [Column(3)] public required TcpState State { get; init; }

    /// <summary>
    /// <c>tx_queue:rx_queue</c>: bytes (TCP: sequence space) waiting to be sent or acknowledged, and to be read; a
    /// listening socket's receive side is its accept backlog. See <see cref="TransmitQueue"/>, <see cref="ReceiveQueue"/>.
    /// </summary>
    [Column(4)] public required HexPair Queues { get; init; }

    /// <summary><c>tr:tm-&gt;when</c>: the pending timer and the clock ticks until it fires. See <see cref="TimerKind"/>, <see cref="TimerTicks"/>.</summary>
    [Column(5)] public required HexPair Timer { get; init; }

    /// <summary>Unrecovered retransmissions (<c>retrnsmt</c>; TCP; for a request socket, SYN-ACK retransmits).</summary>
    [Column(6), Hex] public required uint Retransmits { get; init; }

    /// <summary>The owner's effective uid in the reader's user namespace (0 for TIME_WAIT and request sockets).</summary>
    [Column(7)] public required uint Uid { get; init; }

    /// <summary>The <c>timeout</c> column: TCP's unanswered zero-window or keepalive probes; 0 for other protocols.</summary>
    [Column(8)] public required int Timeout { get; init; }

    /// <summary>The socket's inode (as in <c>socket:[inode]</c> of <c>{pid}/fd</c>); 0 for TIME_WAIT and request sockets.</summary>
    [Column(9)] public required ulong Inode { get; init; }

    /// <summary>The socket's reference count (unnamed in the header).</summary>
    [Column(10)] public int? ReferenceCount { get; init; }

    /// <summary>
    /// The kernel's socket pointer, hashed (or zero) unless <c>kptr_restrict</c> allows more: an identity for the
    /// socket while it lives, not an address to use.
    /// </summary>
    [Column(11), Hex] public ulong? SocketPointer { get; init; }

    /// <summary>
    /// The protocol's own fields: TCP's timeouts, congestion window and threshold, or a datagram socket's drops; null
    /// for TIME_WAIT and request sockets, which print none.
    /// </summary>
    [Rest] public InetSocketDetails? Details { get; init; }

    /// <summary>TCP's slow-start threshold in segments; null while in initial slow start (printed -1), for listening sockets and other protocols.</summary>
    public uint? SlowStartThreshold => State != TcpState.Listen && Details?.ThresholdOrFastOpenLimit is int threshold and >= 0 ? (uint)threshold : null;

    /// <summary>A listening TCP socket's Fast Open queue limit (0 without Fast Open); null otherwise.</summary>
    public int? FastOpenQueueLimit => State == TcpState.Listen ? Details?.ThresholdOrFastOpenLimit : null;

    /// <summary>Bytes waiting in the send queue (TCP: unacknowledged sequence space).</summary>
    public ulong TransmitQueue => Queues.First;

    /// <summary>Bytes waiting to be read; a listening socket's accept backlog.</summary>
    public ulong ReceiveQueue => Queues.Second;

    /// <summary>Which timer is pending (<c>tr</c>).</summary>
    public SocketTimer TimerKind => (SocketTimer)Timer.First;

    /// <summary>Clock ticks (<c>USER_HZ</c>) until the timer fires (<c>tm-&gt;when</c>); 0 when none is pending.</summary>
    public ulong TimerTicks => Timer.Second;
}
