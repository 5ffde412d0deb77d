namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/cgroups</c>: a cgroup controller (subsystem) compiled into the kernel, and the cgroup v1
/// hierarchy it is attached to (cgroups(7); <c>proc_cgroupstats_show</c> in <c>kernel/cgroup/cgroup-v1.c</c>).
/// </summary>
/// <remarks>
/// The header is <c>#subsys_name hierarchy num_cgroups enabled</c>; its first name keeps the <c>#</c>. Columns are
/// read by those names, tab-separated as the kernel prints them.
/// </remarks>
[ProcFile("cgroups", Accessor = "CgroupControllers"), HeaderTable]
public sealed partial record CgroupController
{
    /// <summary>The controller's name (<c>cpu</c>, <c>memory</c>, <c>pids</c> …).</summary>
    [Column("#subsys_name")] public required string Name { get; init; }

    /// <summary>
    /// The ID of the v1 hierarchy the controller is mounted on; 0 when it is on no v1 hierarchy (free, or bound to
    /// the cgroup v2 hierarchy).
    /// </summary>
    [Column("hierarchy")] public required int HierarchyId { get; init; }

    /// <summary>The number of cgroups in that hierarchy using the controller (1 for the root alone).</summary>
    [Column("num_cgroups")] public required int CgroupCount { get; init; }

    /// <summary>Whether the controller is enabled (<c>cgroup_disable=</c> on the command line turns it off).</summary>
    [Column("enabled")] public required bool IsEnabled { get; init; }
}
