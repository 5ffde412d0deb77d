using System;
using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/stat</c>: CPU times, interrupt, context-switch and process counters since boot, and the boot time
/// (<c>show_stat</c> in <c>fs/proc/stat.c</c>; proc(5)). Read with <c>fs.KernelStatistics()</c>.
/// </summary>
/// <remarks>
/// Each line is a name and its values. <c>cpu</c> sums every CPU; <c>cpu0</c>, <c>cpu1</c> … are one per online CPU
/// (offline CPUs are not printed, so numbers may have gaps). Lines of older kernels (2.4's <c>page</c>,
/// <c>swap</c>, <c>disk_io</c>) and any a newer kernel adds are kept as text in <see cref="Other"/>.
/// </remarks>
[ProcFile("stat"), KeyValue(Separator = ' ')]
public sealed partial record KernelStatistics
{
    /// <summary>The times of all CPUs together.</summary>
    [Key("cpu")] public required CpuTimes Total { get; init; }

    /// <summary>The times of each online CPU, by CPU number.</summary>
    [IndexedKey("cpu")] public required IReadOnlyDictionary<int, CpuTimes> Cpus { get; init; }

    /// <summary>Interrupts serviced: the total, then one count per interrupt number.</summary>
    [Key("intr")] public required StatCounters Interrupts { get; init; }

    /// <summary>Context switches.</summary>
    [Key("ctxt")] public required ulong ContextSwitches { get; init; }

    /// <summary>The boot time in seconds since the Unix epoch (see <see cref="BootTime"/>).</summary>
    [Key("btime")] public required long BootTimeSeconds { get; init; }

    /// <summary>Processes and threads created (forks).</summary>
    [Key("processes")] public required ulong Processes { get; init; }

    /// <summary>Runnable threads (2.5.45+).</summary>
    [Key("procs_running")] public uint? ProcessesRunning { get; init; }

    /// <summary>Threads blocked waiting for I/O (2.5.45+).</summary>
    [Key("procs_blocked")] public uint? ProcessesBlocked { get; init; }

    /// <summary>Softirqs serviced: the total, then one count per softirq type (2.6.31+).</summary>
    [Key("softirq")] public StatCounters? SoftIrqs { get; init; }

    /// <summary>Lines not declared above, as printed after their name.</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, string> Other { get; init; }

    /// <summary>When the system booted.</summary>
    public DateTimeOffset BootTime => DateTimeOffset.FromUnixTimeSeconds(BootTimeSeconds);
}
