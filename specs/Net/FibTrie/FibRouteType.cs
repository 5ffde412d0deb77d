namespace ProcGen.Specs;

/// <summary>The type of a route in <c>/proc/net/fib_trie</c> (<c>rtn_type_names</c> in <c>net/ipv4/fib_trie.c</c>: <c>RTN_*</c>).</summary>
public enum FibRouteType
{
    /// <summary>A name this library does not know, from a newer kernel.</summary>
    [ProcFallback] Other,

    /// <summary><c>UNSPEC</c>.</summary>
    [ProcToken("UNSPEC")] Unspecified,
    /// <summary><c>UNICAST</c>: a gateway or direct route.</summary>
    [ProcToken("UNICAST")] Unicast,
    /// <summary><c>LOCAL</c>: an address of this host.</summary>
    [ProcToken("LOCAL")] Local,
    /// <summary><c>BROADCAST</c>: accept locally as broadcast, send as broadcast.</summary>
    [ProcToken("BROADCAST")] Broadcast,
    /// <summary><c>ANYCAST</c>: accept locally as broadcast, send as unicast.</summary>
    [ProcToken("ANYCAST")] Anycast,
    /// <summary><c>MULTICAST</c>: a multicast route.</summary>
    [ProcToken("MULTICAST")] Multicast,
    /// <summary><c>BLACKHOLE</c>: drop silently.</summary>
    [ProcToken("BLACKHOLE")] Blackhole,
    /// <summary><c>UNREACHABLE</c>: drop with ICMP host unreachable.</summary>
    [ProcToken("UNREACHABLE")] Unreachable,
    /// <summary><c>PROHIBIT</c>: drop with ICMP administratively prohibited.</summary>
    [ProcToken("PROHIBIT")] Prohibit,
    /// <summary><c>THROW</c>: not in this table, continue with the next rule.</summary>
    [ProcToken("THROW")] Throw,
    /// <summary><c>NAT</c>: translate the address (obsolete).</summary>
    [ProcToken("NAT")] Nat,
    /// <summary><c>XRESOLVE</c>: use an external resolver (obsolete).</summary>
    [ProcToken("XRESOLVE")] ExternalResolve,
}
