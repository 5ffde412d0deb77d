namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/[pid]/limits</c>: a resource limit (proc(5); <c>proc_pid_limits</c> in <c>fs/proc/base.c</c>).
/// The table is aligned under its header, and names contain spaces (<c>Max open files</c>).
/// </summary>
/// <remarks>
/// <c>unlimited</c> (<c>RLIM_INFINITY</c>) reads as <c>null</c>. Units are blank for counts without a unit
/// (<c>Max processes</c> prints <c>processes</c>, but <c>Max nice priority</c> and <c>Max realtime priority</c>
/// print nothing).
/// </remarks>
[ProcFile("{pid}/limits", Accessor = "Limits"), HeaderTable(Aligned = true)]
public sealed partial record ProcessLimit
{
    /// <summary>The resource, e.g. <c>Max open files</c>.</summary>
    [Column("Limit")] public required string Name { get; init; }

    /// <summary>The soft limit; <c>null</c> for unlimited.</summary>
    [Column("Soft Limit"), NullIf("unlimited")] public ulong? Soft { get; init; }

    /// <summary>The hard limit (ceiling for the soft limit); <c>null</c> for unlimited.</summary>
    [Column("Hard Limit"), NullIf("unlimited")] public ulong? Hard { get; init; }

    /// <summary>The unit (<c>seconds</c>, <c>bytes</c>, <c>files</c>, <c>us</c> …), or <c>null</c> when none is printed.</summary>
    [Column("Units")] public string? Units { get; init; }
}
