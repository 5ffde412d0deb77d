namespace ProcGen.Specs;

/// <summary>The client's <c>rpc</c> line: <c>rpc %u %u %u</c>.</summary>
[ProcPart, Columnar]
public sealed partial record RpcClientCalls
{
    /// <summary>RPC calls made.</summary>
    [Column(0)] public required ulong Calls { get; init; }
    /// <summary>Calls retransmitted (a timeout or a lost reply).</summary>
    [Column(1)] public required ulong Retransmissions { get; init; }
    /// <summary>Credential refreshes (<c>rpcauthrefresh</c>).</summary>
    [Column(2)] public required ulong AuthRefreshes { get; init; }
}
