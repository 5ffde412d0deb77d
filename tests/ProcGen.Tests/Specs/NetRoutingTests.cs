using System.IO;
using System.Linq;
using ProcGen.Specs;
using ProcGen.Tests.Runtime;

namespace ProcGen.Tests.Specs;

/// <summary>
/// The IPv4 FIB files of <c>/proc/net</c>: <c>fib_trie</c> (parsed line by line, nested by
/// <see cref="FibTrieTable.BuildTree"/>), <c>fib_triestat</c>, <c>rt_cache</c> and <c>stat/synproxy</c>, from the capture and
/// from hand-made content in the kernel's formats (<c>fib_trie_seq_show</c>, <c>trie_show_stats</c>,
/// <c>trie_show_usage</c>, <c>rt_cache_seq_show</c>, <c>synproxy_cpu_seq_show</c>).
/// </summary>
public class NetRoutingTests
{
    /// <summary>A table deeper than the capture's, with every route shape: a TOS, several routes on a leaf, a numeric scope.</summary>
    public const string DeepTrie =
        "Id 100:\n" +
        "  +-- 10.0.0.0/8 2 0 1\n" +
        "     +-- 10.0.0.0/16 1 0 0\n" +
        "        +-- 10.0.0.0/23 1 0 0\n" +
        "           |-- 10.0.0.0\n" +
        "              /24 link UNICAST\n" +
        "           |-- 10.0.1.0\n" +
        "              /24 universe UNICAST tos=16\n" +
        "              /25 universe BLACKHOLE\n" +
        "        |-- 10.0.128.0\n" +
        "           /17 site PROHIBIT\n" +
        "     |-- 10.64.0.0\n" +
        "        /10 scope=200 UNREACHABLE\n" +
        "     |-- 10.128.0.0\n" +
        "        /9 nowhere THROW\n";

    /// <summary>fib_triestat with <c>CONFIG_IP_FIB_TRIE_STATS</c>: a <c>Counters:</c> section after each table; a table with no internal node.</summary>
    public const string TrieStatWithCounters =
        "Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.\n" +
        "Id 100:\n" +
        "\tAver depth:     1.00\n" +
        "\tMax depth:      1\n" +
        "\tLeaves:         1\n" +
        "\tPrefixes:       2\n" +
        "\tInternal nodes: 0\n" +
        "\t\n" +
        "\tPointers: 0\n" +
        "Null ptrs: 0\n" +
        "Total size: 1  kB\n" +
        "\n" +
        "Counters:\n" +
        "---------\n" +
        "gets = 1520\n" +
        "backtracks = 12\n" +
        "semantic match passed = 1490\n" +
        "semantic match miss = 3\n" +
        "null node hit= 7\n" +
        "skipped node resize = 0\n" +
        "\n" +
        "Main:\n" +
        "\tAver depth:     3.75\n" +
        "\tMax depth:      5\n" +
        "\tLeaves:         12\n" +
        "\tPrefixes:       14\n" +
        "\tInternal nodes: 9\n" +
        "\t  1: 4  2: 3  4: 1  10: 1\n" +
        "\tPointers: 1056\n" +
        "Null ptrs: 1032\n" +
        "Total size: 10  kB\n" +
        "\n" +
        "Counters:\n" +
        "---------\n" +
        "gets = 98765\n" +
        "backtracks = 4321\n" +
        "semantic match passed = 98000\n" +
        "semantic match miss = 1\n" +
        "null node hit= 250\n" +
        "skipped node resize = 2\n" +
        "\n";

    public const string RouteCacheHeader =
        "Iface\tDestination\tGateway \tFlags\t\tRefCnt\tUse\tMetric\tSource\t\tMTU\tWindow\tIRTT\tTOS\tHHRef\tHHUptod\tSpecDst";

    /// <summary>A 2.6-era rt_cache line (<c>%s\t%08X\t%08X\t%8X\t%d\t%u\t%d\t%08X\t%d\t%u\t%u\t%02X\t%d\t%1d\t%08X</c>), padded to 127.</summary>
    public static readonly string RouteCacheRows =
        "eth0\t0100A8C0\t0100A8C0\t       0\t0\t12\t0\t0F00A8C0\t1500\t0\t0\t00\t-1\t0\t0F00A8C0".PadRight(127) + "\n" +
        "lo\t0100007F\t0100007F\t80000000\t2\t31\t0\t0100007F\t16436\t0\t0\t10\t1\t1\t0100007F".PadRight(127) + "\n";

    public const string Synproxy =
        "entries\t\tsyn_received\tcookie_invalid\tcookie_valid\tcookie_retrans\tconn_reopened\n" +
        "00000000\t0000012c\t00000003\t00000120\t00000005\t00000001\n" +
        "00000000\t00000010\t00000000\t0000000f\t00000000\t00000000\n";

    [Fact]
    public void Fib_trie_from_fixture()
    {
        var tables = Fixtures.Fs().FibTrie();

        Assert.Equal(2, tables.Count);
        Assert.Equal(FibTableName.Main, tables[0].Table.Id);
        Assert.Equal("Main", tables[0].Table.ToString());
        Assert.Equal(FibTableName.Local, tables[1].Table.Id);
        Assert.Equal(19, tables[0].Lines.Count);

        var root = Assert.Single(tables[0].BuildTree());
        Assert.False(root.IsLeaf);
        Assert.Equal("0.0.0.0/0", root.Internal!.Prefix.ToString());
        Assert.Equal(3, root.Internal.Bits);
        Assert.Equal(0u, root.Internal.FullChildren);
        Assert.Equal(5u, root.Internal.EmptyChildren);
        Assert.Equal(2, root.Line.Indentation);
        Assert.Equal(["|-- 0.0.0.0", "+-- 127.0.0.0/8", "+-- 192.0.2.0/24"], root.Children.Select(c => c.ToString()));

        var defaultRoute = Assert.Single(root.Children[0].Routes);
        Assert.Equal(0, defaultRoute.PrefixLength);
        Assert.Equal(FibRouteScope.Universe, defaultRoute.Scope);
        Assert.Equal(FibRouteType.Unicast, defaultRoute.Type);
        Assert.Null(defaultRoute.Tos);

        var loopback = root.Children[1];
        Assert.Equal(8, loopback.Internal!.Prefix.Length);
        Assert.Same(root, loopback.Parent);
        var slash31 = loopback.Children[0];
        Assert.Equal("127.0.0.0/31", slash31.Internal!.Prefix.ToString());
        Assert.Equal(["127.0.0.0", "127.0.0.1"], slash31.Children.Select(c => c.Key.ToString()));
        var local = Assert.Single(slash31.Children[1].Routes);
        Assert.Equal((32, FibRouteScope.Host, FibRouteType.Local), (local.PrefixLength, local.Scope, local.Type));
        var broadcast = Assert.Single(loopback.Children[1].Routes);
        Assert.Equal((32, FibRouteScope.Link, FibRouteType.Broadcast), (broadcast.PrefixLength, broadcast.Scope, broadcast.Type));

        Assert.Equal(7, root.DescendantsAndSelf().Count(n => n.IsLeaf));
        Assert.Equal(5, root.DescendantsAndSelf().Count(n => !n.IsLeaf));
    }

    [Fact]
    public void Fib_trie_deeper_than_the_capture_nests_by_indentation()
    {
        var table = Assert.Single(FibTrieTable.ParseTable(Fixtures.Bytes(DeepTrie)));
        Assert.Equal(100u, table.Table.Id);
        Assert.Equal("Id 100", table.Table.ToString());

        var root = Assert.Single(table.BuildTree());
        Assert.Equal("10.0.0.0/8", root.Internal!.Prefix.ToString());
        Assert.Equal(3, root.Children.Count);

        var slash16 = root.Children[0];
        var slash23 = slash16.Children[0];
        Assert.Equal("10.0.0.0/23", slash23.Internal!.Prefix.ToString());
        Assert.Same(slash16, slash23.Parent);
        Assert.Equal(11, slash23.Children[0].Line.Indentation);

        var leaf = slash23.Children[1];
        Assert.Equal("10.0.1.0", leaf.Key.ToString());
        Assert.Equal(2, leaf.Routes.Count);
        Assert.Equal(16, leaf.Routes[0].Tos);
        Assert.Equal(FibRouteType.Blackhole, leaf.Routes[1].Type);
        Assert.Equal(25, leaf.Routes[1].PrefixLength);

        Assert.Equal(FibRouteType.Prohibit, Assert.Single(slash16.Children[1].Routes).Type);
        Assert.Equal(FibRouteScope.Site, slash16.Children[1].Routes[0].Scope);
        var numeric = Assert.Single(root.Children[1].Routes);
        Assert.Equal((FibRouteScope.Other, FibRouteType.Unreachable), (numeric.Scope, numeric.Type));
        Assert.Equal((FibRouteScope.Nowhere, FibRouteType.Throw), (root.Children[2].Routes[0].Scope, root.Children[2].Routes[0].Type));
        Assert.Equal(5, root.DescendantsAndSelf().Count(n => n.IsLeaf));
    }

    [Fact]
    public void Fib_trie_lines_that_match_no_shape_fail_at_their_line()
    {
        ParseAssert.Fails(u => FibTrieTable.ParseTable(u), "Main:\n  +-- 10.0.0.0 2 0 2\n", 2, 3, "FibTrieEntry");
        ParseAssert.Fails(u => FibTrieTable.ParseTable(u), "Main:\n  +-- 10.0.0.0/8 2 0 2\n     |-- 10.0.0.300\n", 3, 6, "FibTrieEntry");
        ParseAssert.Fails(u => FibTrieTable.ParseTable(u), "Main:\n     |-- 10.0.0.1\n        /32 host type 12\n", 3, 9, "FibTrieEntry");
        ParseAssert.Fails(u => FibTrieTable.ParseTable(u), "Main:\n     |-- 10.0.0.1\n        32 host LOCAL\n", 3, 9, "FibTrieEntry");
        ParseAssert.Fails(u => FibTrieTable.ParseTable(u), "Table 7:\n     |-- 10.0.0.1\n", 1, 1, "FibTableName");
    }

    [Theory]
    [InlineData("Main:\n  /32 host LOCAL\n", 2, "only indented under a leaf")]                                  // a route before any leaf
    [InlineData("Main:\n  +-- 10.0.0.0/8 2 0 2\n     /32 host LOCAL\n", 3, "only indented under a leaf")]      // a route under a node
    [InlineData("Main:\n  |-- 10.0.0.1\n     |-- 10.0.0.2\n", 3, "a route under the leaf above")]               // a leaf under a leaf
    [InlineData("Main:\n  |-- 10.0.0.1\n     +-- 10.0.0.0/8 2 0 2\n", 3, "a route under the leaf above")]        // a node under a leaf
    [InlineData("Main:\n  |-- 10.0.0.1\n     /32 host LOCAL\n  /8 link UNICAST\n", 4, "only indented under a leaf")] // back out of the leaf
    public void Fib_trie_lines_that_nest_wrongly_fail_at_their_line(string text, int line, string expected)
    {
        // How lines nest is checked while the table is parsed, so BuildTree never meets a tree it cannot build.
        ParseAssert.Fails(u => FibTrieTable.ParseTable(u), text, line, 1, expected);   // at the indentation
    }

    [Fact]
    public void Fib_trie_nesting_errors_are_located_when_streamed_too()
    {
        using var root = new TempProcRoot().File("net/fib_trie", "Main:\n  +-- 0.0.0.0/0 2 0 2\n     |-- 10.0.0.1\n        /32 host LOCAL\n        |-- 10.0.0.2\n");
        var e = Assert.Throws<ProcParseException>(() => root.Fs.EnumerateFibTrie().ToList());
        Assert.Equal(5, e.Line);
        Assert.EndsWith("net/fib_trie", e.FilePath);
    }

    [Fact]
    public void Fib_trie_nesting_accepts_siblings_after_a_leaf_s_routes()
    {
        var table = Assert.Single(FibTrieTable.ParseTable(Fixtures.Bytes(
            "Main:\n  +-- 0.0.0.0/0 2 0 2\n     |-- 10.0.0.1\n        /32 host LOCAL\n     |-- 10.0.0.2\n        /32 host LOCAL\n     +-- 192.168.0.0/16 1 0 0\n")));
        var root = Assert.Single(table.BuildTree());
        Assert.Equal(3, root.Children.Count);
    }

    [Fact]
    public void Fib_triestat_from_fixture()
    {
        var tables = FibTrieTableStatistics.Group(Fixtures.Fs().FibTrieStatistics());

        Assert.Equal(["Main", "Local"], tables.Select(t => t.Table));
        var main = tables[0];
        Assert.Equal(2.42, main.AverageDepth);
        Assert.Equal(3u, main.MaxDepth);
        Assert.Equal(7u, main.Leaves);
        Assert.Equal(7u, main.Prefixes);
        Assert.Equal(5u, main.InternalNodes);
        Assert.Equal(new[] { (1, 1u), (2, 3u), (3, 1u) }, main.NodeSizes.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)));
        Assert.Equal(22u, main.Pointers);
        Assert.Equal(11u, main.NullPointers);
        Assert.Equal(2048UL, main.TotalSize);
        Assert.Empty(main.Counters);
        Assert.Equal(main with { Table = "Local", NodeSizes = tables[1].NodeSizes, Counters = tables[1].Counters }, tables[1]);
    }

    [Fact]
    public void Fib_triestat_with_trie_statistics_counters_and_an_empty_histogram()
    {
        var lines = FibTrieStatisticsLine.ParseTable(Fixtures.Bytes(TrieStatWithCounters));
        Assert.Contains(lines, l => l.Entry.Kind == FibTrieStatisticsEntryKind.Rule);
        var tables = FibTrieTableStatistics.Group(lines);

        Assert.Equal(["Id 100", "Main"], tables.Select(t => t.Table));
        Assert.Empty(tables[0].NodeSizes);
        Assert.Equal(1.0, tables[0].AverageDepth);
        Assert.Equal(1024UL, tables[0].TotalSize);
        Assert.Equal(1520UL, tables[0].Counters["gets"]);
        Assert.Equal(7UL, tables[0].Counters["null node hit"]);

        var main = tables[1];
        Assert.Equal(3.75, main.AverageDepth);
        Assert.Equal(1u, main.NodeSizes[10]);
        Assert.Equal(4u, main.NodeSizes[1]);
        Assert.Equal(1032u, main.NullPointers);
        Assert.Equal(10240UL, main.TotalSize);
        Assert.Equal(6, main.Counters.Count);
        Assert.Equal(98000UL, main.Counters["semantic match passed"]);
        Assert.Equal(2UL, main.Counters["skipped node resize"]);
    }

    [Fact]
    public void Fib_triestat_malformed()
    {
        const string Head = "Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.\nMain:\n";
        ParseAssert.Fails(u => FibTrieStatisticsLine.ParseTable(u), Head + "\tAver depth:     two\n", 3, 2, "FibTrieStatisticsEntry");
        ParseAssert.Fails(u => FibTrieStatisticsLine.ParseTable(u), Head + "\t  1: 1  2:\n", 3, 4, "FibTrieStatisticsEntry");
        ParseAssert.Fails(u => FibTrieStatisticsLine.ParseTable(u), Head[..^6] + "\tLeaves: 3\n", 2, 1, "section");
        // A table without every line of trie_show_stats fails where it ends, not later in Group.
        ParseAssert.Fails(u => FibTrieStatisticsLine.ParseTable(u), Head + "\tLeaves:         7\n", 3, 19, "'Aver depth:' line of table Main");
        ParseAssert.Fails(u => FibTrieStatisticsLine.ParseTable(u), Head + "\tLeaves:         7\nLocal:\n\tLeaves:         1\n", 5, 1, "before the next table"); // at the next table's first line
        ParseAssert.Fails(u => FibTrieStatisticsLine.ParseTable(u), Head[..^6] + "Counters:\n\tgets = 1\n", 3, 1, "before the Counters section");
    }

    [Fact]
    public void Fib_triestat_missing_lines_are_reported_at_the_end_of_a_stream()
    {
        using var root = new TempProcRoot().File("net/fib_triestat",
            "Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.\nMain:\n\tAver depth:     2.00\n\tMax depth:      2\n");
        var e = Assert.Throws<ProcParseException>(() => root.Fs.EnumerateFibTrieStatistics().ToList());
        Assert.Equal((4, 19), (e.Line, e.Column));   // just after the last line read
        Assert.Contains("'Leaves:' line of table Main", e.Expected);
    }

    [Fact]
    public void Rt_cache_is_only_a_header_on_current_kernels()
    {
        Assert.Empty(Fixtures.Fs().RouteCache());
        Assert.Empty(RouteCacheEntry.ParseTable(Fixtures.Bytes(RouteCacheHeader.PadRight(127) + "\n")));
        Assert.Empty(RouteCacheEntry.ParseTable(Fixtures.Bytes("")));
    }

    [Fact]
    public void Rt_cache_rows_of_a_kernel_before_3_6()
    {
        var rows = RouteCacheEntry.ParseTable(Fixtures.Bytes(RouteCacheHeader.PadRight(127) + "\n" + RouteCacheRows));
        Assert.Equal(2, rows.Count);
        Assert.Equal("eth0", rows[0].Interface);
        Assert.Equal("192.168.0.1", rows[0].Destination.ToString());
        Assert.Equal("192.168.0.15", rows[0].Source.ToString());
        Assert.Equal(0u, rows[0].Flags);
        Assert.Equal(12u, rows[0].Use);
        Assert.Equal(1500, rows[0].Mtu);
        Assert.Equal(-1, rows[0].HardwareHeaderRefs);
        Assert.Equal(0x80000000u, rows[1].Flags);
        Assert.Equal((byte)0x10, rows[1].TypeOfService);
        Assert.Equal(1, rows[1].HardwareHeaderUpToDate);
        Assert.Equal("127.0.0.1", rows[1].SpecificDestination.ToString());

        var bad = RouteCacheHeader + "\n" + "eth0\t0100A8C0\tgateway\t0\t0\t12\t0\t0F00A8C0\t1500\t0\t0\t00\t-1\t0\t0F00A8C0\n";
        ParseAssert.Fails(u => RouteCacheEntry.ParseTable(u), bad, 2, 15, "Gateway");
    }

    [Fact]
    public void Synproxy_from_fixture_and_hand_made()
    {
        var fixture = Fixtures.Fs().SynproxyStatistics();
        Assert.Equal(2, fixture.Count);
        Assert.All(fixture, cpu => Assert.Equal(0u, cpu.SynReceived));

        var cpus = SynproxyStatistics.ParseTable(Fixtures.Bytes(Synproxy));
        Assert.Equal(300u, cpus[0].SynReceived);
        Assert.Equal(3u, cpus[0].CookieInvalid);
        Assert.Equal(0x120u, cpus[0].CookieValid);
        Assert.Equal(5u, cpus[0].CookieRetransmits);
        Assert.Equal(1u, cpus[0].ConnectionsReopened);
        Assert.Equal(15u, cpus[1].CookieValid);

        ParseAssert.Fails(u => SynproxyStatistics.ParseTable(u), Synproxy.Replace("00000003", "0000000g"), 2, ParseAssert.ColumnOf(Synproxy.Split('\n')[1], "00000003"), "CookieInvalid");
    }

    [Theory]
    [InlineData("net/fib_trie", typeof(ProcTable<FibTrieTable>))]
    [InlineData("1/net/fib_trie", typeof(ProcTable<FibTrieTable>))]
    [InlineData("self/net/fib_triestat", typeof(ProcTable<FibTrieStatisticsLine>))]
    [InlineData("1/net/rt_cache", typeof(ProcTable<RouteCacheEntry>))]
    [InlineData("1/net/stat/synproxy", typeof(ProcTable<SynproxyStatistics>))]
    public void Per_process_twins_are_declared(string path, System.Type recordType)
        => Assert.Equal(recordType, Catalog.Find(path)?.RecordType);

    [Fact]
    public void Rt_acct_is_binary_and_not_declared()
    {
        // struct ip_rt_acct[256] per CPU summed: raw bytes, no text format to declare.
        Assert.Null(Catalog.Find("net/rt_acct"));
        Assert.Null(Catalog.Find("self/net/rt_acct"));
    }
}
