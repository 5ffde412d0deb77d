using System.Collections.Generic;
using System.IO;

namespace ProcGen.Specs;

/// <summary>The statistics of one routing table's trie in <c>/proc/net/fib_triestat</c>, as <see cref="Group"/> gathers them.</summary>
public sealed record FibTrieTableStatistics
{
    /// <summary>The table (its section title).</summary>
    public required string Table { get; init; }
    /// <summary>The average depth of a leaf (<c>Aver depth</c>, two decimals).</summary>
    public required double AverageDepth { get; init; }
    /// <summary>The depth of the deepest leaf.</summary>
    public required uint MaxDepth { get; init; }
    /// <summary>Leaves (keys) in the trie.</summary>
    public required uint Leaves { get; init; }
    /// <summary>Routes (<c>fib_alias</c>es) on the leaves.</summary>
    public required uint Prefixes { get; init; }
    /// <summary>Internal nodes (<c>tnode</c>s).</summary>
    public required uint InternalNodes { get; init; }
    /// <summary>Internal nodes by the number of key bits they index (the <c>1: 1  2: 3</c> line).</summary>
    public required IReadOnlyDictionary<int, uint> NodeSizes { get; init; }
    /// <summary>Child slots of all internal nodes.</summary>
    public required uint Pointers { get; init; }
    /// <summary>Empty child slots (<c>Null ptrs</c>).</summary>
    public required uint NullPointers { get; init; }
    /// <summary>The trie's memory, in bytes (printed in kB, rounded up).</summary>
    public required ulong TotalSize { get; init; }
    /// <summary>The lookup counters of the <c>Counters:</c> section, by name (<c>gets</c>, <c>backtracks</c>, <c>semantic match passed</c>, <c>semantic match miss</c>, <c>null node hit</c>, <c>skipped node resize</c>); empty without <c>CONFIG_IP_FIB_TRIE_STATS</c>.</summary>
    public required IReadOnlyDictionary<string, ulong> Counters { get; init; }

    /// <summary>
    /// One record per table of <paramref name="lines"/> (as <c>fs.FibTrieStatistics()</c> returns them), in file order;
    /// a <c>Counters</c> section belongs to the table before it.
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// A table lacks one of the statistics, or counters come before any table: only in hand-made rows, as the parser
    /// rejects such a file at the line where the table ends.
    /// </exception>
    public static IReadOnlyList<FibTrieTableStatistics> Group(IEnumerable<FibTrieStatisticsLine> lines)
    {
        var result = new List<FibTrieTableStatistics>();
        string? table = null;
        var values = new Dictionary<string, double>();
        IReadOnlyDictionary<int, uint> sizes = new Dictionary<int, uint>();
        var counters = new Dictionary<string, ulong>();
        foreach (var line in lines)
        {
            if (line.Section == "Counters")
            {
                if (table is null) throw new InvalidDataException("fib_triestat: counters before any table");
                if (line.Entry.Kind == FibTrieStatisticsEntryKind.Value) counters[line.Entry.Name] = (ulong)line.Entry.Value;
                continue;
            }
            if (line.Section != table)
            {
                Flush();
                table = line.Section;
            }
            if (line.Entry.Kind == FibTrieStatisticsEntryKind.Value) values[line.Entry.Name] = line.Entry.Value;
            else if (line.Entry.Kind == FibTrieStatisticsEntryKind.NodeSizes) sizes = line.Entry.NodeSizes;
        }
        Flush();
        return result;

        void Flush()
        {
            if (table is null) return;
            result.Add(new FibTrieTableStatistics
            {
                Table = table,
                AverageDepth = Get("Aver depth"),
                MaxDepth = (uint)Get("Max depth"),
                Leaves = (uint)Get("Leaves"),
                Prefixes = (uint)Get("Prefixes"),
                InternalNodes = (uint)Get("Internal nodes"),
                NodeSizes = sizes,
                Pointers = (uint)Get("Pointers"),
                NullPointers = (uint)Get("Null ptrs"),
                TotalSize = (ulong)Get("Total size"),
                Counters = new Dictionary<string, ulong>(counters),
            });
            values.Clear();
            counters.Clear();
            sizes = new Dictionary<int, uint>();
        }

        double Get(string name) => values.TryGetValue(name, out double value)
            ? value
            : throw new InvalidDataException($"fib_triestat: table {table} has no '{name}' line");
    }
}
