using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One routing table of <c>/proc/net/fib_trie</c>: the IPv4 FIB's LC-trie drawn as an indented tree
/// (<c>fib_trie_seq_show</c> in <c>net/ipv4/fib_trie.c</c>). Read with <c>fs.FibTrie()</c>; <see cref="BuildTree"/>
/// nests the lines into nodes, leaves and their routes.
/// </summary>
/// <remarks>
/// Each table starts with an unindented title (<c>fib_table_print</c>: <c>Main:</c>, <c>Local:</c> or
/// <c>Id 100:</c>), followed by its lines, each of one of three shapes, indented three blanks per trie level
/// (<c>seq_indent</c>) plus two:
/// <list type="bullet">
/// <item>an internal node, <c>+-- 10.0.0.0/8 2 0 2</c> (<see cref="FibTrieNodeLine"/>);</item>
/// <item>a leaf (a key), <c>|-- 10.0.0.1</c>, one level deeper than its node;</item>
/// <item>a route (alias) of the leaf above it, <c>/32 host LOCAL</c> (<see cref="FibTrieAliasLine"/>), one level deeper
/// than the leaf.</item>
/// </list>
/// A line's shape and fields, and where it nests (a route only under a leaf, nothing else under a leaf), are checked
/// where it is parsed: a misplaced line is a <see cref="ProcParseException"/> at its line, and <see cref="BuildTree"/>
/// never fails on a parsed table.
/// </remarks>
[ProcFile("net/fib_trie", Accessor = "FibTrie"), ProcFile("{pid}/net/fib_trie", Accessor = "FibTrie")]
[Blocks(Start = BlockStart.UnindentedLine)]
public sealed partial record FibTrieTable
{
    /// <summary>The table, from its title line.</summary>
    [HeaderLine] public required FibTableName Table { get; init; }

    /// <summary>The table's lines in file order, with their indentation.</summary>
    [Rest] public required IReadOnlyList<FibTrieLine> Lines { get; init; }

    /// <summary>
    /// The trie as nodes: the top-level lines (normally one internal node, the root), each with its children, leaves
    /// with their routes. A line's parent is the last line above it indented less.
    /// </summary>
    /// <exception cref="System.IO.InvalidDataException">
    /// A route line is not under a leaf, or a node or leaf is under a leaf: only for a hand-made table, as the parser
    /// rejects such lines.
    /// </exception>
    public IReadOnlyList<FibTrieNode> BuildTree() => FibTrieNode.Build(Lines);
}
