using System;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/uptime</c>: seconds since boot and idle seconds (proc(5); <c>uptime_proc_show</c> in
/// <c>fs/proc/uptime.c</c>), both with two decimals.
/// </summary>
[ProcFile("uptime"), Columnar]
public sealed partial record Uptime
{
    /// <summary>Seconds since boot (suspend included, as <c>CLOCK_BOOTTIME</c>).</summary>
    [Column(0)] public required double UpSeconds { get; init; }

    /// <summary>Seconds all CPUs spent idle, summed over CPUs: may exceed <see cref="UpSeconds"/>.</summary>
    [Column(1)] public required double IdleSeconds { get; init; }

    /// <summary>Time since boot.</summary>
    public TimeSpan Up => TimeSpan.FromSeconds(UpSeconds);

    /// <summary>Idle time summed over all CPUs.</summary>
    public TimeSpan Idle => TimeSpan.FromSeconds(IdleSeconds);
}
