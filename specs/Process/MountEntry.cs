namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/[pid]/mounts</c> (and <c>/proc/mounts</c>, a link to <c>self/mounts</c>): a mount in the
/// fstab(5) layout (proc(5); <c>show_vfsmnt</c> in <c>fs/proc_namespace.c</c>).
/// </summary>
/// <remarks>
/// The source, mount point and type are printed with octal escapes for space, tab, newline and backslash
/// (<c>/mnt/my\040disk</c>), decoded here. The last two fields are always <c>0 0</c> (dump and fsck pass are
/// not known to the kernel); they are kept for fstab compatibility.
/// </remarks>
[ProcFile("{pid}/mounts", Accessor = "Mounts"), Rows]
public sealed partial record MountEntry
{
    /// <summary>The mounted device or filesystem source (<c>/dev/vda</c>, <c>tmpfs</c>, <c>none</c>).</summary>
    [Column(0), Escaped] public required string Source { get; init; }

    /// <summary>Where it is mounted, relative to the process's root.</summary>
    [Column(1), Escaped] public required string MountPoint { get; init; }

    /// <summary>The filesystem type (<c>ext4</c>, <c>fuse.sshfs</c>).</summary>
    [Column(2), Escaped] public required string FileSystemType { get; init; }

    /// <summary>Mount and superblock options together (<c>rw,relatime,size=…</c>).</summary>
    [Column(3)] public required string Options { get; init; }

    /// <summary>fstab's dump field: always 0.</summary>
    [Column(4)] public required int Dump { get; init; }

    /// <summary>fstab's fsck pass: always 0.</summary>
    [Column(5)] public required int Pass { get; init; }
}
