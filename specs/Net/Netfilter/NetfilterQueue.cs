namespace ProcGen.Specs;

/// <summary>
/// One bound queue of <c>/proc/net/netfilter/nfnetlink_queue</c>: packets handed to user space by <c>NFQUEUE</c>
/// (<c>seq_show</c> in <c>net/netfilter/nfnetlink_queue.c</c>: <c>%5u %6u %5u %1u %5u %5u %5u %8u %2d</c>). Read
/// with <c>fs.NfnetlinkQueue()</c>.
/// </summary>
/// <remarks>Mode 0440 (root only). Empty when no program has bound a queue.</remarks>
[ProcFile("net/netfilter/nfnetlink_queue", Accessor = "NfnetlinkQueue"), ProcFile("{pid}/net/netfilter/nfnetlink_queue", Accessor = "NfnetlinkQueue"), Rows]
public sealed partial record NetfilterQueue
{
    /// <summary>The queue number (<c>--queue-num</c>).</summary>
    [Column(0)] public required ushort QueueNumber { get; init; }

    /// <summary>The netlink port id of the program bound to the queue (usually its pid).</summary>
    [Column(1)] public required uint PortId { get; init; }

    /// <summary>Packets waiting for a verdict.</summary>
    [Column(2)] public required uint QueueTotal { get; init; }

    /// <summary>What is copied to user space: 0 none, 1 metadata only, 2 the packet (<c>NFQNL_COPY_*</c>).</summary>
    [Column(3)] public required byte CopyMode { get; init; }

    /// <summary>Bytes of each packet copied to user space.</summary>
    [Column(4)] public required uint CopyRange { get; init; }

    /// <summary>Packets dropped because the queue was full.</summary>
    [Column(5)] public required uint QueueDropped { get; init; }

    /// <summary>Packets dropped because the netlink socket could not take them.</summary>
    [Column(6)] public required uint UserDropped { get; init; }

    /// <summary>The id given to the last packet queued.</summary>
    [Column(7)] public required uint IdSequence { get; init; }
}
