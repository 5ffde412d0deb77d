namespace ProcGen.Specs;

/// <summary>
/// One CPU's line of <c>/proc/net/stat/nf_conntrack</c>: netfilter connection-tracking counters
/// (<c>ct_cpu_seq_show</c> in <c>net/netfilter/nf_conntrack_standalone.c</c>). Every field is hexadecimal
/// (<c>%08x</c>). Read with <c>fs.ConntrackStatistics()</c>.
/// </summary>
/// <remarks>
/// One line per possible CPU after the header; columns are bound by the header's names, because the layout changed:
/// 5.9 replaced <c>searched</c> by <c>clashres</c> and 5.13 <c>delete_list</c> by <c>chainlength</c> (and stopped
/// counting <c>new</c>, <c>ignore</c> and <c>delete</c>, printed as 0); <c>search_restart</c> came in 3.x. A column
/// the kernel does not print is <c>null</c>. Only present with the <c>nf_conntrack</c> module loaded.
/// </remarks>
[ProcFile("net/stat/nf_conntrack", Accessor = "ConntrackStatistics"), ProcFile("{pid}/net/stat/nf_conntrack", Accessor = "ConntrackStatistics")]
[HeaderTable]
public sealed partial record ConntrackStatistics
{
    /// <summary>Tracked connections (<c>entries</c>, the same on every line).</summary>
    [Column("entries"), Hex] public required uint Entries { get; init; }
    /// <summary>Hash-table entries searched (before 5.9).</summary>
    [Column("searched"), Hex] public uint? Searched { get; init; }
    /// <summary>Insertion clashes resolved (5.9+).</summary>
    [Column("clashres"), Hex] public uint? ClashesResolved { get; init; }
    /// <summary>Lookups that found a connection.</summary>
    [Column("found"), Hex] public required uint Found { get; init; }
    /// <summary>Connections added (0 since 5.13).</summary>
    [Column("new"), Hex] public required uint New { get; init; }
    /// <summary>Packets that could not be tracked.</summary>
    [Column("invalid"), Hex] public required uint Invalid { get; init; }
    /// <summary>Packets already tracked (0 since 5.13).</summary>
    [Column("ignore"), Hex] public required uint Ignore { get; init; }
    /// <summary>Connections deleted (0 since 5.13).</summary>
    [Column("delete"), Hex] public required uint Delete { get; init; }
    /// <summary>Connections put on the dying list (before 5.13).</summary>
    [Column("delete_list"), Hex] public uint? DeleteList { get; init; }
    /// <summary>Printed as 0 (5.13+).</summary>
    [Column("chainlength"), Hex] public uint? ChainLength { get; init; }
    /// <summary>Connections inserted.</summary>
    [Column("insert"), Hex] public required uint Insert { get; init; }
    /// <summary>Insertions that failed (a clash).</summary>
    [Column("insert_failed"), Hex] public required uint InsertFailed { get; init; }
    /// <summary>Packets dropped because a connection could not be tracked.</summary>
    [Column("drop"), Hex] public required uint Drop { get; init; }
    /// <summary>Connections dropped early to make room.</summary>
    [Column("early_drop"), Hex] public required uint EarlyDrop { get; init; }
    /// <summary>ICMP errors that matched no connection (<c>icmp_error</c>).</summary>
    [Column("icmp_error"), Hex] public required uint IcmpError { get; init; }
    /// <summary>Expectations used.</summary>
    [Column("expect_new"), Hex] public required uint ExpectNew { get; init; }
    /// <summary>Expectations created.</summary>
    [Column("expect_create"), Hex] public required uint ExpectCreate { get; init; }
    /// <summary>Expectations deleted.</summary>
    [Column("expect_delete"), Hex] public required uint ExpectDelete { get; init; }
    /// <summary>Lookups restarted because a hash chain changed (3.x+).</summary>
    [Column("search_restart"), Hex] public uint? SearchRestart { get; init; }
}
