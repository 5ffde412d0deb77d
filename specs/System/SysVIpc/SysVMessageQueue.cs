using System;

namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/sysvipc/msg</c>: a System V message queue of the reader's IPC namespace (proc(5),
/// msgget(2); <c>sysvipc_msg_proc_show</c> in <c>ipc/msg.c</c>). Read with <c>fs.SysVMessageQueues()</c>; with no
/// queue the file is its header alone, an empty table.
/// </summary>
/// <remarks>
/// Columns are bound by the header's names (<c>key msqid perms cbytes qnum lspid lrpid uid gid cuid cgid stime
/// rtime ctime</c>). Pids are those of the reader's pid namespace (0 when not visible there); ids unmapped in the
/// reader's user namespace read as the overflow id (65534).
/// </remarks>
[ProcFile("sysvipc/msg", Accessor = "SysVMessageQueues"), HeaderTable]
public sealed partial record SysVMessageQueue
{
    /// <summary>The key the queue was created with; 0 for <c>IPC_PRIVATE</c>.</summary>
    [Column("key")] public required int Key { get; init; }

    /// <summary>The queue's identifier, as msgget(2) returns it.</summary>
    [Column("msqid")] public required int Id { get; init; }

    /// <summary>The mode: permission bits (<c>0600</c>) and flags, printed in octal.</summary>
    [Column("perms"), Octal] public required uint Mode { get; init; }

    /// <summary>Bytes of message text in the queue.</summary>
    [Column("cbytes")] public required ulong Bytes { get; init; }

    /// <summary>Messages in the queue.</summary>
    [Column("qnum")] public required ulong Messages { get; init; }

    /// <summary>The process that sent the last message (0: none yet).</summary>
    [Column("lspid")] public required int LastSenderPid { get; init; }

    /// <summary>The process that received the last message (0: none yet).</summary>
    [Column("lrpid")] public required int LastReceiverPid { get; init; }

    /// <summary>The owner's user id.</summary>
    [Column("uid")] public required uint Uid { get; init; }

    /// <summary>The owner's group id.</summary>
    [Column("gid")] public required uint Gid { get; init; }

    /// <summary>The creator's user id.</summary>
    [Column("cuid")] public required uint CreatorUid { get; init; }

    /// <summary>The creator's group id.</summary>
    [Column("cgid")] public required uint CreatorGid { get; init; }

    /// <summary>When the last message was sent, in seconds since the epoch; 0 for never.</summary>
    [Column("stime")] public required ulong LastSendTime { get; init; }

    /// <summary>When the last message was received, in seconds since the epoch; 0 for never.</summary>
    [Column("rtime")] public required ulong LastReceiveTime { get; init; }

    /// <summary>When the queue was created or last changed by msgctl(2), in seconds since the epoch.</summary>
    [Column("ctime")] public required ulong ChangeTime { get; init; }

    /// <summary>The permission bits alone (<c>Mode &amp; 0777</c>).</summary>
    public uint Permissions => Mode & 0x1FF;

    /// <summary><see cref="LastSendTime"/> as a time; <c>null</c> for never.</summary>
    public DateTimeOffset? LastSent => SysVIpcTime.FromSeconds(LastSendTime);

    /// <summary><see cref="LastReceiveTime"/> as a time; <c>null</c> for never.</summary>
    public DateTimeOffset? LastReceived => SysVIpcTime.FromSeconds(LastReceiveTime);

    /// <summary><see cref="ChangeTime"/> as a time.</summary>
    public DateTimeOffset? Changed => SysVIpcTime.FromSeconds(ChangeTime);
}
