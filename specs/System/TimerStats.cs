namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/timer_stats</c>: which timers fired how often during a sample period, and who started them
/// (Documentation/timers/timer_stats.txt; <c>tstats_show</c> in <c>kernel/time/timer_stats.c</c>). Kernels 2.6.21
/// to 4.10 with <c>CONFIG_TIMER_STATS</c> only: 4.11 removed the file. Read with <c>fs.TimerStats()</c>.
/// </summary>
/// <remarks>
/// Collection starts with <c>echo 1 &gt; /proc/timer_stats</c> and stops with <c>echo 0</c>. The file has a header,
/// one line per timer and a line of totals, three shapes of line that no row format covers: it is read as one
/// value (<see cref="TimerStatsReport"/>), whose <c>Diagnose</c> names the line a malformed file breaks at.
/// </remarks>
[ProcFile("timer_stats"), SingleValue]
public sealed partial record TimerStats
{
    /// <summary>The sample period, collection state, entries and totals.</summary>
    public required TimerStatsReport Report { get; init; }
}
