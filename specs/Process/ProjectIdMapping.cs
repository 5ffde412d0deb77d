namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/[pid]/projid_map</c>: a range of filesystem project IDs mapped from the process's user
/// namespace to its parent's (user_namespaces(7); <c>projid_m_show</c> in <c>kernel/user_namespace.c</c>).
/// </summary>
[ProcFile("{pid}/projid_map", Accessor = "ProjectIdMap"), Rows]
public sealed partial record ProjectIdMapping
{
    /// <summary>First project ID of the range inside the process's namespace.</summary>
    [Column(0)] public required uint InsideStart { get; init; }

    /// <summary>First project ID of the range in the namespace of the reader.</summary>
    [Column(1)] public required uint OutsideStart { get; init; }

    /// <summary>How many project IDs the range maps.</summary>
    [Column(2)] public required uint Length { get; init; }
}
