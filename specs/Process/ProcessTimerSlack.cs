using System;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/timerslack_ns</c>: how late the kernel may fire the task's timers to batch wake-ups, in
/// nanoseconds (proc(5), <c>PR_SET_TIMERSLACK</c> in prctl(2); <c>timerslack_ns_show</c> in <c>fs/proc/base.c</c>,
/// <c>%llu</c>). 50000 (50 µs) by default, inherited over fork. Only in the process's directory, not per thread.
/// Reading another process's needs <c>CAP_SYS_NICE</c> (otherwise: permission denied).
/// </summary>
[ProcFile("{pid}/timerslack_ns"), SingleValue]
public sealed partial record ProcessTimerSlack
{
    /// <summary>The slack in nanoseconds.</summary>
    public required ulong Nanoseconds { get; init; }

    /// <summary>The slack as a <see cref="TimeSpan"/> (100 ns resolution: the nanoseconds below it are dropped; ulong.MaxValue / 100 still fits).</summary>
    public TimeSpan Slack => TimeSpan.FromTicks((long)(Nanoseconds / 100));
}
