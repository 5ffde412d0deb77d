namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/[pid]/gid_map</c>: a range of Gids mapped from the process's user namespace to its
/// parent's (user_namespaces(7); <c>gid_m_show</c> in <c>kernel/user_namespace.c</c>). The initial namespace maps
/// the whole range: <c>0 0 4294967295</c>.
/// </summary>
[ProcFile("{pid}/gid_map", Accessor = "GidMap"), Rows]
public sealed partial record GidMapping
{
    /// <summary>First Gid of the range inside the process's namespace.</summary>
    [Column(0)] public required uint InsideStart { get; init; }

    /// <summary>First Gid of the range in the namespace of the reader (the parent, seen from outside).</summary>
    [Column(1)] public required uint OutsideStart { get; init; }

    /// <summary>How many Gids the range maps.</summary>
    [Column(2)] public required uint Length { get; init; }
}
