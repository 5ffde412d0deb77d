using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/net/rpc/nfsd</c>: the NFS server's statistics (<c>nfsd_show</c> in <c>fs/nfsd/stats.c</c>, then
/// <c>svc_seq_show</c> in <c>net/sunrpc/stats.c</c>): <c>rc</c>, <c>fh</c>, <c>io</c>, <c>th</c>, <c>ra</c>,
/// <c>net</c>, <c>rpc</c>, one <c>procN</c> line per version served, then (with NFSv4) <c>proc4ops</c> and
/// <c>wdeleg_getattr</c>. Read with <c>fs.RpcNfsd()</c>; <c>nfsstat -s</c> prints the same.
/// </summary>
/// <remarks>Present with the <c>nfsd</c> module loaded. Lines a kernel does not print are <c>null</c>.</remarks>
[ProcFile("net/rpc/nfsd", Accessor = "RpcNfsd"), ProcFile("{pid}/net/rpc/nfsd", Accessor = "RpcNfsd"), KeyValue(Separator = ' ')]
public sealed partial record NfsServerStatistics
{
    /// <summary>The duplicate reply cache.</summary>
    [Key("rc")] public required NfsServerReplyCache ReplyCache { get; init; }

    /// <summary>File-handle lookups.</summary>
    [Key("fh")] public required NfsServerFileHandles FileHandles { get; init; }

    /// <summary>Bytes read and written.</summary>
    [Key("io")] public required NfsServerIo Io { get; init; }

    /// <summary>Server threads.</summary>
    [Key("th")] public required NfsServerThreads Threads { get; init; }

    /// <summary>The read-ahead cache (zeros since 5.x).</summary>
    [Key("ra")] public NfsServerReadAhead? ReadAhead { get; init; }

    /// <summary>Packets by transport.</summary>
    [Key("net")] public required RpcNetCounters Net { get; init; }

    /// <summary>RPC calls and rejections.</summary>
    [Key("rpc")] public required RpcServerCalls Rpc { get; init; }

    /// <summary>Calls per procedure of each NFS version served, keyed by version (2, 3, 4).</summary>
    [IndexedKey("proc")] public required IReadOnlyDictionary<int, RpcProcedureCounts> Procedures { get; init; }

    /// <summary>NFSv4 operations by operation number (<c>proc4ops</c>); names in <see cref="RpcProcedureNames.Nfs4Operations"/>.</summary>
    [Key("proc4ops")] public RpcProcedureCounts? Nfs4Operations { get; init; }

    /// <summary>GETATTRs answered for a file with a write delegation (<c>wdeleg_getattr</c>, 6.10+).</summary>
    [Key("wdeleg_getattr")] public ulong? WriteDelegationGetattrs { get; init; }

    /// <summary>NFSv3 calls by procedure name, or <c>null</c> when v3 is not served.</summary>
    public IReadOnlyDictionary<string, ulong>? Nfs3Calls => Procedures.TryGetValue(3, out var counts) ? counts.ByName(RpcProcedureNames.Nfs3) : null;

    /// <summary>NFSv4 operations by name, or <c>null</c> without NFSv4.</summary>
    public IReadOnlyDictionary<string, ulong>? Nfs4OperationCalls => Nfs4Operations?.ByName(RpcProcedureNames.Nfs4Operations);
}
