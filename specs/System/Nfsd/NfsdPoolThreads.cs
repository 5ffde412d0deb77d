namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/fs/nfsd/pool_threads</c>: the nfsd threads of each thread pool, blank-separated in pool order
/// (<c>write_pool_threads</c> in <c>fs/nfsd/nfsctl.c</c>): one pool, or one per NUMA node or CPU with
/// <c>sunrpc.pool_mode</c>. Present only where nfsd is mounted.
/// </summary>
[ProcFile("fs/nfsd/pool_threads", Accessor = "NfsdPoolThreads"), SingleValue]
public sealed partial record NfsdPoolThreads
{
    /// <summary>Threads per pool, pool 0 first.</summary>
    public required int[] Threads { get; init; }
}
