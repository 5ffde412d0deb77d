namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/schedstat</c>: three scheduler counters (<c>proc_pid_schedstat</c> in <c>fs/proc/base.c</c>;
/// Documentation/scheduler/sched-stats.rst).
/// </summary>
[ProcFile("{pid}/schedstat"), Columnar]
public sealed partial record ProcessSchedstat
{
    /// <summary>Time spent on a CPU, in nanoseconds.</summary>
    [Column(0)] public required ulong RunTimeNanoseconds { get; init; }

    /// <summary>Time spent runnable but waiting for a CPU, in nanoseconds.</summary>
    [Column(1)] public required ulong WaitTimeNanoseconds { get; init; }

    /// <summary>Time slices run on a CPU.</summary>
    [Column(2)] public required ulong Timeslices { get; init; }
}
