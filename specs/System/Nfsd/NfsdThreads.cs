namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/fs/nfsd/threads</c>: the number of nfsd server threads running (<c>write_threads</c> in
/// <c>fs/nfsd/nfsctl.c</c>); 0 when the server is stopped. Present only where nfsd is mounted.
/// </summary>
[ProcFile("fs/nfsd/threads", Accessor = "NfsdThreads"), SingleValue]
public sealed partial record NfsdThreads
{
    /// <summary>Threads serving requests.</summary>
    public required int Count { get; init; }
}
