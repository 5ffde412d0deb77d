using System.Collections.Generic;
using System.IO;

namespace ProcGen.Specs;

/// <summary>
/// A node of a table's trie in <c>/proc/net/fib_trie</c>, as <see cref="FibTrieTable.BuildTree"/> nests the lines: an
/// internal node with its children, or a leaf with its routes.
/// </summary>
public sealed class FibTrieNode
{
    private readonly List<FibTrieNode> _children = new();
    private readonly List<FibTrieAliasLine> _routes = new();

    private FibTrieNode(FibTrieLine line, FibTrieNode? parent)
    {
        Line = line;
        Parent = parent;
    }

    /// <summary>The line that draws the node.</summary>
    public FibTrieLine Line { get; }

    /// <summary>Whether this is a leaf (a key with routes) rather than an internal node.</summary>
    public bool IsLeaf => Line.Entry.Kind == FibTrieEntryKind.Leaf;

    /// <summary>The internal node's fields; <c>null</c> for a leaf.</summary>
    public FibTrieNodeLine? Internal => Line.Entry.Node;

    /// <summary>The leaf's key; <c>null</c> for an internal node.</summary>
    public InetAddress? Key => Line.Entry.Leaf;

    /// <summary>The internal node this one is a child of; <c>null</c> at the top.</summary>
    public FibTrieNode? Parent { get; }

    /// <summary>An internal node's children (nodes and leaves) in file order; empty for a leaf.</summary>
    public IReadOnlyList<FibTrieNode> Children => _children;

    /// <summary>A leaf's routes (<c>fib_alias</c> lines) in file order, longest prefix first; empty for a node.</summary>
    public IReadOnlyList<FibTrieAliasLine> Routes => _routes;

    /// <summary>This node and every node below it, depth first in file order.</summary>
    public IEnumerable<FibTrieNode> DescendantsAndSelf()
    {
        var pending = new Stack<FibTrieNode>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            for (int i = node._children.Count - 1; i >= 0; i--) pending.Push(node._children[i]);
        }
    }

    public override string ToString() => Line.Entry.ToString();

    /// <summary>Nests one table's lines: a line's parent is the last line above it indented less.</summary>
    internal static IReadOnlyList<FibTrieNode> Build(IReadOnlyList<FibTrieLine> lines)
    {
        var roots = new List<FibTrieNode>();
        // The open nodes from the top down to the last node or leaf read, with their indentation.
        var open = new List<FibTrieNode>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            while (open.Count > 0 && open[^1].Line.Indentation >= line.Indentation) open.RemoveAt(open.Count - 1);
            var parent = open.Count > 0 ? open[^1] : null;
            if (line.Entry.Kind == FibTrieEntryKind.Route)
            {
                if (parent is null || !parent.IsLeaf)
                    throw new InvalidDataException($"line {i + 1} of the table is a route ({line.Entry}) that is not indented under a leaf");
                parent._routes.Add(line.Entry.Route!);
                continue;
            }
            if (parent is { IsLeaf: true })
                throw new InvalidDataException($"line {i + 1} of the table ({line.Entry}) is indented under a leaf; only routes go there");
            var node = new FibTrieNode(line, parent);
            if (parent is null) roots.Add(node);
            else parent._children.Add(node);
            open.Add(node);
        }
        return roots;
    }
}
