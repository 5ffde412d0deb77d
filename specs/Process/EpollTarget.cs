namespace ProcGen.Specs;

/// <summary>
/// One <c>tfd:</c> line of an epoll descriptor's fdinfo: a file the epoll watches (<c>ep_show_fdinfo</c> in
/// <c>fs/eventpoll.c</c>: <c>tfd: %8d events: %8x data: %16llx  pos:%lli ino:%lx sdev:%x</c>).
/// </summary>
[ProcPart, Columnar]
public sealed partial record EpollTarget
{
    /// <summary>The watched descriptor's number in the process that added it.</summary>
    [Column(0)] public required int TargetFd { get; init; }

    /// <summary>The <c>EPOLL*</c> event mask (<c>EPOLLIN</c> 0x1, <c>EPOLLET</c> 0x80000000 …).</summary>
    [Column(2), Hex] public required uint Events { get; init; }

    /// <summary>The user data registered with the target (<c>epoll_event.data</c>).</summary>
    [Column(4), Hex] public required ulong Data { get; init; }

    /// <summary>The target file's position (3.16+).</summary>
    [Column(5), Prefix("pos:")] public long? Position { get; init; }

    /// <summary>The target file's inode, in hexadecimal in the file (3.16+).</summary>
    [Column(6), Prefix("ino:"), Hex] public ulong? Inode { get; init; }

    /// <summary>The target's superblock device, the kernel's internal <c>dev_t</c> (major &lt;&lt; 20 | minor) (3.16+).</summary>
    [Column(7), Prefix("sdev:"), Hex] public uint? Device { get; init; }
}
