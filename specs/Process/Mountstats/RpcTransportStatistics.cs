using System;

namespace ProcGen.Specs;

/// <summary>
/// The <c>xprt:</c> line of an NFS mount in <c>mountstats</c>: the transport's counters. Each transport prints its
/// own list (<c>xs_tcp_print_stats</c>, <c>xs_udp_print_stats</c>, <c>xs_local_print_stats</c> in
/// <c>net/sunrpc/xprtsock.c</c>; <c>xprt_rdma_print_stats</c> in <c>net/sunrpc/xprtrdma/transport.c</c>), so the
/// counters are kept in order and the common ones are named by transport.
/// </summary>
[ProcPart, Columnar]
public sealed partial record RpcTransportStatistics
{
    /// <summary>The transport: <c>tcp</c>, <c>udp</c>, <c>rdma</c>, <c>local</c>.</summary>
    [Column(0)] public required string Transport { get; init; }

    /// <summary>The transport's counters in the order it prints them.</summary>
    [Column(1)] public required long[] Counters { get; init; }

    // Where the shared counters start: tcp and rdma print port, bind count, connect count, connect time and idle
    // time before sends; udp prints port and bind count; local prints no port.
    private int SendsIndex => Transport switch { "udp" => 2, "local" => 4, _ => 5 };

    /// <summary>The local port (<c>null</c> for <c>local</c>; rdma prints 0).</summary>
    public long? SourcePort => Transport == "local" ? null : At(0);

    /// <summary>How many times the transport connected (<c>null</c> for udp).</summary>
    public long? ConnectCount => Transport switch { "udp" => null, "local" => At(1), _ => At(2) };

    /// <summary>Requests sent.</summary>
    public long? Sends => At(SendsIndex);

    /// <summary>Replies received.</summary>
    public long? Receives => At(SendsIndex + 1);

    /// <summary>Replies whose transaction id matched no request.</summary>
    public long? BadTransactionIds => At(SendsIndex + 2);

    private long? At(int index) => index < Counters.Length ? Counters[index] : null;
}
