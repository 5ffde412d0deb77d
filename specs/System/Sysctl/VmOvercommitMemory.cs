namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/vm/overcommit_memory</c>: the commit accounting policy (Documentation/mm/overcommit-accounting.rst;
/// <c>sysctl_overcommit_memory</c> in <c>mm/util.c</c>, values <c>OVERCOMMIT_*</c> of <c>include/linux/mman.h</c>).
/// </summary>
[ProcFile("sys/vm/overcommit_memory"), SingleValue]
public sealed partial record VmOvercommitMemory
{
    /// <summary>The policy.</summary>
    public required OvercommitPolicy Policy { get; init; }
}

/// <summary>The values of <c>vm/overcommit_memory</c>.</summary>
public enum OvercommitPolicy
{
    /// <summary><c>0</c>, <c>OVERCOMMIT_GUESS</c>: refuse only obvious overcommits (the default).</summary>
    [ProcToken("0")] Heuristic,

    /// <summary><c>1</c>, <c>OVERCOMMIT_ALWAYS</c>: never refuse.</summary>
    [ProcToken("1")] Always,

    /// <summary><c>2</c>, <c>OVERCOMMIT_NEVER</c>: refuse past the commit limit (swap plus <c>overcommit_ratio</c> of RAM).</summary>
    [ProcToken("2")] Never,
}
