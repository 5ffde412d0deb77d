namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/partitions</c>: a block device or one of its partitions, with its size (proc(5);
/// <c>show_partition</c> in <c>block/genhd.c</c>). Read with <c>fs.Partitions()</c>.
/// </summary>
/// <remarks>
/// The header <c>major minor  #blocks  name</c> is followed by a blank line. Whole disks (<c>sda</c>) and their
/// partitions (<c>sda1</c>) both have lines; devices of size 0 and hidden disks do not.
/// </remarks>
[ProcFile("partitions", Accessor = "Partitions"), HeaderTable]
public sealed partial record Partition
{
    /// <summary>The device's major number.</summary>
    [Column("major")] public required uint Major { get; init; }

    /// <summary>The device's minor number.</summary>
    [Column("minor")] public required uint Minor { get; init; }

    /// <summary>The size in 1 KiB blocks, as printed (512-byte sectors ÷ 2). See <see cref="Size"/>.</summary>
    [Column("#blocks")] public required ulong Blocks { get; init; }

    /// <summary>The device name under <c>/dev</c> (<c>vda</c>, <c>nvme0n1p2</c>, <c>dm-0</c>).</summary>
    [Column("name")] public required string Name { get; init; }

    /// <summary>The size in bytes.</summary>
    public ulong Size => Blocks * 1024;

    /// <summary>The device number as <c>major:minor</c>.</summary>
    public DeviceNumber Device => new(Major, Minor);
}
