namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/[pid]/timens_offsets</c>: how far a clock of the process's time namespace is from the
/// host's (time_namespaces(7); <c>proc_timens_show_offsets</c> in <c>kernel/time/namespace.c</c>, 5.6+).
/// </summary>
[ProcFile("{pid}/timens_offsets", Accessor = "TimeNamespaceOffsets"), Rows]
public sealed partial record TimeNamespaceOffset
{
    /// <summary>The clock whose offset this is.</summary>
    [Column(0)] public required NamespaceClock Clock { get; init; }

    /// <summary>Whole seconds of the offset (may be negative).</summary>
    [Column(1)] public required long Seconds { get; init; }

    /// <summary>Nanoseconds of the offset, 0–999999999.</summary>
    [Column(2)] public required long Nanoseconds { get; init; }

    /// <summary>The offset as a <see cref="System.TimeSpan"/> (100 ns resolution).</summary>
    public System.TimeSpan Offset => System.TimeSpan.FromSeconds(Seconds) + System.TimeSpan.FromTicks(Nanoseconds / 100);
}

/// <summary>The clocks a time namespace can offset; older kernels printed their numbers.</summary>
public enum NamespaceClock
{
    /// <summary><c>CLOCK_MONOTONIC</c> (printed <c>monotonic</c>, or <c>1</c> before 5.7).</summary>
    [ProcToken("monotonic"), ProcToken("1")] Monotonic,

    /// <summary><c>CLOCK_BOOTTIME</c> (printed <c>boottime</c>, or <c>7</c> before 5.7).</summary>
    [ProcToken("boottime"), ProcToken("7")] BootTime,
}
