using System;

namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/sysvipc/shm</c>: a System V shared memory segment of the reader's IPC namespace (proc(5),
/// shmget(2); <c>sysvipc_shm_proc_show</c> in <c>ipc/shm.c</c>). Read with <c>fs.SysVSharedMemorySegments()</c>;
/// with no segment the file is its header alone, an empty table.
/// </summary>
/// <remarks>
/// Columns are bound by the header's names (<c>key shmid perms size cpid lpid nattch uid gid cuid cgid atime dtime
/// ctime rss swap</c>); older kernels print no <c>rss</c> and <c>swap</c>. Pids are those of the reader's pid namespace
/// (0 when not visible there); ids unmapped in the reader's user namespace read as the overflow id (65534).
/// </remarks>
[ProcFile("sysvipc/shm", Accessor = "SysVSharedMemorySegments"), HeaderTable]
public sealed partial record SysVSharedMemorySegment
{
    /// <summary>The key the segment was created with; 0 for <c>IPC_PRIVATE</c> (and for a segment marked for removal).</summary>
    [Column("key")] public required int Key { get; init; }

    /// <summary>The segment's identifier, as shmget(2) returns it.</summary>
    [Column("shmid")] public required int Id { get; init; }

    /// <summary>
    /// The mode, printed in octal: permission bits (<c>0600</c>) and flags, <c>01000</c> (<c>SHM_DEST</c>: removed
    /// once the last process detaches) and <c>02000</c> (<c>SHM_LOCKED</c>: not swapped).
    /// </summary>
    [Column("perms"), Octal] public required uint Mode { get; init; }

    /// <summary>The segment's size in bytes, as requested.</summary>
    [Column("size")] public required ulong Size { get; init; }

    /// <summary>The process that created the segment (0 when not visible or gone).</summary>
    [Column("cpid")] public required int CreatorPid { get; init; }

    /// <summary>The process that last attached or detached it.</summary>
    [Column("lpid")] public required int LastPid { get; init; }

    /// <summary>How many attachments the segment has.</summary>
    [Column("nattch")] public required ulong Attachments { get; init; }

    /// <summary>The owner's user id.</summary>
    [Column("uid")] public required uint Uid { get; init; }

    /// <summary>The owner's group id.</summary>
    [Column("gid")] public required uint Gid { get; init; }

    /// <summary>The creator's user id.</summary>
    [Column("cuid")] public required uint CreatorUid { get; init; }

    /// <summary>The creator's group id.</summary>
    [Column("cgid")] public required uint CreatorGid { get; init; }

    /// <summary>When a process last attached it, in seconds since the epoch; 0 for never.</summary>
    [Column("atime")] public required ulong LastAttachTime { get; init; }

    /// <summary>When a process last detached it, in seconds since the epoch; 0 for never.</summary>
    [Column("dtime")] public required ulong LastDetachTime { get; init; }

    /// <summary>When the segment was created or last changed by shmctl(2), in seconds since the epoch.</summary>
    [Column("ctime")] public required ulong ChangeTime { get; init; }

    /// <summary>Bytes of the segment resident in memory (pages × page size, computed by the kernel); <c>null</c> when an older kernel does not print the column.</summary>
    [Column("rss")] public ulong? ResidentBytes { get; init; }

    /// <summary>Bytes of the segment in swap; <c>null</c> when an older kernel does not print the column.</summary>
    [Column("swap")] public ulong? SwappedBytes { get; init; }

    /// <summary>The permission bits alone (<c>Mode &amp; 0777</c>).</summary>
    public uint Permissions => Mode & 0x1FF;

    /// <summary>Whether the segment is marked for removal once the last process detaches (<c>SHM_DEST</c>).</summary>
    public bool IsMarkedForRemoval => (Mode & 0x200) != 0;

    /// <summary>Whether the segment is locked in memory (<c>SHM_LOCKED</c>).</summary>
    public bool IsLocked => (Mode & 0x400) != 0;

    /// <summary><see cref="LastAttachTime"/> as a time; <c>null</c> for never.</summary>
    public DateTimeOffset? LastAttached => SysVIpcTime.FromSeconds(LastAttachTime);

    /// <summary><see cref="LastDetachTime"/> as a time; <c>null</c> for never.</summary>
    public DateTimeOffset? LastDetached => SysVIpcTime.FromSeconds(LastDetachTime);

    /// <summary><see cref="ChangeTime"/> as a time.</summary>
    public DateTimeOffset? Changed => SysVIpcTime.FromSeconds(ChangeTime);
}
