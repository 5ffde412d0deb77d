using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One virtual service of <c>/proc/net/ip_vs</c>, the IPVS load balancer's table, with its real servers
/// (<c>ip_vs_info_seq_show</c> in <c>net/netfilter/ipvs/ip_vs_ctl.c</c>): a service line, then one indented
/// <c>  -&gt; </c> line per destination. Read with <c>fs.IpVs()</c>; <c>ipvsadm -Ln</c> prints the same.
/// </summary>
/// <remarks>
/// The three lines before the first service (<c>IP Virtual Server version 1.2.1 (size=4096)</c> and two column
/// headings) are skipped. Addresses are printed in network byte order (<c>%08X</c> of <c>ntohl(addr)</c>:
/// <c>0A000001</c> is 10.0.0.1), unlike <c>net/tcp</c>'s host-order words; IPv6 ones in brackets in full colon form.
/// Only present with the <c>ip_vs</c> module loaded.
/// </remarks>
[ProcFile("net/ip_vs", Accessor = "IpVs"), ProcFile("{pid}/net/ip_vs", Accessor = "IpVs")]
[Blocks(Start = BlockStart.UnindentedLine, SkipLines = 3)]
public sealed partial record IpvsService
{
    /// <summary>The service line: protocol, address or mark, scheduler, flags.</summary>
    [HeaderLine] public required IpvsServiceLine Service { get; init; }

    /// <summary>The real servers, in the order the scheduler keeps them.</summary>
    [Rest] public required IReadOnlyList<IpvsDestination> Destinations { get; init; }
}
