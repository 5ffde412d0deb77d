namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/locks</c>: a file lock or lease, or a request blocked waiting for one (proc(5);
/// <c>lock_get_status</c> and <c>locks_show</c> in <c>fs/locks.c</c>).
/// </summary>
/// <remarks>
/// <para>
/// Each held lock is followed by the requests blocked on it, which repeat its number and add <c>-&gt;</c>
/// (<c>1: -&gt; FLOCK  ADVISORY  WRITE …</c>); requests blocked on a blocked request are indented one more blank.
/// </para>
/// <para>
/// Locks of processes outside the reader's PID namespace are left out; a PID of 0 means the owner is not
/// visible. Byte ranges are inclusive; flock locks and leases always print <c>0 EOF</c>.
/// </para>
/// </remarks>
[ProcFile("locks", Accessor = "Locks"), Rows]
public sealed partial record FileLock
{
    /// <summary>The lock's position in the list (a blocked request repeats the number of the lock it waits on).</summary>
    [Column(0), Suffix(":")] public required long Id { get; init; }

    /// <summary><c>-&gt;</c>: this is a request blocked waiting for the lock above, not a lock held.</summary>
    [Column(1), OptionalToken("->")] public required bool IsBlocked { get; init; }

    /// <summary>POSIX, open file description, flock, lease or delegation.</summary>
    [Column(2)] public required FileLockKind Kind { get; init; }

    /// <summary>Advisory or mandatory for locks; active, breaking or breaker for leases.</summary>
    [Column(3)] public required FileLockStatus Status { get; init; }

    /// <summary>Read (shared) or write (exclusive).</summary>
    [Column(4)] public required FileLockAccess Access { get; init; }

    /// <summary>The owning process in the reader's PID namespace; 0 when not visible (or for an NFS server's lock).</summary>
    [Column(5)] public required int Pid { get; init; }

    /// <summary>The locked file: its filesystem's device and its inode; <c>null</c> for <c>&lt;none&gt;:0</c> (no file).</summary>
    [Column(6), NullIf("<none>:0")] public DeviceInode? File { get; init; }

    /// <summary>The first byte locked.</summary>
    [Column(7)] public required long Start { get; init; }

    /// <summary>The last byte locked (inclusive); <c>null</c> for <c>EOF</c>: to the end of the file, however far it grows.</summary>
    [Column(8), NullIf("EOF")] public long? End { get; init; }
}
