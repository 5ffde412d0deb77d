using System;

namespace ProcGen.Specs;

/// <summary>What a line of <c>/proc/net/fib_trie</c> draws.</summary>
public enum FibTrieEntryKind
{
    /// <summary><c>+-- prefix/len bits full empty</c>: an internal node.</summary>
    Node,
    /// <summary><c>|-- address</c>: a leaf, one key.</summary>
    Leaf,
    /// <summary><c>/len scope type</c>: a route of the leaf above.</summary>
    Route,
}

/// <summary>
/// A line of <c>/proc/net/fib_trie</c> after its indentation, told apart by how it starts (<c>+-- </c>, <c>|-- </c>,
/// <c>/</c>) and parsed by the declaration of that shape: <see cref="FibTrieNodeLine"/>, a dotted address, or
/// <see cref="FibTrieAliasLine"/>. Exactly the member of <see cref="Kind"/> is set.
/// </summary>
public readonly record struct FibTrieEntry : IProcValue<FibTrieEntry>
{
    /// <summary>The shape of the line.</summary>
    public FibTrieEntryKind Kind { get; init; }

    /// <summary>The internal node, for a <see cref="FibTrieEntryKind.Node"/> line.</summary>
    public FibTrieNodeLine? Node { get; init; }

    /// <summary>The leaf's key, for a <see cref="FibTrieEntryKind.Leaf"/> line.</summary>
    public InetAddress? Leaf { get; init; }

    /// <summary>The route, for a <see cref="FibTrieEntryKind.Route"/> line.</summary>
    public FibTrieAliasLine? Route { get; init; }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out FibTrieEntry value)
    {
        value = default;
        if (utf8.StartsWith("+-- "u8))
        {
            if (!FibTrieNodeLine.TryParse(utf8[4..], out var node)) return false;
            value = new FibTrieEntry { Kind = FibTrieEntryKind.Node, Node = node };
            return true;
        }
        if (utf8.StartsWith("|-- "u8))
        {
            var key = utf8[4..];
            if (key.IndexOf((byte)'.') < 0 || !InetAddress.TryParse(key, out var address)) return false;
            value = new FibTrieEntry { Kind = FibTrieEntryKind.Leaf, Leaf = address };
            return true;
        }
        if (!utf8.IsEmpty && utf8[0] == (byte)'/')
        {
            if (!FibTrieAliasLine.TryParse(utf8, out var route)) return false;
            value = new FibTrieEntry { Kind = FibTrieEntryKind.Route, Route = route };
            return true;
        }
        return false;
    }

    public override string ToString() => Kind switch
    {
        FibTrieEntryKind.Node => "+-- " + Node!.Prefix,
        FibTrieEntryKind.Leaf => "|-- " + Leaf,
        _ => "/" + Route!.PrefixLength + " " + Route.Scope + " " + Route.Type,
    };
}
