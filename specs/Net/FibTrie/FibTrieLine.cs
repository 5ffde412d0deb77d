namespace ProcGen.Specs;

/// <summary>One line of a table in <c>/proc/net/fib_trie</c>: its indentation and what it draws.</summary>
[ProcPart, Rows]
public sealed partial record FibTrieLine
{
    /// <summary>The blanks before the line: 3 × depth + 2 for a node at depth depth + 1, a leaf at depth, a route under a leaf at depth - 1.</summary>
    [Indentation] public required int Indentation { get; init; }

    /// <summary>The line after its indentation.</summary>
    [Rest] public required FibTrieEntry Entry { get; init; }
}
