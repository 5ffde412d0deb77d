namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/vm/dirty_ratio</c> (writers are throttled and write back themselves) and
/// <c>/proc/sys/vm/dirty_background_ratio</c> (the flusher threads start), as percentages of available memory
/// (vm.rst; <c>vm_dirty_ratio</c> and <c>dirty_background_ratio</c> in <c>mm/page-writeback.c</c>). Each reads 0
/// while its <c>*_bytes</c> twin is set.
/// </summary>
[ProcFile("sys/vm/dirty_ratio", Accessor = "VmDirtyRatio"), ProcFile("sys/vm/dirty_background_ratio", Accessor = "VmDirtyBackgroundRatio"), SingleValue]
public sealed partial record VmDirtyThreshold
{
    /// <summary>Percent of available memory that may be dirty.</summary>
    public required int Percent { get; init; }
}
