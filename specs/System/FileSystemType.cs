namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/filesystems</c>: a filesystem type the kernel supports (proc(5), filesystems(5);
/// <c>filesystems_proc_show</c> in <c>fs/filesystems.c</c> prints <c>%s\t%s</c>, the first field <c>nodev</c> or
/// empty).
/// </summary>
/// <remarks>Types built as modules appear only once their module is loaded.</remarks>
[ProcFile("filesystems", Accessor = "FileSystems"), Rows]
public sealed partial record FileSystemType
{
    /// <summary>
    /// <c>nodev</c>: the type needs no block device (<c>FS_REQUIRES_DEV</c> unset: <c>proc</c>, <c>tmpfs</c>,
    /// network filesystems).
    /// </summary>
    [Column(0), OptionalToken("nodev")] public required bool NoDevice { get; init; }

    /// <summary>The type's name, as given to mount(2) (<c>ext4</c>, <c>tmpfs</c>).</summary>
    [Column(1)] public required string Name { get; init; }

    /// <summary>Whether mounting needs a block device (the first field is empty).</summary>
    public bool RequiresDevice => !NoDevice;
}
