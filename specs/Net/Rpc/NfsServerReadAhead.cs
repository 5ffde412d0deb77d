namespace ProcGen.Specs;

/// <summary>
/// The <c>ra</c> line of <c>net/rpc/nfsd</c>: the read-ahead cache (<c>ra size</c>, ten depth buckets, <c>notfound</c>),
/// removed in 5.x and printed as twelve zeros since.
/// </summary>
[ProcPart, Columnar]
public sealed partial record NfsServerReadAhead
{
    /// <summary>The cache size (entries; twice the thread count on old kernels).</summary>
    [Column(0)] public required ulong CacheSize { get; init; }
    /// <summary>Hits at each tenth of the cache depth (ten buckets), then the lookups not found.</summary>
    [Column(1)] public required ulong[] Counts { get; init; }
}
