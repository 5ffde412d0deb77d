namespace ProcGen.Specs;

/// <summary>
/// One interface of <c>/proc/net/dev</c> (or <c>{pid}/net/dev</c>): receive and transmit counters (proc(5);
/// <c>dev_seq_printf_stats</c> in <c>net/core/net-procfs.c</c>). Read with <c>fs.NetDev()</c>.
/// </summary>
/// <remarks>
/// Two header lines name the counters, the same names twice (<c>bytes packets …</c> under <c>Receive</c> and
/// under <c>Transmit</c>), so columns are bound by position. The name is right-aligned and followed by a colon;
/// older kernels print <c>%6s:%8llu</c>, so a receive byte count of nine digits or more touches the colon
/// (<c>eth0:123456789</c>), which <see cref="SuffixAttribute"/> splits.
/// </remarks>
[ProcFile("net/dev", Accessor = "NetDev"), ProcFile("{pid}/net/dev", Accessor = "NetDev"), Rows(SkipLines = 2)]
public sealed partial record NetDevice
{
    /// <summary>The interface name (<c>eth0</c>, <c>lo</c>).</summary>
    [Column(0), Suffix(":")] public required string Name { get; init; }

    [Column(1)] public required ulong ReceiveBytes { get; init; }
    [Column(2)] public required ulong ReceivePackets { get; init; }
    [Column(3)] public required ulong ReceiveErrors { get; init; }
    /// <summary>Dropped on receive, plus missed and no-handler counts.</summary>
    [Column(4)] public required ulong ReceiveDropped { get; init; }
    [Column(5)] public required ulong ReceiveFifoErrors { get; init; }
    /// <summary>Length, overrun, CRC and frame errors.</summary>
    [Column(6)] public required ulong ReceiveFrameErrors { get; init; }
    [Column(7)] public required ulong ReceiveCompressed { get; init; }
    [Column(8)] public required ulong ReceiveMulticast { get; init; }
    [Column(9)] public required ulong TransmitBytes { get; init; }
    [Column(10)] public required ulong TransmitPackets { get; init; }
    [Column(11)] public required ulong TransmitErrors { get; init; }
    [Column(12)] public required ulong TransmitDropped { get; init; }
    [Column(13)] public required ulong TransmitFifoErrors { get; init; }
    [Column(14)] public required ulong TransmitCollisions { get; init; }
    /// <summary>Carrier, aborted, window and heartbeat errors.</summary>
    [Column(15)] public required ulong TransmitCarrierErrors { get; init; }
    [Column(16)] public required ulong TransmitCompressed { get; init; }
}
