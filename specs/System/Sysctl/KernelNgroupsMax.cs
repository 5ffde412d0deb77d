namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/kernel/ngroups_max</c>: the most supplementary groups a process may have, <c>NGROUPS_MAX</c>
/// (65536 since 2.6.4; read-only, <c>kern_table</c> in <c>kernel/sysctl.c</c>).
/// </summary>
[ProcFile("sys/kernel/ngroups_max"), SingleValue]
public sealed partial record KernelNgroupsMax
{
    /// <summary>The supplementary group limit.</summary>
    public required int NgroupsMax { get; init; }
}
