namespace ProcGen.Specs;

/// <summary>
/// One socket of <c>/proc/net/packet</c>: an <c>AF_PACKET</c> socket (<c>packet_seq_show</c> in
/// <c>net/packet/af_packet.c</c>). Read with <c>fs.Packet()</c>.
/// </summary>
/// <remarks>
/// Columns are bound by the header's names. The header is printed even with no sockets, so an empty table is
/// one line. <see cref="Address"/> is <c>%pK</c>: hashed, or 0 without privilege.
/// </remarks>
[ProcFile("net/packet", Accessor = "Packet"), ProcFile("{pid}/net/packet", Accessor = "Packet"), HeaderTable]
public sealed partial record PacketSocket
{
    /// <summary>The kernel address of the socket (<c>sk</c>).</summary>
    [Column("sk"), Hex] public required ulong Address { get; init; }
    /// <summary>References to the socket.</summary>
    [Column("RefCnt")] public required int RefCount { get; init; }
    /// <summary>The socket type: 2 (<c>SOCK_DGRAM</c>) or 3 (<c>SOCK_RAW</c>).</summary>
    [Column("Type")] public required int Type { get; init; }
    /// <summary>The bound Ethernet protocol (<c>%04x</c>; 0003 is <c>ETH_P_ALL</c>), 0 when unbound.</summary>
    [Column("Proto"), Hex] public required ushort Protocol { get; init; }
    /// <summary>The bound interface index, 0 for every interface.</summary>
    [Column("Iface")] public required int InterfaceIndex { get; init; }
    /// <summary>1 while the socket is hooked into the receive path (<c>R</c>, running).</summary>
    [Column("R")] public required int Running { get; init; }
    /// <summary>Bytes queued for reading.</summary>
    [Column("Rmem")] public required uint ReceiveMemory { get; init; }
    /// <summary>The owner's user id.</summary>
    [Column("User")] public required uint Uid { get; init; }
    /// <summary>The socket's inode (as in <c>socket:[inode]</c> of <c>{pid}/fd</c>).</summary>
    [Column("Inode")] public required ulong Inode { get; init; }

    /// <summary>Whether the socket is receiving (<see cref="Running"/> is 1).</summary>
    public bool IsRunning => Running != 0;
}
