namespace ProcGen.Specs;

/// <summary>The <c>rc</c> line of <c>net/rpc/nfsd</c>: the duplicate reply cache (<c>rc hits misses nocache</c>).</summary>
[ProcPart, Columnar]
public sealed partial record NfsServerReplyCache
{
    /// <summary>Retransmitted requests answered from the cache.</summary>
    [Column(0)] public required ulong Hits { get; init; }
    /// <summary>Cacheable requests not found in the cache.</summary>
    [Column(1)] public required ulong Misses { get; init; }
    /// <summary>Requests that are not cached (idempotent ones).</summary>
    [Column(2)] public required ulong NoCache { get; init; }
}
