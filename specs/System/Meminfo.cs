using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/meminfo</c>: system memory usage (<c>fs/proc/meminfo.c</c>). Sizes are in bytes (the kernel prints kB).
/// Keys that depend on kernel configuration are nullable; keys not declared here land in <see cref="Other"/>.
/// </summary>
[ProcFile("meminfo"), KeyValue(Separator = ':')]
public sealed partial record Meminfo
{
    [Key("MemTotal"), Kilobytes] public required ulong MemTotal { get; init; }
    [Key("MemFree"), Kilobytes] public required ulong MemFree { get; init; }
    /// <summary>Estimate of memory available for new workloads without swapping (3.14+).</summary>
    [Key("MemAvailable"), Kilobytes] public ulong? MemAvailable { get; init; }
    [Key("Buffers"), Kilobytes] public required ulong Buffers { get; init; }
    [Key("Cached"), Kilobytes] public required ulong Cached { get; init; }
    [Key("SwapCached"), Kilobytes] public required ulong SwapCached { get; init; }
    [Key("Active"), Kilobytes] public required ulong Active { get; init; }
    [Key("Inactive"), Kilobytes] public required ulong Inactive { get; init; }
    [Key("SwapTotal"), Kilobytes] public required ulong SwapTotal { get; init; }
    [Key("SwapFree"), Kilobytes] public required ulong SwapFree { get; init; }
    [Key("Dirty"), Kilobytes] public required ulong Dirty { get; init; }
    [Key("Writeback"), Kilobytes] public required ulong Writeback { get; init; }
    [Key("Shmem"), Kilobytes] public ulong? Shmem { get; init; }
    [Key("Slab"), Kilobytes] public required ulong Slab { get; init; }
    [Key("HugePages_Total")] public ulong? HugePagesTotal { get; init; }
    [Key("Hugepagesize"), Kilobytes] public ulong? HugePageSize { get; init; }

    /// <summary>Every other key, in bytes where the kernel printed kB.</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, ulong> Other { get; init; }
}
