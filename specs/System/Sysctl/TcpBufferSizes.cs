namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/net/ipv4/tcp_rmem</c> and <c>…/tcp_wmem</c>: the minimum, initial and maximum size of a TCP
/// socket's receive or send buffer, tab-separated, that autotuning moves between (tcp(7); <c>sysctl_tcp_rmem</c>
/// and <c>sysctl_tcp_wmem</c> in <c>net/ipv4/sysctl_net_ipv4.c</c>).
/// </summary>
[ProcFile("sys/net/ipv4/tcp_rmem", Accessor = "TcpRmem"), ProcFile("sys/net/ipv4/tcp_wmem", Accessor = "TcpWmem"), Columnar]
public sealed partial record TcpBufferSizes
{
    /// <summary>Bytes each socket is guaranteed, even under memory pressure.</summary>
    [Column(0)] public required int Minimum { get; init; }

    /// <summary>The initial size in bytes (overrides <c>net/core/rmem_default</c>/<c>wmem_default</c> for TCP).</summary>
    [Column(1)] public required int Default { get; init; }

    /// <summary>The most autotuning grows the buffer to, in bytes (an explicit <c>SO_RCVBUF</c> is not bound by it).</summary>
    [Column(2)] public required int Maximum { get; init; }
}
