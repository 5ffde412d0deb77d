namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/fs/nfsd/pool_stats</c>: the request counters of one nfsd thread pool
/// (<c>svc_pool_stats_show</c> in <c>net/sunrpc/svc_xprt.c</c>), under the header
/// <c># pool packets-arrived sockets-enqueued threads-woken threads-timedout</c>. Present only where nfsd is mounted.
/// </summary>
/// <remarks>
/// Columns are bound by name: kernels before 3.8 had an <c>overloads-avoided</c> column, and since 6.7 the
/// <c>threads-timedout</c> column is printed as a constant 0.
/// </remarks>
[ProcFile("fs/nfsd/pool_stats", Accessor = "NfsdPoolStats"), HeaderTable(HeaderLine = 0)]
public sealed partial record NfsdPoolStatistics
{
    /// <summary>The pool number.</summary>
    [Column("pool")] public required int Pool { get; init; }

    /// <summary>Requests (packets or connection events) that arrived for this pool.</summary>
    [Column("packets-arrived")] public required ulong PacketsArrived { get; init; }

    /// <summary>Transports queued because no thread was idle: a sign of too few threads.</summary>
    [Column("sockets-enqueued")] public required ulong SocketsEnqueued { get; init; }

    /// <summary>Times an idle thread was woken for work.</summary>
    [Column("threads-woken")] public required ulong ThreadsWoken { get; init; }

    /// <summary>Old kernels only (before 3.8): times an overload was avoided.</summary>
    [Column("overloads-avoided")] public ulong? OverloadsAvoided { get; init; }

    /// <summary>Times a thread timed out waiting for work (always 0 since 6.7).</summary>
    [Column("threads-timedout")] public required ulong ThreadsTimedOut { get; init; }
}
