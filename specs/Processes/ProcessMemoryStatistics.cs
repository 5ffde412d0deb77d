using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// Resident memory of all the processes running one program (all Apache workers, all Chrome renderers), as
/// Python <c>proc</c>'s <c>proc.apache</c> reports it: how many, and the minimum, average, median and maximum RSS.
/// All sizes in bytes.
/// </summary>
public sealed record ProcessMemoryStatistics(
    string ExeName,
    int Count,
    ulong MinimumRss,
    ulong AverageRss,
    ulong MedianRss,
    ulong MaximumRss,
    ulong TotalRss,
    IReadOnlyList<int> Pids);
