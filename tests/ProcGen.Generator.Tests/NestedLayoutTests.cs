using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ProcGen.Generator.Tests.Infrastructure;
using static ProcGen.Generator.Tests.Infrastructure.CompiledAssembly;

namespace ProcGen.Generator.Tests;

/// <summary>The zoneinfo-like declarations compiled once.</summary>
public sealed class CompiledNestedLayouts : IDisposable
{
    internal CompiledAssembly Assembly { get; } = CompiledAssembly.Compile(NestedLayoutTests.Declarations);

    public void Dispose() => Assembly.Dispose();
}

/// <summary>
/// Layouts of nested files that are not a clean indentation tree (<c>zoneinfo</c>): values at the end of lines
/// without a separator (<c>LastFieldValue</c>), blocks started by a prefix at any indentation
/// (<c>BlockStart.PrefixedLine</c>), and a key the kernel prints left of the block it belongs to
/// (<c>[OutdentedKey]</c>).
/// </summary>
public class NestedLayoutTests : IClassFixture<CompiledNestedLayouts>
{
    public const string Declarations = """
        using System.Collections.Generic;
        using ProcGen;

        namespace Tests;

        [ProcPart, Columnar]
        public sealed partial record ZoneTitle
        {
            [Column(1), Suffix(",")] public required int Node { get; init; }
            [Column(3)] public required string Name { get; init; }
        }

        [ProcPart, KeyValue(Separator = ' ')]
        public sealed partial record NodeCounters
        {
            [Key("nr_dirty")] public ulong? Dirty { get; init; }
            [OtherKeys] public required IReadOnlyDictionary<string, ulong> All { get; init; }
        }

        [ProcPart, Blocks(Start = BlockStart.PrefixedLine, HeaderPrefix = "cpu:")]
        public sealed partial record CpuCache
        {
            [Key("cpu")] public required int Cpu { get; init; }
            [Key("count")] public required int Count { get; init; }
            [Key("vm stats threshold")] public int? Threshold { get; init; }
        }

        [ProcFile("zoneinfo"), Blocks(Start = BlockStart.UnindentedLine, HeaderPrefix = "Node ", LastFieldValue = true)]
        public sealed partial record Zone
        {
            [HeaderLine] public required ZoneTitle Title { get; init; }
            [Key("per-node stats")] public NodeCounters? Node { get; init; }
            [Key("pages free")] public required ulong Free { get; init; }
            [Key("min")] public ulong? Min { get; init; }
            [Key("pagesets"), OutdentedKey("vm stats threshold")] public IReadOnlyList<CpuCache>? Caches { get; init; }
            [Key("start_pfn")] public ulong? StartPfn { get; init; }
            [OtherKeys] public required IReadOnlyDictionary<string, ulong> Other { get; init; }
        }

        [ProcFile("{pid}/sched"), KeyValue(SkipLines = 2, SkipUnkeyedLines = true)]
        public sealed partial record TaskSched
        {
            [Key("se.exec_start")] public required double ExecStart { get; init; }
            [Key("prio")] public required int Priority { get; init; }
            [OtherKeys] public required IReadOnlyDictionary<string, string> Other { get; init; }
        }
        """;

    private const string ZoneInfo =
        "Node 0, zone      DMA\n" +
        "  per-node stats\n" +
        "      nr_dirty     3\n" +
        "      nr_shmem 4\n" +
        "  pages free     3840\n" +
        "        min      51\n" +
        "      nr_free_pages 3840\n" +
        "  pagesets\n" +
        "    cpu: 0\n" +
        "              count:    7\n" +
        "  vm stats threshold: 4\n" +
        "    cpu: 1\n" +
        "              count:    8\n" +
        "  vm stats threshold: 5\n" +
        "  start_pfn:           1\n" +
        "Node 1, zone   Normal\n" +
        "  pages free     9\n";

    private readonly CompiledAssembly _assembly;

    public NestedLayoutTests(CompiledNestedLayouts compiled) => _assembly = compiled.Assembly;

    [Fact]
    public void Last_field_values_titles_prefixed_blocks_and_outdented_keys()
    {
        var zones = _assembly.ParseRows("Tests.Zone", ZoneInfo);

        Assert.Equal(2, zones.Length);
        Assert.Equal((0, "DMA"), ((int)Get(Get(zones[0], "Title")!, "Node")!, (string)Get(Get(zones[0], "Title")!, "Name")!));
        // 'per-node stats' is a declared title with lines under it, not the key 'per-node' with the value 'stats'.
        var node = Get(zones[0], "Node")!;
        Assert.Equal(3UL, Get(node, "Dirty"));
        Assert.Equal(4UL, ((IReadOnlyDictionary<string, ulong>)Get(node, "All")!)["nr_shmem"]);
        // 'pages free     3840' ends with its value; the lines indented under it are keys of the zone.
        Assert.Equal((3840UL, (ulong?)51UL), ((ulong)Get(zones[0], "Free")!, (ulong?)Get(zones[0], "Min")));
        Assert.Equal(new Dictionary<string, ulong> { ["nr_free_pages"] = 3840 }, (IReadOnlyDictionary<string, ulong>)Get(zones[0], "Other")!);
        // Each cpu block takes its 'vm stats threshold', printed left of it; start_pfn is the zone's again.
        var caches = ((IEnumerable<object>)Get(zones[0], "Caches")!).ToArray();
        Assert.Equal(new[] { (0, 7, (int?)4), (1, 8, 5) }, caches.Select(c => ((int)Get(c, "Cpu")!, (int)Get(c, "Count")!, (int?)Get(c, "Threshold"))));
        Assert.Equal(1UL, Get(zones[0], "StartPfn"));

        Assert.Null(Get(zones[1], "Node"));
        Assert.Null(Get(zones[1], "Caches"));
        Assert.Equal(9UL, Get(zones[1], "Free"));
    }

    [Theory]
    // A line with one field and nothing under it: neither a value nor a title.
    [InlineData("Node 0, zone DMA\n  pages free 1\n  lonely\n", 3, 1, "a key followed by ':', a key and a value, or a title with lines indented under it")]
    // A declared title without lines under it is split like any line: its last field is not a number.
    [InlineData("Node 0, zone DMA\n  pages free 1\n  per-node stats\n", 3, 12, "an unsigned integer (ulong) (or a size in kB) for Other")]
    // A bad counter inside a cpu block, located in the file.
    [InlineData("Node 0, zone DMA\n  pages free 1\n  pagesets\n    cpu: 0\n      count: x\n  vm stats threshold: 1\n", 5, 14, "an integer (int) for Count (key 'count')")]
    public void Errors_are_located_in_the_file(string content, int line, int column, string expected)
    {
        var error = _assembly.ParseFailsRows("Tests.Zone", content);

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith(expected, error.Expected);
    }

    [Fact]
    public void Key_value_files_skip_a_title_and_lines_without_the_separator()
    {
        // The title has a colon: only SkipLines keeps it from being a key. The NUMA line has none: skipped.
        var sched = _assembly.Parse("Tests.TaskSched",
            "sleep (42, #threads: 1)\n-------\nse.exec_start   :   12.500000\nprio   :   120\ncurrent_node=0, numa_group_id=0\nnr_switches : 3\n");

        Assert.Equal((12.5, 120), ((double)Get(sched, "ExecStart")!, (int)Get(sched, "Priority")!));
        Assert.Equal(new Dictionary<string, string> { ["nr_switches"] = "3" }, (IReadOnlyDictionary<string, string>)Get(sched, "Other")!);
        var error = _assembly.ParseFails("Tests.TaskSched", "t (1, #threads: 1)\n---\nse.exec_start : x\nprio : 1\n");
        Assert.Equal((3, 17), (error.Line, error.Column));
    }

    [Fact]
    public void Snapshots_of_the_layouts()
    {
        var run = GeneratorHarness.Run(Declarations).AssertClean();
        foreach (var type in new[] { "Zone", "CpuCache", "TaskSched" })
            Snapshot.Match(run.Source("Tests." + type + ".g.cs"), Name("Tests." + type + ".g"));
    }

    [Theory]
    [InlineData("[ProcPart, Blocks(Start = BlockStart.PrefixedLine)] public sealed partial record Cache { [Key(\"cpu\")] public int? Cpu { get; init; } }",
        "Start = BlockStart.PrefixedLine without HeaderPrefix is not valid here: give HeaderPrefix: the text that starts each block")]
    [InlineData("[ProcFile(\"z\"), Blocks] public sealed partial record Zone { [Key(\"min\"), OutdentedKey(\"x\")] public ulong? Min { get; init; } }",
        "[OutdentedKey] on Min is not valid here: it names a non-empty key, on a [Key] whose type is another declaration that reads the lines under the key")]
    [InlineData("[ProcFile(\"s\"), KeyValue(SkipLines = -1)] public sealed partial record S { [Key(\"prio\")] public int? Prio { get; init; } }",
        "SkipLines = -1 is not valid here: a number of lines is 0 or more")]
    public void Misused_layout_options_are_PG0009(string declaration, string message)
    {
        var run = GeneratorHarness.Run("using ProcGen;\nnamespace Tests;\n" + declaration);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("PG0009", message), (diagnostic.Id, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(run.GeneratedSources.Keys, k => k.StartsWith("Tests.", StringComparison.Ordinal));
    }

    private static string Name(string hint, [CallerMemberName] string test = "") => test + "." + hint;
}
