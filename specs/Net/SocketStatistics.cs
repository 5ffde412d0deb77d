namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/net/sockstat</c> or <c>sockstat6</c>: a protocol and its socket counters
/// (<c>sockstat_seq_show</c> in <c>net/ipv4/proc.c</c>, <c>sockstat6_seq_show</c> in <c>net/ipv6/proc.c</c>):
/// <c>TCP: inuse 5 orphan 0 tw 1 alloc 7 mem 2</c>, <c>sockets: used 11</c>. Read with <c>fs.Sockstat()</c>.
/// </summary>
/// <remarks><c>mem</c> counts pages; the other counters count sockets (<c>FRAG</c>'s <c>memory</c> is bytes).</remarks>
[ProcFile("net/sockstat", Accessor = "Sockstat"), ProcFile("net/sockstat6", Accessor = "Sockstat6")]
[ProcFile("{pid}/net/sockstat", Accessor = "Sockstat"), ProcFile("{pid}/net/sockstat6", Accessor = "Sockstat6")]
[Rows]
public sealed partial record SocketStatistics
{
    /// <summary>The protocol (<c>TCP</c>, <c>UDP6</c>, <c>FRAG</c>) or <c>sockets</c>.</summary>
    [Column(0), Suffix(":")] public required string Protocol { get; init; }

    /// <summary>The counters in order: <c>inuse</c>, <c>orphan</c>, <c>tw</c>, <c>alloc</c>, <c>mem</c>, <c>used</c>, <c>memory</c>.</summary>
    [Rest] public required NamedCounters Counters { get; init; }
}
