using System;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/fs/nfsd/nfsv4leasetime</c>: how long an NFSv4 client's state lives without renewal, in seconds
/// (<c>write_leasetime</c> → <c>nfsd4_write_time</c> in <c>fs/nfsd/nfsctl.c</c>). Present only where nfsd is mounted.
/// </summary>
[ProcFile("fs/nfsd/nfsv4leasetime", Accessor = "NfsdLeaseTime"), SingleValue]
public sealed partial record NfsdLeaseTime
{
    /// <summary>The lease time in seconds as printed.</summary>
    public required int Seconds { get; init; }

    /// <summary>The lease time.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);
}
