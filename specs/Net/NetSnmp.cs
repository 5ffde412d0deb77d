using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/net/snmp</c>: the IPv4 MIB counters of the network namespace, as pairs of lines per group (<c>Ip</c>,
/// <c>Icmp</c>, <c>IcmpMsg</c>, <c>Tcp</c>, <c>Udp</c>, <c>UdpLite</c>): names, then values (<c>snmp_seq_show</c> in
/// <c>net/ipv4/proc.c</c>; RFC 1213 and RFC 4293 names).
/// </summary>
/// <remarks>
/// Counters are bound by name, so kernels that add some (<c>Ip.OutTransmits</c> in 6.3, <c>Udp.MemErrors</c> in
/// 5.7, the <c>InCsumErrors</c> columns in 3.10) still parse; every counter not declared here is in
/// <see cref="Counters"/> under <c>Group.Name</c>. <c>IcmpMsg</c> names are made from the ICMP types seen
/// (<c>InType3</c>, <c>OutType8</c>), so they exist only there. <c>Tcp.MaxConn</c> is -1 (no limit).
/// </remarks>
[ProcFile("net/snmp", Accessor = "Snmp"), ProcFile("{pid}/net/snmp", Accessor = "Snmp"), PairedLines]
public sealed partial record NetSnmp
{
    /// <summary>1 when the host forwards IPv4 packets, 2 when it does not (RFC 1213's encoding).</summary>
    [Key("Ip.Forwarding")] public required int Forwarding { get; init; }

    /// <summary>Datagrams received, errors included.</summary>
    [Key("Ip.InReceives")] public required ulong IpInReceives { get; init; }

    /// <summary>Datagrams delivered to IPv4 user protocols.</summary>
    [Key("Ip.InDelivers")] public required ulong IpInDelivers { get; init; }

    /// <summary>Datagrams local protocols handed to IPv4 for sending.</summary>
    [Key("Ip.OutRequests")] public required ulong IpOutRequests { get; init; }

    /// <summary>Connections opened actively (SYN-SENT from CLOSED).</summary>
    [Key("Tcp.ActiveOpens")] public required ulong TcpActiveOpens { get; init; }

    /// <summary>Connections opened passively (SYN-RCVD from LISTEN).</summary>
    [Key("Tcp.PassiveOpens")] public required ulong TcpPassiveOpens { get; init; }

    /// <summary>Connections now ESTABLISHED or CLOSE-WAIT: a gauge, not a counter.</summary>
    [Key("Tcp.CurrEstab")] public required ulong TcpCurrentlyEstablished { get; init; }

    /// <summary>Segments received, errors included.</summary>
    [Key("Tcp.InSegs")] public required ulong TcpInSegments { get; init; }

    /// <summary>Segments sent, retransmissions excluded.</summary>
    [Key("Tcp.OutSegs")] public required ulong TcpOutSegments { get; init; }

    /// <summary>Segments retransmitted.</summary>
    [Key("Tcp.RetransSegs")] public required ulong TcpRetransmittedSegments { get; init; }

    /// <summary>UDP datagrams delivered to sockets.</summary>
    [Key("Udp.InDatagrams")] public required ulong UdpInDatagrams { get; init; }

    /// <summary>UDP datagrams for a port nobody listened on.</summary>
    [Key("Udp.NoPorts")] public required ulong UdpNoPorts { get; init; }

    /// <summary>UDP datagrams sent.</summary>
    [Key("Udp.OutDatagrams")] public required ulong UdpOutDatagrams { get; init; }

    /// <summary>UDP datagrams dropped for a full receive buffer (2.6.27+).</summary>
    [Key("Udp.RcvbufErrors")] public ulong? UdpReceiveBufferErrors { get; init; }

    /// <summary>The counters not declared above, <c>Group.Name</c> → value (signed: <c>Tcp.MaxConn</c> is -1).</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, long> Counters { get; init; }
}
