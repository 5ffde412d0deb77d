namespace ProcGen.Specs;

/// <summary>
/// One CPU's line of <c>/proc/net/softnet_stat</c>: packet-processing counters (<c>softnet_seq_show</c> in
/// <c>net/core/net-procfs.c</c>). Every field is <c>%08x</c>. Read with <c>fs.SoftnetStat()</c>.
/// </summary>
/// <remarks>
/// Kernels have printed 9 (before 2.6.35), 10 (RPS), 11 (flow limit), 13 (backlog length and CPU index, 5.10+)
/// and 15 fields (input and process queue lengths, 6.x); fields a kernel does not print are <c>null</c>. Lines
/// are for online CPUs only, so <see cref="Cpu"/> (when printed) is not always the line number. Columns 3–7 are
/// always 0 (once fastroute), and 8 (<c>cpu_collision</c>) is 0 on current kernels.
/// </remarks>
[ProcFile("net/softnet_stat", Accessor = "SoftnetStat"), ProcFile("{pid}/net/softnet_stat", Accessor = "SoftnetStat"), Rows]
public sealed partial record SoftnetStat
{
    /// <summary>Packets processed.</summary>
    [Column(0), Hex] public required uint Processed { get; init; }
    /// <summary>Packets dropped because the backlog queue was full.</summary>
    [Column(1), Hex] public required uint Dropped { get; init; }
    /// <summary>Times the NAPI poll ran out of budget or time with work left.</summary>
    [Column(2), Hex] public required uint TimeSqueeze { get; init; }
    /// <summary>Transmit lock collisions (0 on current kernels).</summary>
    [Column(8), Hex] public required uint CpuCollision { get; init; }
    /// <summary>Times this CPU was woken by an inter-processor interrupt for RPS (2.6.35+).</summary>
    [Column(9), Hex] public uint? ReceivedRps { get; init; }
    /// <summary>Packets dropped by the flow limit (3.16+).</summary>
    [Column(10), Hex] public uint? FlowLimitCount { get; init; }
    /// <summary>Packets waiting in the backlog (5.10+).</summary>
    [Column(11), Hex] public uint? BacklogLength { get; init; }
    /// <summary>The CPU this line is for (5.10+).</summary>
    [Column(12), Hex] public uint? Cpu { get; init; }
    /// <summary>Packets in the input queue (6.x).</summary>
    [Column(13), Hex] public uint? InputQueueLength { get; init; }
    /// <summary>Packets in the process queue (6.x).</summary>
    [Column(14), Hex] public uint? ProcessQueueLength { get; init; }
}
