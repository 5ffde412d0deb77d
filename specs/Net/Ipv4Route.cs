namespace ProcGen.Specs;

/// <summary>
/// One route of <c>/proc/net/route</c>: the IPv4 main routing table (proc(5); <c>fib_route_seq_show</c> in
/// <c>net/ipv4/fib_trie.c</c>). Read with <c>fs.Route()</c>.
/// </summary>
/// <remarks>
/// Tab-separated and padded with blanks to 127 bytes. Addresses are the kernel's host-order hex words
/// (<c>010200C0</c> is 192.0.2.1 on a little-endian machine). Columns are bound by the header's names.
/// </remarks>
[ProcFile("net/route", Accessor = "Route"), ProcFile("{pid}/net/route", Accessor = "Route"), HeaderTable]
public sealed partial record Ipv4Route
{
    /// <summary>The output interface.</summary>
    [Column("Iface")] public required string Interface { get; init; }
    /// <summary>The destination network.</summary>
    [Column("Destination")] public required InetAddress Destination { get; init; }
    /// <summary>The gateway; 0.0.0.0 for a directly connected network.</summary>
    [Column("Gateway")] public required InetAddress Gateway { get; init; }
    /// <summary><c>RTF_*</c> flags: 0x1 up, 0x2 gateway, 0x4 host, 0x200 reject.</summary>
    [Column("Flags"), Hex] public required uint Flags { get; init; }
    /// <summary>Always 0 on current kernels.</summary>
    [Column("RefCnt")] public required int RefCount { get; init; }
    /// <summary>Always 0 on current kernels.</summary>
    [Column("Use")] public required uint Use { get; init; }
    /// <summary>The route's priority (metric).</summary>
    [Column("Metric")] public required uint Metric { get; init; }
    /// <summary>The destination's netmask.</summary>
    [Column("Mask")] public required InetAddress Mask { get; init; }
    /// <summary>The advertised MSS (route's <c>advmss</c> + 40), or 0.</summary>
    [Column("MTU")] public required uint Mtu { get; init; }
    /// <summary>The window clamp, or 0.</summary>
    [Column("Window")] public required uint Window { get; init; }
    /// <summary>The initial round-trip time, or 0.</summary>
    [Column("IRTT")] public required uint InitialRtt { get; init; }

    /// <summary>Whether the route is usable (<c>RTF_UP</c>).</summary>
    public bool IsUp => (Flags & 0x1) != 0;

    /// <summary>Whether the route goes through <see cref="Gateway"/> (<c>RTF_GATEWAY</c>).</summary>
    public bool HasGateway => (Flags & 0x2) != 0;
}
