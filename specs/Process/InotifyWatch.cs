namespace ProcGen.Specs;

/// <summary>
/// One <c>inotify wd:</c> line of an inotify descriptor's fdinfo: a watch (<c>inotify_fdinfo</c> and
/// <c>show_mark_fhandle</c> in <c>fs/notify/fdinfo.c</c>: <c>inotify wd:%x ino:%lx sdev:%x mask:%x ignored_mask:0</c>
/// then, when the file system can encode one, <c>fhandle-bytes:%x fhandle-type:%x f_handle:</c> and the handle's
/// bytes). Every number is hexadecimal.
/// </summary>
[ProcPart, Columnar]
public sealed partial record InotifyWatch
{
    /// <summary>The watch descriptor <c>inotify_add_watch</c> returned.</summary>
    [Column(0), Hex] public required int WatchDescriptor { get; init; }

    /// <summary>The watched inode.</summary>
    [Column(1), Prefix("ino:"), Hex] public required ulong Inode { get; init; }

    /// <summary>The watched inode's superblock device, the kernel's internal <c>dev_t</c> (major &lt;&lt; 20 | minor).</summary>
    [Column(2), Prefix("sdev:"), Hex] public required uint Device { get; init; }

    /// <summary>The <c>IN_*</c> event mask.</summary>
    [Column(3), Prefix("mask:"), Hex] public required uint Mask { get; init; }

    /// <summary>Always 0 for inotify.</summary>
    [Column(4), Prefix("ignored_mask:"), Hex] public required uint IgnoredMask { get; init; }

    /// <summary>Bytes of the file handle, when there is one.</summary>
    [Column(5), Prefix("fhandle-bytes:"), Hex] public uint? HandleBytes { get; init; }

    /// <summary>The file handle's type, when there is one.</summary>
    [Column(6), Prefix("fhandle-type:"), Hex] public int? HandleType { get; init; }

    /// <summary>The file handle in hexadecimal (<c>open_by_handle_at</c>), when there is one.</summary>
    [Column(7), Prefix("f_handle:")] public string? Handle { get; init; }
}
