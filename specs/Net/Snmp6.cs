using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/net/snmp6</c>: IPv6, ICMPv6, UDP and UDP-Lite MIB counters, one <c>name value</c> per line
/// (<c>snmp6_seq_show</c> in <c>net/ipv6/proc.c</c>). Read with <c>fs.Snmp6()</c>.
/// </summary>
/// <remarks>
/// Every counter is in <see cref="Counters"/> under the kernel's name (<c>Ip6InReceives</c>, <c>Icmp6OutType135</c>);
/// a few common ones also have properties. The per-interface files <c>net/dev_snmp6/IFACE</c> have the same shape
/// (not declared yet: the path's last segment is an interface name).
/// </remarks>
[ProcFile("net/snmp6", Accessor = "Snmp6"), ProcFile("{pid}/net/snmp6", Accessor = "Snmp6"), KeyValue(Separator = ' ')]
public sealed partial record Snmp6
{
    [Key("Ip6InReceives")] public ulong? InReceives { get; init; }
    [Key("Ip6InDelivers")] public ulong? InDelivers { get; init; }
    [Key("Ip6OutRequests")] public ulong? OutRequests { get; init; }
    [Key("Udp6InDatagrams")] public ulong? UdpInDatagrams { get; init; }
    [Key("Udp6OutDatagrams")] public ulong? UdpOutDatagrams { get; init; }

    /// <summary>Every other counter, by the kernel's name.</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, ulong> Counters { get; init; }
}
