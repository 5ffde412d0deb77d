namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/[pid]/uid_map</c>, <c>gid_map</c> or <c>projid_map</c>: a range of user, group or project IDs
/// mapped from the process's user namespace to its parent's (user_namespaces(7); <c>uid_m_show</c>,
/// <c>gid_m_show</c>, <c>projid_m_show</c> in <c>kernel/user_namespace.c</c>, one format for all three). The initial
/// namespace maps the whole range: <c>0 0 4294967295</c>.
/// </summary>
[ProcFile("{pid}/uid_map", Accessor = "UidMap"), ProcFile("{pid}/gid_map", Accessor = "GidMap"), ProcFile("{pid}/projid_map", Accessor = "ProjectIdMap"), Rows]
public sealed partial record IdMapping
{
    /// <summary>First ID of the range inside the process's namespace.</summary>
    [Column(0)] public required uint InsideStart { get; init; }

    /// <summary>First ID of the range in the namespace of the reader (the parent, seen from outside).</summary>
    [Column(1)] public required uint OutsideStart { get; init; }

    /// <summary>How many IDs the range maps.</summary>
    [Column(2)] public required uint Length { get; init; }
}
