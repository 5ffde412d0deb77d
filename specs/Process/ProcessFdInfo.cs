using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/fdinfo/[fd]</c>: the state of one open file (<c>seq_show</c> in <c>fs/proc/fd.c</c>), then lines
/// that depend on what the file is, printed by its <c>show_fdinfo</c>. Read with <c>process.FdInfo(fd)</c>.
/// </summary>
/// <remarks>
/// Every file has <c>pos</c> and <c>flags</c>; <c>mnt_id</c> (3.15+) and <c>ino</c> (5.16+) are nullable. Then, by
/// type: POSIX locks (<c>lock:</c>, one line each), eventfd (<c>eventfd-count</c>, <c>eventfd-id</c>), epoll (one
/// <c>tfd:</c> line per watched file, <see cref="EpollTargets"/>), inotify (one <c>inotify wd:</c> line per watch,
/// <see cref="InotifyWatches"/>), fanotify (the group's <c>fanotify flags:</c>, then one line per mark on an inode,
/// a mount or a file system),
/// timerfd (<c>clockid</c> … <c>it_interval</c>), signalfd (<c>sigmask</c>), pidfd (<c>Pid</c>, <c>NSpid</c>). Lines
/// a key can repeat on are lists, empty when the file has none; keys not declared here are in <see cref="Other"/>.
/// </remarks>
[ProcFile("{pid}/fdinfo/{fd}", Accessor = "FdInfo"), KeyValue]
public sealed partial record ProcessFdInfo
{
    /// <summary>The file position.</summary>
    [Key("pos")] public required long Position { get; init; }

    /// <summary>The open flags (<c>O_*</c>, printed in octal: <c>02000002</c> is <c>O_RDWR|O_CLOEXEC</c>).</summary>
    [Key("flags"), Octal] public required uint Flags { get; init; }

    /// <summary>The mount the file is on (its id in <c>mountinfo</c>), 3.15+.</summary>
    [Key("mnt_id")] public int? MountId { get; init; }

    /// <summary>The file's inode, 5.16+.</summary>
    [Key("ino")] public ulong? Inode { get; init; }

    /// <summary>POSIX, flock and lease locks on the file, one <c>lock:</c> line each, parsed as the rows of <c>/proc/locks</c> (<c>show_fd_locks</c> prints them with the same <c>lock_get_status</c>).</summary>
    [RepeatedKey("lock")] public required IReadOnlyList<FileLock> Locks { get; init; }

    /// <summary>eventfd: the counter (printed in hexadecimal).</summary>
    [Key("eventfd-count"), Hex] public ulong? EventFdCount { get; init; }

    /// <summary>eventfd: its id (5.18+).</summary>
    [Key("eventfd-id")] public int? EventFdId { get; init; }

    /// <summary>eventfd: whether it was created with <c>EFD_SEMAPHORE</c> (6.7+).</summary>
    [Key("eventfd-semaphore")] public bool? EventFdSemaphore { get; init; }

    /// <summary>epoll: the files it watches, one per <c>tfd:</c> line.</summary>
    [RepeatedKey("tfd")] public required IReadOnlyList<EpollTarget> EpollTargets { get; init; }

    /// <summary>inotify: its watches, one per <c>inotify wd:</c> line.</summary>
    [RepeatedKey("inotify wd")] public required IReadOnlyList<InotifyWatch> InotifyWatches { get; init; }

    /// <summary>fanotify: the group's flags (<c>fanotify flags:10 event-flags:0</c>).</summary>
    [Key("fanotify flags")] public FanotifyGroup? FanotifyGroup { get; init; }

    /// <summary>fanotify: marks on inodes (<c>fanotify ino:</c> lines).</summary>
    [RepeatedKey("fanotify ino")] public required IReadOnlyList<FanotifyInodeMark> FanotifyInodeMarks { get; init; }

    /// <summary>fanotify: marks on mounts (<c>fanotify mnt_id:</c> lines).</summary>
    [RepeatedKey("fanotify mnt_id")] public required IReadOnlyList<FanotifyMountMark> FanotifyMountMarks { get; init; }

    /// <summary>fanotify: marks on whole file systems (<c>fanotify sdev:</c> lines, <c>FAN_MARK_FILESYSTEM</c>).</summary>
    [RepeatedKey("fanotify sdev")] public required IReadOnlyList<FanotifySuperblockMark> FanotifySuperblockMarks { get; init; }

    /// <summary>timerfd: the clock (<c>1</c> is <c>CLOCK_MONOTONIC</c>).</summary>
    [Key("clockid")] public int? TimerClockId { get; init; }

    /// <summary>timerfd: expirations not yet read.</summary>
    [Key("ticks")] public ulong? TimerTicks { get; init; }

    /// <summary>timerfd: the <c>timerfd_settime</c> flags (octal).</summary>
    [Key("settime flags"), Octal] public uint? TimerSettimeFlags { get; init; }

    /// <summary>timerfd: the time to the next expiry (<c>(seconds, nanoseconds)</c>); zero when the timer is disarmed.</summary>
    [Key("it_value")] public Timespec? TimerValue { get; init; }

    /// <summary>timerfd: the period (<c>(seconds, nanoseconds)</c>); zero for a one-shot timer.</summary>
    [Key("it_interval")] public Timespec? TimerInterval { get; init; }

    /// <summary>signalfd: the signals it accepts, a mask with bit N-1 for signal N (hexadecimal).</summary>
    [Key("sigmask"), Hex] public ulong? SignalMask { get; init; }

    /// <summary>pidfd: the process, in the reader's pid namespace (-1 once it has exited).</summary>
    [Key("Pid")] public int? PidFdPid { get; init; }

    /// <summary>pidfd: the process in each nested pid namespace, as printed.</summary>
    [Key("NSpid")] public string? PidFdNamespacePids { get; init; }

    /// <summary>Keys not declared above, as printed.</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, string> Other { get; init; }
}
