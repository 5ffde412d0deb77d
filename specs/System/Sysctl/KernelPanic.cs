using System;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/kernel/panic</c>: what the kernel does after a panic: 0 waits forever, a positive number reboots
/// after that many seconds, a negative one reboots at once (Documentation/admin-guide/sysctl/kernel.rst;
/// <c>panic_timeout</c> in <c>kernel/panic.c</c>).
/// </summary>
[ProcFile("sys/kernel/panic"), SingleValue]
public sealed partial record KernelPanic
{
    /// <summary>The timeout in seconds, as the kernel keeps it (0: never reboot; negative: reboot immediately).</summary>
    public required int TimeoutSeconds { get; init; }

    /// <summary>Whether a panic ends in a reboot.</summary>
    public bool Reboots => TimeoutSeconds != 0;

    /// <summary>The wait before rebooting: <c>null</c> when the kernel never reboots, zero when it reboots at once.</summary>
    public TimeSpan? RebootDelay => TimeoutSeconds == 0 ? null : TimeSpan.FromSeconds(Math.Max(0, TimeoutSeconds));
}
