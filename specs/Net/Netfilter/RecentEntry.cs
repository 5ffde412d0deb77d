namespace ProcGen.Specs;

/// <summary>
/// One source address of an <c>xt_recent</c> list, <c>/proc/net/xt_recent/NAME</c> (<c>recent_seq_show</c> in
/// <c>net/netfilter/xt_recent.c</c>: <c>src=%pI4 ttl: %u last_seen: %lu oldest_pkt: %u</c>, then the packet times
/// <c>"%s %lu"</c> separated by commas). Read with <c>fs.XtRecent("NAME")</c> for a list made by
/// <c>-m recent --name NAME</c>.
/// </summary>
/// <remarks>
/// Times are in jiffies (the kernel's tick, <c>CONFIG_HZ</c> per second, not <c>USER_HZ</c>). IPv6 addresses are in
/// full colon form. An address written to the file (<c>echo +ADDR</c>) has ttl 0.
/// </remarks>
[ProcFile("net/xt_recent/{list}", Accessor = "XtRecent"), ProcFile("{pid}/net/xt_recent/{list}", Accessor = "XtRecent"), Rows]
public sealed partial record RecentEntry
{
    /// <summary>The source address.</summary>
    [Column(0), Prefix("src=")] public required InetAddress Address { get; init; }

    /// <summary>The TTL of the last packet (0 when added by hand).</summary>
    [Column(2)] public required byte Ttl { get; init; }

    /// <summary>When the last packet was seen, in jiffies.</summary>
    [Column(4)] public required ulong LastSeen { get; init; }

    /// <summary>The index of the next packet slot (<c>index</c>): one past the newest packet, modulo the slots.</summary>
    [Column(6)] public required uint OldestPacketIndex { get; init; }

    /// <summary>The times of the remembered packets in jiffies, in slot order (up to <c>ip_pkt_list_tot</c>).</summary>
    [Rest] public required NumberList PacketTimes { get; init; }
}
