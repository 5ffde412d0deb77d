using System;

namespace ProcGen.Specs;

/// <summary>
/// One line under <c>per-op statistics</c> in <c>mountstats</c>: <c>READ: 20 20 0 3120 81920 2 30 33 0</c>, the totals
/// of one RPC procedure (<c>_print_name</c> and <c>_print_rpc_iostats</c> in <c>net/sunrpc/stats.c</c>).
/// </summary>
[ProcPart, Rows]
public sealed partial record RpcOperationStatistics
{
    /// <summary>The procedure (<c>NULL</c>, <c>READ</c>, <c>GETATTR</c>; a number for unnamed ones).</summary>
    [Column(0), Suffix(":")] public required string Name { get; init; }

    /// <summary>Requests made.</summary>
    [Column(1)] public required ulong Operations { get; init; }

    /// <summary>Transmissions, retransmissions included.</summary>
    [Column(2)] public required ulong Transmissions { get; init; }

    /// <summary>Major timeouts.</summary>
    [Column(3)] public required ulong Timeouts { get; init; }

    /// <summary>Bytes sent, headers included.</summary>
    [Column(4)] public required ulong BytesSent { get; init; }

    /// <summary>Bytes received, headers included.</summary>
    [Column(5)] public required ulong BytesReceived { get; init; }

    /// <summary>Milliseconds requests waited before being sent, summed.</summary>
    [Column(6)] public required ulong QueueMilliseconds { get; init; }

    /// <summary>Milliseconds from sending to the reply, summed.</summary>
    [Column(7)] public required ulong RoundTripMilliseconds { get; init; }

    /// <summary>Milliseconds from the request's creation to its end, summed.</summary>
    [Column(8)] public required ulong ExecuteMilliseconds { get; init; }

    /// <summary>Requests that ended with an error (RPC iostats 1.1, 5.4+).</summary>
    [Column(9)] public ulong? Errors { get; init; }

    /// <summary><see cref="QueueMilliseconds"/> as a time.</summary>
    public TimeSpan QueueTime => TimeSpan.FromMilliseconds(QueueMilliseconds);

    /// <summary><see cref="RoundTripMilliseconds"/> as a time.</summary>
    public TimeSpan RoundTripTime => TimeSpan.FromMilliseconds(RoundTripMilliseconds);

    /// <summary><see cref="ExecuteMilliseconds"/> as a time.</summary>
    public TimeSpan ExecuteTime => TimeSpan.FromMilliseconds(ExecuteMilliseconds);
}
