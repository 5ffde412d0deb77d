namespace ProcGen.Specs;

/// <summary>One line of a table in <c>/proc/net/fib_trie</c>: its indentation and what it draws.</summary>
[ProcPart, Rows]
public sealed partial record FibTrieLine
{
    /// <summary>The blanks before the line: 3 × depth + 2 for a node at depth depth + 1, a leaf at depth, a route under a leaf at depth - 1.</summary>
    [Indentation] public required int Indentation { get; init; }

    /// <summary>The line after its indentation.</summary>
    [Rest] public required FibTrieEntry Entry { get; init; }

    /// <summary>Each line must nest where <see cref="FibTrieTable.BuildTree"/> will put it; checked as the table is parsed.</summary>
    static ProcRowSequenceRule<FibTrieLine>? IProcRow<FibTrieLine>.CreateSequenceRule() => new NestingRule();

    /// <summary>
    /// A line's parent is the last line above it indented less (the rule <see cref="FibTrieTable.BuildTree"/>
    /// nests by): a route's parent must be a leaf, and nothing but routes may be under a leaf.
    /// </summary>
    private sealed class NestingRule : ProcRowSequenceRule<FibTrieLine>
    {
        // The lines that may still get children, outermost first: their indentation and whether each is a leaf.
        private readonly System.Collections.Generic.List<(int Indentation, bool IsLeaf)> _open = [];

        public override string? Accept(FibTrieLine row)
        {
            while (_open.Count > 0 && _open[^1].Indentation >= row.Indentation) _open.RemoveAt(_open.Count - 1);
            bool underLeaf = _open.Count > 0 && _open[^1].IsLeaf;
            if (row.Entry.Kind == FibTrieEntryKind.Route)
                return underLeaf ? null : "a route (/len scope type) only indented under a leaf (|-- address)";
            if (underLeaf)
                return "a route under the leaf above (a node or leaf may not be indented deeper than a leaf)";
            _open.Add((row.Indentation, row.Entry.Kind == FibTrieEntryKind.Leaf));
            return null;
        }
    }
}
