namespace ProcGen.Specs;

/// <summary>
/// The <c>net</c> line of <c>net/rpc/nfs</c> and <c>net/rpc/nfsd</c>: packets by transport (<c>rpc_proc_show</c> in
/// <c>net/sunrpc/stats.c</c>, <c>svc_seq_show</c> for the server: <c>net %u %u %u %u</c>).
/// </summary>
[ProcPart, Columnar]
public sealed partial record RpcNetCounters
{
    /// <summary>Packets (requests) of every transport.</summary>
    [Column(0)] public required ulong Packets { get; init; }
    /// <summary>UDP packets.</summary>
    [Column(1)] public required ulong UdpPackets { get; init; }
    /// <summary>TCP packets.</summary>
    [Column(2)] public required ulong TcpPackets { get; init; }
    /// <summary>TCP connections accepted (server) or made (client).</summary>
    [Column(3)] public required ulong TcpConnections { get; init; }
}
