namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/net/ipv4/ip_local_port_range</c>: the first and last ephemeral port, tab-separated
/// (<c>32768\t60999</c>; ip-sysctl.rst, <c>ipv4_local_port_range</c> in <c>net/ipv4/sysctl_net_ipv4.c</c>). Used by
/// IPv6 too.
/// </summary>
[ProcFile("sys/net/ipv4/ip_local_port_range"), Columnar]
public sealed partial record Ipv4LocalPortRange
{
    /// <summary>The lowest port chosen for an unbound socket.</summary>
    [Column(0)] public required ushort First { get; init; }

    /// <summary>The highest, included.</summary>
    [Column(1)] public required ushort Last { get; init; }

    /// <summary>How many ports the range holds.</summary>
    public int Count => Last - First + 1;
}
