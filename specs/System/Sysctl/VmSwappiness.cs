namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/vm/swappiness</c>: how much reclaim prefers swapping anonymous memory to dropping page cache,
/// 0–200 (Documentation/admin-guide/sysctl/vm.rst; <c>vm_swappiness</c> in <c>mm/vmscan.c</c>).
/// </summary>
[ProcFile("sys/vm/swappiness"), SingleValue]
public sealed partial record VmSwappiness
{
    /// <summary>The relative I/O cost of swapping against file-backed reclaim (60 by default).</summary>
    public required int Swappiness { get; init; }
}
