using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/net/dev_snmp6/IFACE</c>: one interface's IPv6 and ICMPv6 MIB counters, one <c>name value</c> per line
/// (<c>snmp6_dev_seq_show</c> in <c>net/ipv6/proc.c</c>: <c>%-32s\t%u</c> for <c>ifIndex</c>, then the counters in
/// the format of <c>snmp6</c>). Read with <c>fs.DevSnmp6("eth0")</c>.
/// </summary>
/// <remarks>
/// One file per interface with IPv6 enabled. Unlike <see cref="Snmp6"/> there are no UDP counters, and the first line
/// is the interface index. Every counter is in <see cref="Counters"/> under the kernel's name.
/// </remarks>
[ProcFile("net/dev_snmp6/{device}", Accessor = "DevSnmp6"), ProcFile("{pid}/net/dev_snmp6/{device}", Accessor = "DevSnmp6")]
[KeyValue(Separator = ' ')]
public sealed partial record DeviceSnmp6
{
    /// <summary>The interface index (<c>ifIndex</c>), as in <c>/sys/class/net/IFACE/ifindex</c>.</summary>
    [Key("ifIndex")] public required int InterfaceIndex { get; init; }

    [Key("Ip6InReceives")] public ulong? InReceives { get; init; }
    [Key("Ip6InDelivers")] public ulong? InDelivers { get; init; }
    [Key("Ip6OutRequests")] public ulong? OutRequests { get; init; }
    [Key("Ip6InMcastPkts")] public ulong? InMulticastPackets { get; init; }
    [Key("Ip6OutMcastPkts")] public ulong? OutMulticastPackets { get; init; }

    /// <summary>Every other counter, by the kernel's name (<c>Icmp6InErrors</c>, <c>Icmp6OutType135</c>).</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, ulong> Counters { get; init; }
}
