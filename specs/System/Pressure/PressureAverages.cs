using System;

namespace ProcGen.Specs;

/// <summary>
/// One line of a pressure file: the share of time some (or all) tasks were stalled on a resource, averaged over
/// 10, 60 and 300 seconds, and the total stall time (<c>psi_show</c> in <c>kernel/sched/psi.c</c>:
/// <c>some avg10=0.00 avg60=0.00 avg300=0.00 total=0</c>).
/// </summary>
[ProcPart, Columnar]
public sealed partial record PressureAverages
{
    /// <summary>Percent of the last 10 seconds.</summary>
    [Column(0), Prefix("avg10=")] public required double Avg10 { get; init; }

    /// <summary>Percent of the last 60 seconds.</summary>
    [Column(1), Prefix("avg60=")] public required double Avg60 { get; init; }

    /// <summary>Percent of the last 300 seconds.</summary>
    [Column(2), Prefix("avg300=")] public required double Avg300 { get; init; }

    /// <summary>Total stall time since boot, in microseconds.</summary>
    [Column(3), Prefix("total=")] public required ulong TotalMicroseconds { get; init; }

    /// <summary>Total stall time since boot.</summary>
    public TimeSpan Total => TimeSpan.FromTicks((long)Math.Min(TotalMicroseconds, (ulong)(long.MaxValue / TimeSpan.TicksPerMicrosecond)) * TimeSpan.TicksPerMicrosecond);
}
