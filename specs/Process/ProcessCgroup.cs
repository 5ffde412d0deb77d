namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/[pid]/cgroup</c>: <c>hierarchy-ID:controller-list:cgroup-path</c> (cgroups(7);
/// <c>proc_cgroup_show</c> in <c>kernel/cgroup/cgroup.c</c>). A cgroup v2 line is <c>0::/path</c>: ID 0, no
/// controllers. Named v1 hierarchies list <c>name=systemd</c> among the controllers.
/// </summary>
/// <remarks>The path may itself contain <c>:</c>: it is the rest of the line after the second colon.</remarks>
[ProcFile("{pid}/cgroup", Accessor = "Cgroups"), Rows(Separator = ':')]
public sealed partial record ProcessCgroup
{
    /// <summary>The hierarchy ID; 0 for the unified (v2) hierarchy.</summary>
    [Column(0)] public required int HierarchyId { get; init; }

    /// <summary>The controllers bound to the hierarchy, comma-separated as printed; empty for v2.</summary>
    [Column(1)] public required string Controllers { get; init; }

    /// <summary>The cgroup's path relative to the hierarchy's root (may contain <c>:</c>).</summary>
    [Rest] public required string Path { get; init; }

    /// <summary>Whether this is the unified (cgroup v2) hierarchy.</summary>
    public bool IsUnified => HierarchyId == 0 && Controllers.Length == 0;

    /// <summary>The controller list split at commas (<c>cpu,cpuacct</c>, <c>name=systemd</c>).</summary>
    public string[] ControllerList => Controllers.Length == 0 ? [] : Controllers.Split(',');
}
