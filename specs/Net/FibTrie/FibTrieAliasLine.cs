namespace ProcGen.Specs;

/// <summary>
/// A route of a leaf in <c>/proc/net/fib_trie</c> (a <c>fib_alias</c>): <c>/%zu %s %s</c> and, for a non-zero TOS,
/// <c> tos=%d</c> (<c>/32 host LOCAL</c>, <c>/24 link UNICAST tos=16</c>).
/// </summary>
/// <remarks>
/// The kernel prints <c>type N</c> for a type without a name; every type a route can have (<c>RTN_UNSPEC</c> …
/// <c>RTN_XRESOLVE</c>) has one, so that form is rejected as malformed rather than guessed at.
/// </remarks>
[ProcPart, Columnar]
public sealed partial record FibTrieAliasLine
{
    /// <summary>The prefix length of the route: with the leaf's key, the destination <c>key/len</c>.</summary>
    [Column(0), Prefix("/")] public required int PrefixLength { get; init; }
    /// <summary>The route's scope.</summary>
    [Column(1)] public required FibRouteScope Scope { get; init; }
    /// <summary>The route's type.</summary>
    [Column(2)] public required FibRouteType Type { get; init; }
    /// <summary>The type of service the route matches; <c>null</c> when 0 (not printed).</summary>
    [Column(3), Prefix("tos=")] public int? Tos { get; init; }
}
