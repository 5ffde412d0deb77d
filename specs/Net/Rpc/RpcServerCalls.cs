namespace ProcGen.Specs;

/// <summary>The server's <c>rpc</c> line (<c>svc_seq_show</c> in <c>net/sunrpc/stats.c</c>: <c>rpc %u %u %u %u %u</c>).</summary>
[ProcPart, Columnar]
public sealed partial record RpcServerCalls
{
    /// <summary>RPC calls received.</summary>
    [Column(0)] public required ulong Calls { get; init; }
    /// <summary>Calls rejected: the sum of the next three.</summary>
    [Column(1)] public required ulong BadCalls { get; init; }
    /// <summary>Calls that could not be decoded (<c>rpcbadfmt</c>).</summary>
    [Column(2)] public required ulong BadFormat { get; init; }
    /// <summary>Calls with bad credentials (<c>rpcbadauth</c>).</summary>
    [Column(3)] public required ulong BadAuth { get; init; }
    /// <summary>Calls from clients not allowed (<c>rpcbadclnt</c>).</summary>
    [Column(4)] public required ulong BadClient { get; init; }
}
