namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/devices</c>: a major device number and the driver registered for it (proc(5);
/// <c>devinfo_show</c> in <c>fs/proc/devices.c</c>, <c>chrdev_show</c> and <c>blkdev_show</c> print <c>%3d %s</c>).
/// </summary>
/// <remarks>
/// The file has two sections, <c>Character devices:</c> and <c>Block devices:</c> (the second only with
/// <c>CONFIG_BLOCK</c>). A major may appear several times in a section, once per name registered on a range of
/// its minors (<c>4 /dev/vc/0</c>, <c>4 tty</c>).
/// </remarks>
[ProcFile("devices", Accessor = "Devices"), Rows(Sections = true)]
public sealed partial record DeviceMajor
{
    /// <summary>The section title without its colon: <c>Character devices</c> or <c>Block devices</c>.</summary>
    [Section] public required string Section { get; init; }

    /// <summary>The major device number.</summary>
    [Column(0)] public required int Major { get; init; }

    /// <summary>The driver's name for it (<c>tty</c>, <c>/dev/vc/0</c>, <c>cpu/cpuid</c>).</summary>
    [Rest] public required string Name { get; init; }

    /// <summary>Whether this is a block device major (the <c>Block devices</c> section).</summary>
    public bool IsBlockDevice => Section == "Block devices";

    /// <summary>Whether this is a character device major (the <c>Character devices</c> section).</summary>
    public bool IsCharacterDevice => Section == "Character devices";
}
