namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/[pid]/mountinfo</c>: a mount in the process's mount namespace (proc(5);
/// <c>show_mountinfo</c> in <c>fs/proc_namespace.c</c>).
/// </summary>
/// <remarks>
/// Between the mount options and the filesystem type come zero or more optional fields (<c>shared:N</c>,
/// <c>master:N</c>, <c>propagate_from:N</c>, <c>unbindable</c>) ended by a lone <c>-</c>. Paths and the source are
/// printed with octal escapes for space, tab, newline and backslash (<c>\040</c>), decoded here.
/// </remarks>
[ProcFile("{pid}/mountinfo", Accessor = "MountInfo"), Rows]
public sealed partial record MountInfo
{
    /// <summary>(1) A unique ID for the mount (reused after unmount).</summary>
    [Column(0)] public required int MountId { get; init; }

    /// <summary>(2) The parent mount's ID (itself for the root of the namespace's tree).</summary>
    [Column(1)] public required int ParentId { get; init; }

    /// <summary>(3) <c>major:minor</c>: the st_dev of files on this filesystem.</summary>
    [Column(2)] public required DeviceNumber Device { get; init; }

    /// <summary>(4) The directory of the filesystem that forms the root of this mount.</summary>
    [Column(3), Escaped] public required string Root { get; init; }

    /// <summary>(5) The mount point, relative to the process's root.</summary>
    [Column(4), Escaped] public required string MountPoint { get; init; }

    /// <summary>(6) Per-mount options (<c>rw,nosuid,relatime</c>).</summary>
    [Column(5)] public required string MountOptions { get; init; }

    /// <summary>(7) Optional fields: propagation (<c>shared:1</c>, <c>master:2</c> …); often none.</summary>
    [Column(6), TerminatedBy("-")] public required string[] OptionalFields { get; init; }

    /// <summary>(9) The filesystem type, <c>type.subtype</c> for FUSE.</summary>
    [Column(7), Escaped] public required string FileSystemType { get; init; }

    /// <summary>(10) Filesystem-specific source (a device, <c>none</c>).</summary>
    [Column(8), Escaped] public required string Source { get; init; }

    /// <summary>(11) Per-superblock options.</summary>
    [Column(9)] public required string SuperOptions { get; init; }
}
