namespace ProcGen.Specs;

/// <summary>
/// The value of <c>RPC iostats version: 1.1  p/v: 100003/4 (nfs)</c> in <c>mountstats</c>: the version of the RPC
/// statistics, and the RPC program and version they are for (<c>rpc_clnt_show_stats</c> in
/// <c>net/sunrpc/stats.c</c>).
/// </summary>
[ProcPart, Columnar]
public sealed partial record RpcIostatsVersion
{
    /// <summary>The statistics version: <c>1.0</c>; <c>1.1</c> adds the errors column of the per-op lines (5.4+).</summary>
    [Column(0)] public required string Version { get; init; }

    /// <summary>The RPC program number and its version (<c>100003/4</c>: NFS version 4).</summary>
    [Column(2)] public required SlashPair ProgramVersion { get; init; }

    /// <summary>The program's name (<c>nfs</c>).</summary>
    [Column(3), Enclosed('(', ')')] public required string ProgramName { get; init; }
}
