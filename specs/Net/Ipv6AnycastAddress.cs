namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/net/anycast6</c>: an IPv6 anycast address an interface answers for (<c>ac6_seq_show</c> in
/// <c>net/ipv6/anycast.c</c>: <c>%-4d %-15s %pi6 %5d</c>). Read with <c>fs.Anycast6()</c>.
/// </summary>
/// <remarks>
/// No header; empty on a host without forwarding or anycast joins (a router joins the subnet-router anycast address
/// of each prefix). The address is 32 hex digits in network order, as in <c>if_inet6</c>.
/// </remarks>
[ProcFile("net/anycast6", Accessor = "Anycast6"), ProcFile("{pid}/net/anycast6", Accessor = "Anycast6"), Rows]
public sealed partial record Ipv6AnycastAddress
{
    /// <summary>The interface index.</summary>
    [Column(0)] public required int InterfaceIndex { get; init; }
    /// <summary>The interface name.</summary>
    [Column(1)] public required string Interface { get; init; }
    /// <summary>The anycast address.</summary>
    [Column(2), Hex] public required InetAddress Address { get; init; }
    /// <summary>Sockets and the kernel using the address (<c>aca_users</c>).</summary>
    [Column(3)] public required int Users { get; init; }
}
