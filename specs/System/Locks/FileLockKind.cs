namespace ProcGen.Specs;

/// <summary>The kind of a lock in <c>locks</c>: its first word.</summary>
public enum FileLockKind
{
    /// <summary><c>POSIX</c>: a process-associated record lock, fcntl(2) <c>F_SETLK</c> or lockf(3).</summary>
    [ProcToken("POSIX")] Posix,

    /// <summary><c>OFDLCK</c>: an open file description lock, fcntl(2) <c>F_OFD_SETLK</c>.</summary>
    [ProcToken("OFDLCK")] OpenFileDescription,

    /// <summary><c>ACCESS</c>: a request that only checks for conflicting locks (<c>FL_ACCESS</c>).</summary>
    [ProcToken("ACCESS")] Access,

    /// <summary><c>FLOCK</c>: a whole-file lock, flock(2).</summary>
    [ProcToken("FLOCK")] Flock,

    /// <summary><c>LEASE</c>: a file lease, fcntl(2) <c>F_SETLEASE</c>.</summary>
    [ProcToken("LEASE")] Lease,

    /// <summary><c>DELEG</c>: an NFS delegation, a lease the NFS server holds for a client.</summary>
    [ProcToken("DELEG")] Delegation,

    /// <summary><c>UNKNOWN</c>, or a word a newer kernel prints.</summary>
    [ProcToken("UNKNOWN"), ProcFallback] Unknown,
}
