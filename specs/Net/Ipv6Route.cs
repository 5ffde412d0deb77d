namespace ProcGen.Specs;

/// <summary>
/// One route of <c>/proc/net/ipv6_route</c> (<c>ipv6_route_native_seq_show</c> in <c>net/ipv6/route.c</c>). Read
/// with <c>fs.Ipv6Route()</c>.
/// </summary>
/// <remarks>No header. Addresses are 32 hex digits in network order (<c>%pi6</c>); numbers are hexadecimal.</remarks>
[ProcFile("net/ipv6_route", Accessor = "Ipv6Route"), ProcFile("{pid}/net/ipv6_route", Accessor = "Ipv6Route"), Rows]
public sealed partial record Ipv6Route
{
    [Column(0), Hex] public required InetAddress Destination { get; init; }
    [Column(1), Hex] public required byte DestinationPrefixLength { get; init; }
    /// <summary>The source address of a source-specific route (<c>::</c> otherwise).</summary>
    [Column(2), Hex] public required InetAddress Source { get; init; }
    [Column(3), Hex] public required byte SourcePrefixLength { get; init; }
    /// <summary>The gateway; <c>::</c> for a directly connected network.</summary>
    [Column(4), Hex] public required InetAddress NextHop { get; init; }
    [Column(5), Hex] public required uint Metric { get; init; }
    [Column(6), Hex] public required uint RefCount { get; init; }
    [Column(7), Hex] public required uint Use { get; init; }
    /// <summary><c>RTF_*</c> flags: 0x1 up, 0x2 gateway, 0x200 reject, 0x40000 default, 0x80000000 local.</summary>
    [Column(8), Hex] public required uint Flags { get; init; }
    /// <summary>The output interface.</summary>
    [Column(9)] public required string Interface { get; init; }
}
