using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One CPU of <c>/proc/schedstat</c>: its <c>cpuN</c> line and the <c>domainN</c> lines of the scheduling domains it
/// belongs to (<c>show_schedstat</c> in <c>kernel/sched/stats.c</c>; root-only on 5.x+, present with
/// <c>CONFIG_SCHEDSTATS</c>). Read with <c>fs.SchedulerStatistics()</c>.
/// </summary>
/// <remarks>
/// The file starts with <c>version N</c> and <c>timestamp N</c>, which head no CPU and are not records; the
/// version shows in each domain line (<see cref="SchedulerDomainCounters.Name"/>, printed from 17 on). Kernels
/// without SMP print no domain lines.
/// </remarks>
[ProcFile("schedstat", Accessor = "SchedulerStatistics"), Blocks(Start = BlockStart.PrefixedLine, HeaderPrefix = "cpu", Separator = ' ')]
public sealed partial record CpuSchedulerStatistics
{
    /// <summary>The run queue's counters.</summary>
    [HeaderLine] public required CpuSchedulerCounters RunQueue { get; init; }

    /// <summary>The CPU's scheduling domains by level (<c>domain0</c> is the smallest).</summary>
    [IndexedKey("domain")] public required IReadOnlyDictionary<int, SchedulerDomainCounters> Domains { get; init; }
}
