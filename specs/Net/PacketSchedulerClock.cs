namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/net/psched</c>: the packet scheduler's clock parameters, four <c>%08x</c> numbers on one line
/// (<c>psched_show</c> in <c>net/sched/sch_api.c</c>). Read with <c>fs.Psched()</c>.
/// </summary>
/// <remarks>
/// User space (<c>tc</c>) derives its tick and clock conversion from it: ticks per microsecond are
/// <see cref="NanosecondsPerMicrosecond"/> / <see cref="NanosecondsPerTick"/>. The third number is always
/// 1000000; the fourth is the high-resolution timer frequency (1000000000 with high-resolution timers).
/// </remarks>
[ProcFile("net/psched", Accessor = "Psched"), ProcFile("{pid}/net/psched", Accessor = "Psched"), Columnar]
public sealed partial record PacketSchedulerClock
{
    /// <summary>Nanoseconds per microsecond: 1000 (0x3e8).</summary>
    [Column(0), Hex] public required uint NanosecondsPerMicrosecond { get; init; }
    /// <summary>Nanoseconds per scheduler tick (<c>PSCHED_TICKS2NS(1)</c>: 64).</summary>
    [Column(1), Hex] public required uint NanosecondsPerTick { get; init; }
    /// <summary>Always 1000000 (0xf4240): once the clock resolution.</summary>
    [Column(2), Hex] public required uint ClockResolution { get; init; }
    /// <summary>The timer frequency in Hz (<c>NSEC_PER_SEC / hrtimer_resolution</c>).</summary>
    [Column(3), Hex] public required uint TimerFrequency { get; init; }
}
