namespace ProcGen.Specs;

/// <summary>
/// One line of the x_tables lists: a table (<c>/proc/net/ip_tables_names</c>, <c>ip6_tables_names</c>,
/// <c>arp_tables_names</c>: <c>xt_table_seq_show</c>), or a match or target extension
/// (<c>ip_tables_matches</c>, <c>ip_tables_targets</c> and the <c>ip6_</c> and <c>arp_</c> twins:
/// <c>xt_match_seq_show</c>, <c>xt_target_seq_show</c> in <c>net/netfilter/x_tables.c</c>). One name a line.
/// Read with <c>fs.IpTablesNames()</c>, <c>fs.IpTablesMatches()</c>, <c>fs.Ip6TablesTargets()</c> ….
/// </summary>
/// <remarks>
/// The files are mode 0440, root only: <c>TryRead…</c> reports <see cref="ProcReadStatus.PermissionDenied"/> to
/// others. A table list is empty until a table is loaded. An extension is listed once per revision and family
/// registered (<c>cgroup</c> three times), so names repeat; the order is the kernel's list order, newest first.
/// </remarks>
[ProcFile("net/ip_tables_names", Accessor = "IpTablesNames"), ProcFile("{pid}/net/ip_tables_names", Accessor = "IpTablesNames")]
[ProcFile("net/ip6_tables_names", Accessor = "Ip6TablesNames"), ProcFile("{pid}/net/ip6_tables_names", Accessor = "Ip6TablesNames")]
[ProcFile("net/arp_tables_names", Accessor = "ArpTablesNames"), ProcFile("{pid}/net/arp_tables_names", Accessor = "ArpTablesNames")]
[ProcFile("net/ip_tables_matches", Accessor = "IpTablesMatches"), ProcFile("{pid}/net/ip_tables_matches", Accessor = "IpTablesMatches")]
[ProcFile("net/ip6_tables_matches", Accessor = "Ip6TablesMatches"), ProcFile("{pid}/net/ip6_tables_matches", Accessor = "Ip6TablesMatches")]
[ProcFile("net/arp_tables_matches", Accessor = "ArpTablesMatches"), ProcFile("{pid}/net/arp_tables_matches", Accessor = "ArpTablesMatches")]
[ProcFile("net/ip_tables_targets", Accessor = "IpTablesTargets"), ProcFile("{pid}/net/ip_tables_targets", Accessor = "IpTablesTargets")]
[ProcFile("net/ip6_tables_targets", Accessor = "Ip6TablesTargets"), ProcFile("{pid}/net/ip6_tables_targets", Accessor = "Ip6TablesTargets")]
[ProcFile("net/arp_tables_targets", Accessor = "ArpTablesTargets"), ProcFile("{pid}/net/arp_tables_targets", Accessor = "ArpTablesTargets")]
[Rows]
public sealed partial record NetfilterName
{
    /// <summary>The table (<c>filter</c>, <c>nat</c>) or extension (<c>conntrack</c>, <c>MASQUERADE</c>) name.</summary>
    [Column(0)] public required string Name { get; init; }
}
