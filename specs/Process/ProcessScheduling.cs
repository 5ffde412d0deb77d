using System;
using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/sched</c>: the scheduler's view of a task (<c>proc_sched_show_task</c> in
/// <c>kernel/sched/debug.c</c>): a title line <c>sleep (1234, #threads: 1)</c>, a line of dashes, then
/// <c>name   :   value</c> lines, some with dotted names (<c>se.avg.util_avg</c>). Read with <c>process.Scheduling()</c>.
/// </summary>
/// <remarks>
/// Times are printed in milliseconds with six decimals (<c>SPLIT_NS</c>: nanoseconds as <c>ms.ns</c>); the
/// <c>*Milliseconds</c> properties keep them and the <c>TimeSpan</c> helpers convert. Which lines appear depends on
/// the kernel's configuration (<c>CONFIG_SCHEDSTATS</c> adds dozens, NUMA adds <c>numa_*</c>): the ones named here
/// are nullable where kernels differ, and every other one is in <see cref="Other"/>. The NUMA lines without a colon
/// (<c>current_node=0, numa_group_id=0</c>) are skipped.
/// </remarks>
[ProcFile("{pid}/sched", Accessor = "Scheduling"), KeyValue(SkipLines = 2, SkipUnkeyedLines = true)]
public sealed partial record ProcessScheduling
{
    /// <summary>When the task last started running, in milliseconds of the run queue's clock.</summary>
    [Key("se.exec_start")] public required double ExecStartMilliseconds { get; init; }

    /// <summary>The task's virtual runtime, in milliseconds.</summary>
    [Key("se.vruntime")] public required double VirtualRuntimeMilliseconds { get; init; }

    /// <summary>The CPU time the task has used, in milliseconds.</summary>
    [Key("se.sum_exec_runtime")] public required double SumExecRuntimeMilliseconds { get; init; }

    /// <summary>How many times the task moved to another CPU.</summary>
    [Key("se.nr_migrations")] public ulong? Migrations { get; init; }

    /// <summary>Context switches.</summary>
    [Key("nr_switches")] public required ulong Switches { get; init; }

    /// <summary>Context switches because the task blocked.</summary>
    [Key("nr_voluntary_switches")] public required ulong VoluntarySwitches { get; init; }

    /// <summary>Context switches because the task was preempted.</summary>
    [Key("nr_involuntary_switches")] public required ulong InvoluntarySwitches { get; init; }

    /// <summary>The task's load weight (1048576 for nice 0 on 64-bit kernels).</summary>
    [Key("se.load.weight")] public ulong? LoadWeight { get; init; }

    /// <summary>Average load (PELT).</summary>
    [Key("se.avg.load_avg")] public ulong? LoadAverage { get; init; }

    /// <summary>Average utilization, out of 1024 (PELT).</summary>
    [Key("se.avg.util_avg")] public ulong? UtilizationAverage { get; init; }

    /// <summary>The scheduling policy (<c>0</c> SCHED_NORMAL, <c>1</c> FIFO, <c>2</c> RR, <c>3</c> BATCH, <c>5</c> IDLE, <c>6</c> DEADLINE).</summary>
    [Key("policy")] public required int Policy { get; init; }

    /// <summary>The kernel's priority (<c>120</c> is nice 0).</summary>
    [Key("prio")] public required int Priority { get; init; }

    /// <summary>The task's time slice under EEVDF, in nanoseconds (6.6+).</summary>
    [Key("se.slice")] public ulong? SliceNanoseconds { get; init; }

    /// <summary>Nanoseconds the two clock reads around the report took.</summary>
    [Key("clock-delta")] public long? ClockDelta { get; init; }

    /// <summary>The preferred NUMA node, <c>-1</c> for none (NUMA balancing kernels).</summary>
    [Key("numa_preferred_nid")] public int? NumaPreferredNode { get; init; }

    /// <summary>Every other line, by name, as printed (integers and <c>ms.ns</c> times).</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, string> Other { get; init; }

    /// <summary>The CPU time the task has used.</summary>
    public TimeSpan SumExecRuntime => TimeSpan.FromMilliseconds(SumExecRuntimeMilliseconds);
}
