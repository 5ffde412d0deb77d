namespace ProcGen.Specs;

/// <summary>
/// An internal node of <c>/proc/net/fib_trie</c> after its <c>+-- </c> marker: <c>%pI4/%zu %u %u %u</c>
/// (<c>10.0.0.0/8 2 0 2</c>): the node's prefix, how many key bits it indexes, and its full and empty children.
/// </summary>
[ProcPart, Columnar]
public sealed partial record FibTrieNodeLine
{
    /// <summary>The prefix common to everything below the node (<c>KEYLENGTH - pos - bits</c> bits long).</summary>
    [Column(0)] public required Ipv4Prefix Prefix { get; init; }
    /// <summary>The number of key bits the node indexes: it has 2^bits child slots.</summary>
    [Column(1)] public required int Bits { get; init; }
    /// <summary>Children that are full internal nodes (<c>full_children</c>).</summary>
    [Column(2)] public required uint FullChildren { get; init; }
    /// <summary>Empty child slots (<c>empty_children</c>).</summary>
    [Column(3)] public required uint EmptyChildren { get; init; }
}
