namespace ProcGen.Specs;

/// <summary>
/// One socket of <c>/proc/net/netlink</c>: an <c>AF_NETLINK</c> socket (<c>netlink_seq_show</c> in
/// <c>net/netlink/af_netlink.c</c>). Read with <c>fs.Netlink()</c>.
/// </summary>
/// <remarks>
/// Columns are bound by the header's names; lines are padded with blanks. <see cref="Address"/> is <c>%pK</c>:
/// hashed, or 0 without privilege. Kernels before 3.x printed the dump callback's address under <c>Dump</c>; current
/// ones print 0 or 1.
/// </remarks>
[ProcFile("net/netlink", Accessor = "Netlink"), ProcFile("{pid}/net/netlink", Accessor = "Netlink"), HeaderTable]
public sealed partial record NetlinkSocket
{
    /// <summary>The kernel address of the socket (<c>sk</c>).</summary>
    [Column("sk"), Hex] public required ulong Address { get; init; }
    /// <summary>The netlink family (<c>Eth</c>): 0 <c>NETLINK_ROUTE</c>, 9 <c>NETLINK_AUDIT</c>, 15 <c>NETLINK_KOBJECT_UEVENT</c>…</summary>
    [Column("Eth")] public required int Protocol { get; init; }
    /// <summary>The port id (<c>Pid</c>): 0 for the kernel's sockets, often the owner's pid.</summary>
    [Column("Pid")] public required uint PortId { get; init; }
    /// <summary>The first 32 multicast groups the socket listens to (a bit mask, <c>%08x</c>).</summary>
    [Column("Groups"), Hex] public required uint Groups { get; init; }
    /// <summary>Bytes queued for reading.</summary>
    [Column("Rmem")] public required int ReceiveMemory { get; init; }
    /// <summary>Bytes queued for sending.</summary>
    [Column("Wmem")] public required int SendMemory { get; init; }
    /// <summary>1 while a dump is running.</summary>
    [Column("Dump")] public required int Dump { get; init; }
    /// <summary>References to the socket (<c>Locks</c>).</summary>
    [Column("Locks")] public required int RefCount { get; init; }
    /// <summary>Messages dropped.</summary>
    [Column("Drops")] public required uint Drops { get; init; }
    /// <summary>The socket's inode.</summary>
    [Column("Inode")] public required ulong Inode { get; init; }
}
