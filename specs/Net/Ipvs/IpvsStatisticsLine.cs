namespace ProcGen.Specs;

/// <summary>
/// A line of numbers of <c>/proc/net/ip_vs_stats</c> (<c>ip_vs_stats_show</c> in
/// <c>net/netfilter/ipvs/ip_vs_ctl.c</c>: <c>%8LX %8LX %8LX %16LX %16LX</c>, all hexadecimal). The file has two:
/// row 0 the totals (connections, incoming and outgoing packets and bytes), row 1 the same as rates per second
/// (estimated over the last seconds). Read with <c>fs.IpVsStats()</c>.
/// </summary>
/// <remarks>
/// The two heading lines above the totals are skipped, and so is the heading line of the rates (it is fixed text).
/// </remarks>
[ProcFile("net/ip_vs_stats", Accessor = "IpVsStats"), ProcFile("{pid}/net/ip_vs_stats", Accessor = "IpVsStats")]
[Rows(SkipLines = 2, NoRowsText = "Conns/s   Pkts/s   Pkts/s          Bytes/s          Bytes/s")]
public sealed partial record IpvsStatisticsLine
{
    /// <summary>Connections (row 1: per second).</summary>
    [Column(0), Hex] public required ulong Connections { get; init; }
    /// <summary>Incoming packets (row 1: per second).</summary>
    [Column(1), Hex] public required ulong IncomingPackets { get; init; }
    /// <summary>Outgoing packets (row 1: per second).</summary>
    [Column(2), Hex] public required ulong OutgoingPackets { get; init; }
    /// <summary>Incoming bytes (row 1: per second).</summary>
    [Column(3), Hex] public required ulong IncomingBytes { get; init; }
    /// <summary>Outgoing bytes (row 1: per second).</summary>
    [Column(4), Hex] public required ulong OutgoingBytes { get; init; }
}
