namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/net/fib_triestat</c>: statistics of each IPv4 routing table's trie
/// (<c>fib_triestat_seq_show</c>, <c>trie_show_stats</c> and, with <c>CONFIG_IP_FIB_TRIE_STATS</c>,
/// <c>trie_show_usage</c> in <c>net/ipv4/fib_trie.c</c>). Read with <c>fs.FibTrieStatistics()</c>;
/// <see cref="FibTrieTableStatistics.Group"/> gathers the lines into one typed record per table.
/// </summary>
/// <remarks>
/// After <c>Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.</c> (skipped: kernel structure sizes), each
/// table is a section titled like <c>fib_trie</c>'s (<c>Main:</c>, <c>Local:</c>, <c>Id 100:</c>) holding tab-indented
/// <c>Aver depth:     2.42</c>, <c>Max depth:</c>, <c>Leaves:</c>, <c>Prefixes:</c>, <c>Internal nodes:</c>, the
/// node-size histogram <c>  1: 1  2: 3  3: 1</c> (how many internal nodes index 1, 2, 3 … bits), <c>Pointers:</c>,
/// then unindented <c>Null ptrs:</c> and <c>Total size: 2  kB</c>. With trie statistics compiled in, a
/// <c>Counters:</c> section follows each table: a <c>---------</c> rule and <c>gets = N</c>-style lines.
/// </remarks>
[ProcFile("net/fib_triestat", Accessor = "FibTrieStatistics"), ProcFile("{pid}/net/fib_triestat", Accessor = "FibTrieStatistics")]
[Rows(Sections = true, SkipLines = 1)]
public sealed partial record FibTrieStatisticsLine
{
    /// <summary>The section the line is in: a table's title without its colon (<c>Main</c>, <c>Id 100</c>) or <c>Counters</c>.</summary>
    [Section] public required string Section { get; init; }

    /// <summary>The line's name and value.</summary>
    [Rest] public required FibTrieStatisticsEntry Entry { get; init; }

    /// <summary>
    /// Every table has the lines <see cref="FibTrieTableStatistics.Group"/> needs, and counters follow a table:
    /// checked as the file is parsed, so a short or reordered file fails at its line.
    /// </summary>
    static ProcRowSequenceRule<FibTrieStatisticsLine>? IProcRow<FibTrieStatisticsLine>.CreateSequenceRule() => new CompleteTablesRule();

    private sealed class CompleteTablesRule : ProcRowSequenceRule<FibTrieStatisticsLine>
    {
        // The lines trie_show_stats prints unconditionally for every table.
        private static readonly string[] s_required =
            ["Aver depth", "Max depth", "Leaves", "Prefixes", "Internal nodes", "Pointers", "Null ptrs", "Total size"];

        private string? _table;
        private int _seen;   // one bit per s_required name

        public override string? Accept(FibTrieStatisticsLine row)
        {
            if (row.Section == "Counters")
                return _table is null ? "a table's statistics (a section such as Main:) before the Counters section" : null;
            if (row.Section != _table)
            {
                if (Missing() is { } missing) return missing + " before the next table";
                _table = row.Section;
                _seen = 0;
            }
            if (row.Entry.Kind == FibTrieStatisticsEntryKind.Value)
            {
                int index = System.Array.IndexOf(s_required, row.Entry.Name);
                if (index >= 0) _seen |= 1 << index;
            }
            return null;
        }

        public override string? Complete() => Missing();

        private string? Missing()
        {
            if (_table is null) return null;
            for (int i = 0; i < s_required.Length; i++)
                if ((_seen & (1 << i)) == 0) return $"the '{s_required[i]}:' line of table {_table}";
            return null;
        }
    }
}
