namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/swaps</c>: an active swap area (proc(5), swapon(8); <c>swap_show</c> in
/// <c>mm/swapfile.c</c>). Read with <c>fs.Swaps()</c>; with no swap the file is its header alone, an empty table.
/// </summary>
/// <remarks>
/// <c>Filename Type Size Used Priority</c>, separated by tabs and padding. The path is printed with octal escapes
/// for space, tab, newline and backslash (<c>/swap\040file</c>), decoded here. Sizes are printed in KiB without a
/// unit and exposed in bytes.
/// </remarks>
[ProcFile("swaps", Accessor = "Swaps"), HeaderTable]
public sealed partial record SwapArea
{
    /// <summary>The swap device or file, as the path it was enabled with (relative to the reader's root).</summary>
    [Column("Filename"), Escaped] public required string Filename { get; init; }

    /// <summary><c>partition</c> for a block device, <c>file</c> for a regular file.</summary>
    [Column("Type")] public required SwapType Type { get; init; }

    /// <summary>The usable size, in KiB as printed (the kernel's <c>K(si-&gt;pages)</c>). See <see cref="Size"/>.</summary>
    [Column("Size")] public required ulong SizeKilobytes { get; init; }

    /// <summary>The part in use, in KiB as printed. See <see cref="Used"/>.</summary>
    [Column("Used")] public required ulong UsedKilobytes { get; init; }

    /// <summary>Higher is used first; areas <c>swapon</c> gives no priority get negative ones (-2, -3 …) in activation order.</summary>
    [Column("Priority")] public required int Priority { get; init; }

    /// <summary>The usable size in bytes.</summary>
    public ulong Size => SizeKilobytes * 1024;

    /// <summary>The bytes in use.</summary>
    public ulong Used => UsedKilobytes * 1024;

    /// <summary>The bytes still free.</summary>
    public ulong Free => SizeKilobytes >= UsedKilobytes ? (SizeKilobytes - UsedKilobytes) * 1024 : 0;
}
