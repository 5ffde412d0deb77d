namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/misc</c>: a device registered with the misc driver (character major 10) and its minor
/// number (<c>misc_seq_show</c> in <c>drivers/char/misc.c</c> prints <c>%3i %s</c>).
/// </summary>
[ProcFile("misc", Accessor = "MiscDevices"), Rows]
public sealed partial record MiscDevice
{
    /// <summary>The minor number under major 10.</summary>
    [Column(0)] public required int Minor { get; init; }

    /// <summary>The device's name (<c>fuse</c>, <c>loop-control</c>); <c>null</c> if it registered none.</summary>
    [Rest] public string? Name { get; init; }
}
