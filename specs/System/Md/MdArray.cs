using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One software RAID (md) array of <c>/proc/mdstat</c>: its state, personality and member devices, then its size,
/// redundancy, sync progress and bitmap (<c>md_seq_show</c>, <c>status_resync</c> and <c>md_bitmap_status</c> in
/// <c>drivers/md/md.c</c>; the personalities' <c>status</c> functions print the <c>[2/1] [U_]</c>). Read with
/// <c>fs.MdStat()</c>; <c>mdadm --detail</c> tells more from <c>/sys/block/mdX/md/</c>.
/// </summary>
/// <remarks>
/// Each array is a block: an unindented <c>md0 : …</c> line and the lines indented under it. The file's first line,
/// <c>Personalities : [raid1] [raid6] …</c>, and its last, <c>unused devices: &lt;none&gt;</c>, are no arrays and
/// are skipped. The file exists only with the <c>md_mod</c> module loaded.
/// </remarks>
[ProcFile("mdstat", Accessor = "MdStat"), Blocks(Start = BlockStart.UnindentedLine, HeaderPrefix = "md")]
public sealed partial record MdArray
{
    /// <summary>The array's name, state, personality and devices, from its first line.</summary>
    [HeaderLine] public required MdArrayHeader Array { get; init; }

    /// <summary>The lines under it: size, metadata, redundancy, sync and bitmap.</summary>
    [Rest] public required MdArrayStatus Status { get; init; }

    /// <summary>The array's device name (<c>md0</c>).</summary>
    public string Name => Array.Name;

    /// <summary>The personality (<c>raid1</c>, <c>raid6</c>, <c>linear</c>); <c>null</c> for an inactive array.</summary>
    public string? Personality => Array.Members.Personality;

    /// <summary>The member devices with their numbers and flags.</summary>
    public IReadOnlyList<MdMember> Devices => Array.Members.Devices;
}
