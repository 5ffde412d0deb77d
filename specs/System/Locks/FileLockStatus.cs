namespace ProcGen.Specs;

/// <summary>The second word of a lock in <c>locks</c>: how a lock is enforced, or the state of a lease.</summary>
public enum FileLockStatus
{
    /// <summary><c>ADVISORY</c>: honoured only by processes that check for locks.</summary>
    [ProcToken("ADVISORY")] Advisory,

    /// <summary><c>MANDATORY</c>: enforced on every read and write (kernels before 5.15, <c>mand</c> mounts).</summary>
    [ProcToken("MANDATORY")] Mandatory,

    /// <summary><c>*NOINODE*</c>: a POSIX lock not attached to a file (a request being tested).</summary>
    [ProcToken("*NOINODE*")] NoInode,

    /// <summary><c>ACTIVE</c>: a lease in force.</summary>
    [ProcToken("ACTIVE")] Active,

    /// <summary><c>BREAKING</c>: a lease being broken; its holder has been told to give it up.</summary>
    [ProcToken("BREAKING")] Breaking,

    /// <summary><c>BREAKER</c>: a conflicting open waiting for a lease to be broken.</summary>
    [ProcToken("BREAKER")] Breaker,

    /// <summary><c>UNKNOWN</c>, or a word a newer kernel prints.</summary>
    [ProcToken("UNKNOWN"), ProcFallback] Unknown,
}
