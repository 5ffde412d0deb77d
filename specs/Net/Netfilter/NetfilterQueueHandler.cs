namespace ProcGen.Specs;

/// <summary>
/// One protocol family of <c>/proc/net/netfilter/nf_queue</c>, printed by kernels 2.6.14 to 3.x: the queue handler
/// registered for the family (<c>seq_show</c> in <c>net/netfilter/nf_queue.c</c>: <c>%2lld %s</c>, the handler's
/// name or <c>NONE</c>). Read with <c>fs.NfQueue()</c>. Newer kernels list bound queues in
/// <c>nfnetlink_queue</c> instead (<see cref="NetfilterQueue"/>).
/// </summary>
[ProcFile("net/netfilter/nf_queue", Accessor = "NfQueue"), ProcFile("{pid}/net/netfilter/nf_queue", Accessor = "NfQueue"), Rows]
public sealed partial record NetfilterQueueHandler
{
    /// <summary>The protocol family (<c>NFPROTO_*</c>: 2 IPv4, 3 ARP, 7 bridge, 10 IPv6).</summary>
    [Column(0)] public required int Family { get; init; }

    /// <summary>The handler (<c>nf_queue</c> for nfnetlink_queue), or <c>null</c> for <c>NONE</c>.</summary>
    [Column(1), NullIf("NONE")] public string? Handler { get; init; }
}
