namespace ProcGen.Specs;

/// <summary>
/// One IPv4 multicast routing virtual interface, a line of <c>/proc/net/ip_mr_vif</c> (<c>ipmr_vif_seq_show</c> in
/// <c>net/ipv4/ipmr.c</c>: <c>%2td %-10s %8ld %7ld  %8ld %7ld %05X %08X %08X</c>). Read with <c>fs.IpMulticastVifs()</c>.
/// </summary>
/// <remarks>
/// The header (<c>Interface      BytesIn  PktsIn  BytesOut PktsOut Flags Local    Remote</c>) does not name the first
/// column, so fields are bound by position. Only vifs a multicast routing daemon (<c>pimd</c>, <c>smcroute</c>) added
/// are listed; the file exists with <c>CONFIG_IP_MROUTE</c>. Addresses are host-order hex words.
/// </remarks>
[ProcFile("net/ip_mr_vif", Accessor = "IpMulticastVifs"), ProcFile("{pid}/net/ip_mr_vif", Accessor = "IpMulticastVifs"), Rows(SkipLines = 1)]
public sealed partial record MulticastVirtualInterface
{
    /// <summary>The vif index, as <c>Oifs</c> and <c>Iif</c> of <c>ip_mr_cache</c> name it.</summary>
    [Column(0)] public required int Index { get; init; }
    /// <summary>The device name (<c>none</c> when the device is gone).</summary>
    [Column(1)] public required string Interface { get; init; }
    /// <summary>Bytes received on the vif.</summary>
    [Column(2)] public required ulong BytesIn { get; init; }
    /// <summary>Packets received on the vif.</summary>
    [Column(3)] public required ulong PacketsIn { get; init; }
    /// <summary>Bytes sent on the vif.</summary>
    [Column(4)] public required ulong BytesOut { get; init; }
    /// <summary>Packets sent on the vif.</summary>
    [Column(5)] public required ulong PacketsOut { get; init; }
    /// <summary><c>VIFF_*</c> flags (<c>%05X</c>): 0x1 tunnel, 0x4 register, 0x8 use ifindex.</summary>
    [Column(6), Hex] public required uint Flags { get; init; }
    /// <summary>The local address of the vif.</summary>
    [Column(7)] public required InetAddress Local { get; init; }
    /// <summary>The remote end of a tunnel vif, else 0.0.0.0.</summary>
    [Column(8)] public required InetAddress Remote { get; init; }
}
