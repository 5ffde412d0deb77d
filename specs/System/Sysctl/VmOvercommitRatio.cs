namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/vm/overcommit_ratio</c>: with <c>overcommit_memory</c> = 2, the percentage of RAM (besides swap)
/// that may be committed (vm.rst; <c>sysctl_overcommit_ratio</c> in <c>mm/util.c</c>). Ignored when
/// <c>vm/overcommit_kbytes</c> is set.
/// </summary>
[ProcFile("sys/vm/overcommit_ratio"), SingleValue]
public sealed partial record VmOvercommitRatio
{
    /// <summary>Percent of physical RAM counted into the commit limit (50 by default).</summary>
    public required int Percent { get; init; }
}
