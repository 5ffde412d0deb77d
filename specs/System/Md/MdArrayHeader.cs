namespace ProcGen.Specs;

/// <summary>
/// The first line of an array in <c>/proc/mdstat</c>: <c>md0 : active raid1 sdb1[1] sda1[0](F)</c>
/// (<c>md_seq_show</c> in <c>drivers/md/md.c</c> prints <c>"%s : %sactive"</c>, then for an active array
/// <c>(read-only)</c>/<c>(auto-read-only)</c> and the personality, then <c>" %pg[%d]"</c> and flags per device).
/// </summary>
[ProcPart, Rows]
public sealed partial record MdArrayHeader
{
    /// <summary>The array's device name (<c>md0</c>, <c>md127</c>).</summary>
    [Column(0)] public required string Name { get; init; }

    /// <summary>Whether the array runs.</summary>
    [Column(2)] public required MdArrayState State { get; init; }

    /// <summary>The access mode, personality and member devices.</summary>
    [Rest] public required MdMembers Members { get; init; }
}
