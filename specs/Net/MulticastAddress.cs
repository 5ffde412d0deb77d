namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/net/dev_mcast</c>: a link-layer multicast address an interface listens to
/// (<c>dev_mc_seq_show</c> in <c>net/core/net-procfs.c</c>: <c>%-4d %-15s %-5d %-5d %*phN</c>). Read with
/// <c>fs.DevMcast()</c>.
/// </summary>
/// <remarks>No header. The address is printed as hex digits without separators (<c>01005e000001</c>).</remarks>
[ProcFile("net/dev_mcast", Accessor = "DevMcast"), ProcFile("{pid}/net/dev_mcast", Accessor = "DevMcast"), Rows]
public sealed partial record MulticastAddress
{
    /// <summary>The interface index.</summary>
    [Column(0)] public required int InterfaceIndex { get; init; }
    /// <summary>The interface name.</summary>
    [Column(1)] public required string Interface { get; init; }
    /// <summary>Users of the address.</summary>
    [Column(2)] public required int RefCount { get; init; }
    /// <summary>1 when the address was added with global scope (<c>dev_mc_add_global</c>).</summary>
    [Column(3)] public required int GlobalUse { get; init; }
    /// <summary>The address, hex digits without separators; <c>null</c> for a device with no link-layer address.</summary>
    [Column(4)] public string? Address { get; init; }
}
