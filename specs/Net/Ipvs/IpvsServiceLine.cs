namespace ProcGen.Specs;

/// <summary>
/// The line of one IPVS service in <c>net/ip_vs</c>: <c>%s  %08X:%04X %s %s</c> (protocol, address, port,
/// scheduler, <c>ops</c> for one-packet scheduling), <c>FWM  %08X %s %s</c> for a firewall-mark service, then
/// <c>persistent %d %08X</c> when connections from one client stick to one server.
/// </summary>
[ProcPart, Columnar]
public sealed partial record IpvsServiceLine
{
    /// <summary><c>TCP</c>, <c>UDP</c>, <c>SCTP</c>, <c>FWM</c> for a firewall-mark service (<c>IP_%u</c> for others).</summary>
    [Column(0)] public required string Protocol { get; init; }

    /// <summary>The virtual address and port, or the firewall mark.</summary>
    [Column(1)] public required IpvsServiceAddress Address { get; init; }

    /// <summary>The scheduler: <c>rr</c>, <c>wrr</c>, <c>lc</c>, <c>wlc</c>, <c>sh</c>, <c>mh</c>…</summary>
    [Column(2)] public required string Scheduler { get; init; }

    /// <summary>One-packet scheduling (<c>ops</c>, <c>IP_VS_SVC_F_ONEPACKET</c>): each UDP datagram is scheduled alone.</summary>
    [Column(3), OptionalToken("ops")] public bool OnePacket { get; init; }

    /// <summary>Persistence is on (<c>persistent</c>, <c>IP_VS_SVC_F_PERSISTENT</c>).</summary>
    [Column(4), OptionalToken("persistent")] public bool Persistent { get; init; }

    /// <summary>The persistence timeout in jiffies (<c>svc-&gt;timeout</c>, seconds × <c>CONFIG_HZ</c>), with <see cref="Persistent"/>.</summary>
    [Column(5)] public long? PersistenceTimeout { get; init; }

    /// <summary>The persistence netmask (IPv4, <c>%08X</c> of <c>ntohl</c>: <c>FFFFFF00</c> is /24; IPv6 services print the prefix length).</summary>
    [Column(6), Hex] public uint? PersistenceNetmask { get; init; }
}
