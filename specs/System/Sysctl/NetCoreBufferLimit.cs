namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/net/core/rmem_max</c> and <c>…/wmem_max</c>: the largest receive and send buffer a socket may ask
/// for with <c>SO_RCVBUF</c>/<c>SO_SNDBUF</c> (socket(7); <c>sysctl_rmem_max</c>/<c>sysctl_wmem_max</c> in
/// <c>net/core/sock.c</c>, table in <c>net/core/sysctl_net_core.c</c>).
/// </summary>
[ProcFile("sys/net/core/rmem_max", Accessor = "NetCoreRmemMax"), ProcFile("sys/net/core/wmem_max", Accessor = "NetCoreWmemMax"), SingleValue]
public sealed partial record NetCoreBufferLimit
{
    /// <summary>The limit in bytes.</summary>
    public required int Bytes { get; init; }
}
