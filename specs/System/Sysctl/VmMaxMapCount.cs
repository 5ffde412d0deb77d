namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/vm/max_map_count</c>: the most memory mappings (lines of <c>{pid}/maps</c>) one process may have
/// (vm.rst; <c>sysctl_max_map_count</c> in <c>mm/mmap.c</c>).
/// </summary>
[ProcFile("sys/vm/max_map_count"), SingleValue]
public sealed partial record VmMaxMapCount
{
    /// <summary>The per-process mapping limit (65530 by default).</summary>
    public required int MaxMapCount { get; init; }
}
