using System;

namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/sysvipc/sem</c>: a System V semaphore set of the reader's IPC namespace (proc(5),
/// semget(2); <c>sysvipc_sem_proc_show</c> in <c>ipc/sem.c</c>). Read with <c>fs.SysVSemaphoreSets()</c>; with no
/// set the file is its header alone, an empty table.
/// </summary>
/// <remarks>
/// Columns are bound by the header's names (<c>key semid perms nsems uid gid cuid cgid otime ctime</c>). Ids
/// unmapped in the reader's user namespace read as the overflow id (65534).
/// </remarks>
[ProcFile("sysvipc/sem", Accessor = "SysVSemaphoreSets"), HeaderTable]
public sealed partial record SysVSemaphoreSet
{
    /// <summary>The key the set was created with; 0 for <c>IPC_PRIVATE</c>.</summary>
    [Column("key")] public required int Key { get; init; }

    /// <summary>The set's identifier, as semget(2) returns it.</summary>
    [Column("semid")] public required int Id { get; init; }

    /// <summary>The mode: permission bits (<c>0600</c>) and flags, printed in octal.</summary>
    [Column("perms"), Octal] public required uint Mode { get; init; }

    /// <summary>How many semaphores the set holds.</summary>
    [Column("nsems")] public required uint Semaphores { get; init; }

    /// <summary>The owner's user id.</summary>
    [Column("uid")] public required uint Uid { get; init; }

    /// <summary>The owner's group id.</summary>
    [Column("gid")] public required uint Gid { get; init; }

    /// <summary>The creator's user id.</summary>
    [Column("cuid")] public required uint CreatorUid { get; init; }

    /// <summary>The creator's group id.</summary>
    [Column("cgid")] public required uint CreatorGid { get; init; }

    /// <summary>When semop(2) last ran on the set, in seconds since the epoch; 0 for never.</summary>
    [Column("otime")] public required ulong LastOperationTime { get; init; }

    /// <summary>When the set was created or last changed by semctl(2), in seconds since the epoch.</summary>
    [Column("ctime")] public required ulong ChangeTime { get; init; }

    /// <summary>The permission bits alone (<c>Mode &amp; 0777</c>).</summary>
    public uint Permissions => Mode & 0x1FF;

    /// <summary><see cref="LastOperationTime"/> as a time; <c>null</c> for never.</summary>
    public DateTimeOffset? LastOperation => SysVIpcTime.FromSeconds(LastOperationTime);

    /// <summary><see cref="ChangeTime"/> as a time.</summary>
    public DateTimeOffset? Changed => SysVIpcTime.FromSeconds(ChangeTime);
}
