using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/net/rpc/nfs</c>: the NFS client's RPC statistics (<c>rpc_proc_show</c> in <c>net/sunrpc/stats.c</c>):
/// <c>net</c>, <c>rpc</c>, then one <c>procN</c> line per NFS version the client supports. Read with
/// <c>fs.RpcNfs()</c>; <c>nfsstat -c</c> prints the same.
/// </summary>
/// <remarks>Present with the <c>nfs</c> module loaded. Versions the kernel was built without have no line.</remarks>
[ProcFile("net/rpc/nfs", Accessor = "RpcNfs"), ProcFile("{pid}/net/rpc/nfs", Accessor = "RpcNfs"), KeyValue(Separator = ' ')]
public sealed partial record RpcClientStatistics
{
    /// <summary>Packets by transport.</summary>
    [Key("net")] public required RpcNetCounters Net { get; init; }

    /// <summary>RPC calls, retransmissions and credential refreshes.</summary>
    [Key("rpc")] public required RpcClientCalls Rpc { get; init; }

    /// <summary>Calls per procedure of each NFS version, keyed by version (2, 3, 4).</summary>
    [IndexedKey("proc")] public required IReadOnlyDictionary<int, RpcProcedureCounts> Procedures { get; init; }

    /// <summary>NFSv3 calls by procedure name, or <c>null</c> without a <c>proc3</c> line.</summary>
    public IReadOnlyDictionary<string, ulong>? Nfs3Calls => Procedures.TryGetValue(3, out var counts) ? counts.ByName(RpcProcedureNames.Nfs3) : null;
}
