using System;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/timerslack_ns</c>: how late the kernel may fire the process's timers to batch wakeups
/// (<c>timerslack_ns_show</c> in <c>fs/proc/base.c</c>, 4.6+; <c>prctl(PR_SET_TIMERSLACK)</c>), in nanoseconds;
/// 50000 (50 µs) by default, 0 for real-time tasks. Readable by processes that may ptrace the target.
/// </summary>
[ProcFile("{pid}/timerslack_ns", Accessor = "TimerSlack"), SingleValue]
public sealed partial record ProcessTimerSlack
{
    /// <summary>The slack in nanoseconds.</summary>
    public required ulong Nanoseconds { get; init; }

    /// <summary>The slack as a <see cref="TimeSpan"/> (100 ns ticks, rounded down).</summary>
    public TimeSpan Slack => TimeSpan.FromTicks((long)(Nanoseconds / 100));   // ulong.MaxValue / 100 fits a long
}
