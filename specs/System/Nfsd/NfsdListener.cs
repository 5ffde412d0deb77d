namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/fs/nfsd/portlist</c>: a transport nfsd listens on and its port, <c>tcp 2049</c>
/// (<c>__write_ports_names</c> → <c>svc_xprt_names</c> in <c>net/sunrpc/svc_xprt.c</c>, <c>"%s %u\n"</c>). Empty
/// while the server is stopped. Present only where nfsd is mounted.
/// </summary>
[ProcFile("fs/nfsd/portlist", Accessor = "NfsdPortlist"), Rows]
public sealed partial record NfsdListener
{
    /// <summary>The transport class: <c>tcp</c>, <c>udp</c>, <c>rdma</c>, <c>tcp-bc</c>….</summary>
    [Column(0)] public required string Transport { get; init; }

    /// <summary>The local port.</summary>
    [Column(1)] public required ushort Port { get; init; }
}
