using System;
using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One mount of <c>/proc/[pid]/mountstats</c>: <c>device X mounted on Y with fstype Z</c>, and for NFS the
/// statistics indented under it (<c>show_vfsstat</c> in <c>fs/proc_namespace.c</c>, <c>nfs_show_stats</c> in
/// <c>fs/nfs/super.c</c>, <c>rpc_clnt_show_stats</c> in <c>net/sunrpc/stats.c</c>). Read with
/// <c>process.MountStatistics()</c>.
/// </summary>
/// <remarks>
/// Mounts without statistics are a header line only: every other property is then <c>null</c>. Lines a kernel adds
/// (<c>impl_name:</c>, <c>sessions:</c>, <c>pnfs:</c>, <c>lease_time:</c> for NFSv4.1) land in <see cref="Other"/>.
/// With several connections (<c>nconnect</c>) each prints an <c>xprt:</c> line; <see cref="Transport"/> is the last.
/// </remarks>
[ProcFile("{pid}/mountstats", Accessor = "MountStatistics"), Blocks(Start = BlockStart.UnindentedLine, HeaderPrefix = "device ")]
public sealed partial record MountStatistics
{
    /// <summary>The device, mount point, type and statistics version.</summary>
    [HeaderLine] public required MountStatisticsHeader Mount { get; init; }

    /// <summary>The mount options in effect, comma-separated (<c>rw,vers=4.2,rsize=1048576,…</c>).</summary>
    [Key("opts")] public string? Options { get; init; }

    /// <summary>Seconds since the file system was mounted.</summary>
    [Key("age")] public ulong? AgeSeconds { get; init; }

    /// <summary>The server's capabilities and sizes (<c>caps=0x3fff7,wtmult=512,dtsize=32768,bsize=0,namlen=255</c>).</summary>
    [Key("caps")] public string? Capabilities { get; init; }

    /// <summary>NFSv4 attribute bitmasks (<c>bm0=0xfdffafff,bm1=0x40f9be3e,…,acl=0x0</c>); NFSv4 only.</summary>
    [Key("nfsv4")] public string? Nfs4Attributes { get; init; }

    /// <summary>The security flavor (<c>flavor=1,pseudoflavor=1</c>).</summary>
    [Key("sec")] public string? Security { get; init; }

    /// <summary>Event counters.</summary>
    [Key("events")] public NfsEventCounts? Events { get; init; }

    /// <summary>Byte counters.</summary>
    [Key("bytes")] public NfsByteCounts? Bytes { get; init; }

    /// <summary>The RPC statistics version and program.</summary>
    [Key("RPC iostats version")] public RpcIostatsVersion? RpcStatistics { get; init; }

    /// <summary>The transport's counters (the last one's, with several connections).</summary>
    [Key("xprt")] public RpcTransportStatistics? Transport { get; init; }

    /// <summary>One line per RPC procedure, from the lines under <c>per-op statistics</c>.</summary>
    [Key("per-op statistics")] public IReadOnlyList<RpcOperationStatistics>? Operations { get; init; }

    /// <summary>Keys not declared above, with their text.</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, string> Other { get; init; }

    /// <summary>The time since the file system was mounted; <c>null</c> without statistics.</summary>
    public TimeSpan? Age => AgeSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
}
