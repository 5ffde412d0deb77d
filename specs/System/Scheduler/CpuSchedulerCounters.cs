namespace ProcGen.Specs;

/// <summary>
/// The <c>cpuN</c> line of <c>/proc/schedstat</c>: one run queue's counters (<c>show_schedstat</c> in
/// <c>kernel/sched/stats.c</c>; Documentation/scheduler/sched-stats.rst). Times are in nanoseconds (version 15+).
/// </summary>
[ProcPart, Columnar]
public sealed partial record CpuSchedulerCounters
{
    /// <summary>The CPU (<c>0</c> of <c>cpu0</c>).</summary>
    [Column(0), Prefix("cpu")] public required int Cpu { get; init; }

    /// <summary><c>sched_yield()</c> calls.</summary>
    [Column(1)] public required ulong YieldCount { get; init; }

    // Column 2 is a legacy counter, always 0.

    /// <summary><c>schedule()</c> calls.</summary>
    [Column(3)] public required ulong ScheduleCount { get; init; }

    /// <summary><c>schedule()</c> calls that left the CPU idle.</summary>
    [Column(4)] public required ulong GoIdleCount { get; init; }

    /// <summary><c>try_to_wake_up()</c> calls.</summary>
    [Column(5)] public required ulong WakeUpCount { get; init; }

    /// <summary>Wake-ups of a task that last ran on this CPU.</summary>
    [Column(6)] public required ulong LocalWakeUpCount { get; init; }

    /// <summary>Nanoseconds tasks ran on this CPU.</summary>
    [Column(7)] public required ulong RunTimeNanoseconds { get; init; }

    /// <summary>Nanoseconds tasks waited to run on this CPU.</summary>
    [Column(8)] public required ulong RunDelayNanoseconds { get; init; }

    /// <summary>Time slices run on this CPU.</summary>
    [Column(9)] public required ulong TimeSlices { get; init; }
}
