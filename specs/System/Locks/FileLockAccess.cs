namespace ProcGen.Specs;

/// <summary>The access a lock in <c>locks</c> takes (for a lease: the type it is becoming).</summary>
public enum FileLockAccess
{
    /// <summary><c>READ</c>: a shared lock (<c>F_RDLCK</c>, <c>LOCK_SH</c>).</summary>
    [ProcToken("READ")] Read,

    /// <summary><c>WRITE</c>: an exclusive lock (<c>F_WRLCK</c>, <c>LOCK_EX</c>).</summary>
    [ProcToken("WRITE")] Write,

    /// <summary><c>UNLCK</c>: none, for a lease being broken down to nothing.</summary>
    [ProcToken("UNLCK")] Unlocked,

    /// <summary>A word this library does not know (older kernels printed <c>RW</c> or <c>NONE</c> for mandatory flock locks).</summary>
    [ProcFallback] Other,
}
