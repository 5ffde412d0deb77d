namespace ProcGen.Specs;

/// <summary>
/// The <c>fanotify flags:</c> line of a fanotify descriptor's fdinfo (<c>fanotify_show_fdinfo</c> in
/// <c>fs/notify/fdinfo.c</c>: <c>fanotify flags:%x event-flags:%x</c>): the group's <c>fanotify_init</c> flags as the
/// kernel rebuilds them (notification class, unlimited queue/marks, audit) and the flags of its event files.
/// </summary>
[ProcPart, Columnar]
public sealed partial record FanotifyGroup
{
    /// <summary>The <c>FAN_CLASS_*</c>, <c>FAN_UNLIMITED_QUEUE</c>, <c>FAN_UNLIMITED_MARKS</c> and <c>FAN_ENABLE_AUDIT</c> bits.</summary>
    [Column(0), Hex] public required uint Flags { get; init; }

    /// <summary>The <c>O_*</c> flags of the event file descriptors (<c>event_f_flags</c>).</summary>
    [Column(1), Prefix("event-flags:"), Hex] public required uint EventFlags { get; init; }
}

/// <summary>
/// A <c>fanotify ino:</c> line: a mark on one inode (<c>fanotify ino:%lx sdev:%x mflags:%x mask:%x ignored_mask:%x</c>
/// in <c>fanotify_fdinfo</c>, then the inode's file handle when the file system can encode one). Hexadecimal.
/// </summary>
[ProcPart, Columnar]
public sealed partial record FanotifyInodeMark
{
    /// <summary>The marked inode.</summary>
    [Column(0), Hex] public required ulong Inode { get; init; }

    /// <summary>The inode's superblock device, the kernel's internal <c>dev_t</c> (major &lt;&lt; 20 | minor).</summary>
    [Column(1), Prefix("sdev:"), Hex] public required uint Device { get; init; }

    /// <summary>Mark flags; <c>FAN_MARK_IGNORED_SURV_MODIFY</c> (0x20) is the only one shown.</summary>
    [Column(2), Prefix("mflags:"), Hex] public required uint MarkFlags { get; init; }

    /// <summary>The <c>FAN_*</c> events reported.</summary>
    [Column(3), Prefix("mask:"), Hex] public required ulong Mask { get; init; }

    /// <summary>The <c>FAN_*</c> events ignored.</summary>
    [Column(4), Prefix("ignored_mask:"), Hex] public required ulong IgnoredMask { get; init; }

    /// <summary>Bytes of the file handle, when there is one.</summary>
    [Column(5), Prefix("fhandle-bytes:"), Hex] public uint? HandleBytes { get; init; }

    /// <summary>The file handle's type, when there is one.</summary>
    [Column(6), Prefix("fhandle-type:"), Hex] public int? HandleType { get; init; }

    /// <summary>The file handle in hexadecimal (<c>open_by_handle_at</c>), when there is one.</summary>
    [Column(7), Prefix("f_handle:")] public string? Handle { get; init; }
}

/// <summary>A <c>fanotify mnt_id:</c> line: a mark on a mount (<c>fanotify mnt_id:%x mflags:%x mask:%x ignored_mask:%x</c>).</summary>
[ProcPart, Columnar]
public sealed partial record FanotifyMountMark
{
    /// <summary>The mount's id, as in <c>mountinfo</c> (printed here in hexadecimal).</summary>
    [Column(0), Hex] public required int MountId { get; init; }

    /// <summary>Mark flags; <c>FAN_MARK_IGNORED_SURV_MODIFY</c> (0x20) is the only one shown.</summary>
    [Column(1), Prefix("mflags:"), Hex] public required uint MarkFlags { get; init; }

    /// <summary>The <c>FAN_*</c> events reported.</summary>
    [Column(2), Prefix("mask:"), Hex] public required ulong Mask { get; init; }

    /// <summary>The <c>FAN_*</c> events ignored.</summary>
    [Column(3), Prefix("ignored_mask:"), Hex] public required ulong IgnoredMask { get; init; }
}

/// <summary>A <c>fanotify sdev:</c> line: a mark on a whole file system (<c>FAN_MARK_FILESYSTEM</c>, 4.20+).</summary>
[ProcPart, Columnar]
public sealed partial record FanotifySuperblockMark
{
    /// <summary>The file system's device, the kernel's internal <c>dev_t</c> (major &lt;&lt; 20 | minor).</summary>
    [Column(0), Hex] public required uint Device { get; init; }

    /// <summary>Mark flags; <c>FAN_MARK_IGNORED_SURV_MODIFY</c> (0x20) is the only one shown.</summary>
    [Column(1), Prefix("mflags:"), Hex] public required uint MarkFlags { get; init; }

    /// <summary>The <c>FAN_*</c> events reported.</summary>
    [Column(2), Prefix("mask:"), Hex] public required ulong Mask { get; init; }

    /// <summary>The <c>FAN_*</c> events ignored.</summary>
    [Column(3), Prefix("ignored_mask:"), Hex] public required ulong IgnoredMask { get; init; }
}
