namespace ProcGen.Specs;

/// <summary>
/// One IPv6 multicast routing interface (mif), a line of <c>/proc/net/ip6_mr_vif</c> (<c>ip6mr_vif_seq_show</c> in
/// <c>net/ipv6/ip6mr.c</c>: <c>%2td %-10s %8ld %7ld  %8ld %7ld %05X</c>). Read with <c>fs.Ip6MulticastVifs()</c>.
/// </summary>
/// <remarks>
/// Like <c>ip_mr_vif</c> without the addresses. The header does not name the first column, so fields are bound by
/// position. The file exists with <c>CONFIG_IPV6_MROUTE</c>.
/// </remarks>
[ProcFile("net/ip6_mr_vif", Accessor = "Ip6MulticastVifs"), ProcFile("{pid}/net/ip6_mr_vif", Accessor = "Ip6MulticastVifs"), Rows(SkipLines = 1)]
public sealed partial record Ipv6MulticastVirtualInterface
{
    /// <summary>The mif index, as <c>Oifs</c> and <c>Iif</c> of <c>ip6_mr_cache</c> name it.</summary>
    [Column(0)] public required int Index { get; init; }
    /// <summary>The device name (<c>none</c> when the device is gone).</summary>
    [Column(1)] public required string Interface { get; init; }
    /// <summary>Bytes received.</summary>
    [Column(2)] public required ulong BytesIn { get; init; }
    /// <summary>Packets received.</summary>
    [Column(3)] public required ulong PacketsIn { get; init; }
    /// <summary>Bytes sent.</summary>
    [Column(4)] public required ulong BytesOut { get; init; }
    /// <summary>Packets sent.</summary>
    [Column(5)] public required ulong PacketsOut { get; init; }
    /// <summary><c>MIFF_*</c> flags (<c>%05X</c>): 0x1 register.</summary>
    [Column(6), Hex] public required uint Flags { get; init; }
}
