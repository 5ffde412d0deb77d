using System;

namespace ProcGen.Specs;

/// <summary>
/// The times of a <c>cpu</c> or <c>cpuN</c> line of <c>/proc/stat</c>, in clock ticks (<c>USER_HZ</c>; convert with
/// <see cref="HostInfo"/>): how long the CPUs spent in each state since boot (<c>show_stat</c> in
/// <c>fs/proc/stat.c</c>).
/// </summary>
/// <remarks>
/// The first seven fields are printed by every 2.6 kernel; later kernels appended <c>steal</c> (2.6.11),
/// <c>guest</c> (2.6.24) and <c>guest_nice</c> (2.6.33), which are <c>null</c> on kernels that lack them. Guest
/// time is also counted in <see cref="UserTicks"/> and <see cref="NiceTicks"/>.
/// </remarks>
[ProcPart, Columnar]
public sealed partial record CpuTimes
{
    /// <summary>Normal processes in user mode.</summary>
    [Column(0)] public required ulong UserTicks { get; init; }

    /// <summary>Niced processes in user mode.</summary>
    [Column(1)] public required ulong NiceTicks { get; init; }

    /// <summary>Kernel mode.</summary>
    [Column(2)] public required ulong SystemTicks { get; init; }

    /// <summary>Idle.</summary>
    [Column(3)] public required ulong IdleTicks { get; init; }

    /// <summary>Idle while I/O was outstanding (not reliable: see proc(5)).</summary>
    [Column(4)] public required ulong IoWaitTicks { get; init; }

    /// <summary>Servicing hardware interrupts.</summary>
    [Column(5)] public required ulong IrqTicks { get; init; }

    /// <summary>Servicing softirqs.</summary>
    [Column(6)] public required ulong SoftIrqTicks { get; init; }

    /// <summary>Stolen by the hypervisor for other guests (2.6.11+).</summary>
    [Column(7)] public ulong? StealTicks { get; init; }

    /// <summary>Running a guest's virtual CPU (2.6.24+).</summary>
    [Column(8)] public ulong? GuestTicks { get; init; }

    /// <summary>Running a niced guest (2.6.33+).</summary>
    [Column(9)] public ulong? GuestNiceTicks { get; init; }

    /// <summary>User time as a <see cref="TimeSpan"/>, with the tick rate of the machine the file is from.</summary>
    public TimeSpan UserTime(HostInfo host) => host.TicksToTimeSpan(UserTicks);

    /// <summary>Niced user time.</summary>
    public TimeSpan NiceTime(HostInfo host) => host.TicksToTimeSpan(NiceTicks);

    /// <summary>Kernel time.</summary>
    public TimeSpan SystemTime(HostInfo host) => host.TicksToTimeSpan(SystemTicks);

    /// <summary>Idle time.</summary>
    public TimeSpan IdleTime(HostInfo host) => host.TicksToTimeSpan(IdleTicks);

    /// <summary>I/O wait time.</summary>
    public TimeSpan IoWaitTime(HostInfo host) => host.TicksToTimeSpan(IoWaitTicks);

    /// <summary>Hardware interrupt time.</summary>
    public TimeSpan IrqTime(HostInfo host) => host.TicksToTimeSpan(IrqTicks);

    /// <summary>Softirq time.</summary>
    public TimeSpan SoftIrqTime(HostInfo host) => host.TicksToTimeSpan(SoftIrqTicks);

    /// <summary>Stolen time, or <c>null</c> on kernels before 2.6.11.</summary>
    public TimeSpan? StealTime(HostInfo host) => StealTicks is { } ticks ? host.TicksToTimeSpan(ticks) : null;

    /// <summary>
    /// Every state except idle and I/O wait, in ticks: what <c>top</c> counts as busy. Guest time is not added again
    /// (it is already in user and nice).
    /// </summary>
    public ulong BusyTicks => UserTicks + NiceTicks + SystemTicks + IrqTicks + SoftIrqTicks + (StealTicks ?? 0);
}
