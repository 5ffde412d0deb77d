using System;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/fs/nfsd/nfsv4gracetime</c>: how long after a restart the server lets NFSv4 clients reclaim state before
/// granting new locks, in seconds (<c>write_gracetime</c> → <c>nfsd4_write_time</c> in <c>fs/nfsd/nfsctl.c</c>).
/// Present only where nfsd is mounted.
/// </summary>
[ProcFile("fs/nfsd/nfsv4gracetime", Accessor = "NfsdGraceTime"), SingleValue]
public sealed partial record NfsdGraceTime
{
    /// <summary>The grace period in seconds as printed.</summary>
    public required int Seconds { get; init; }

    /// <summary>The grace period.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);
}
