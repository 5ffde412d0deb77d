using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>zoneinfo: zone blocks with per-node stats, watermarks, a protection tuple and per-CPU pagesets.</summary>
public class ZoneinfoTests
{
    [Fact]
    public void Zoneinfo_from_fixture()
    {
        var zones = Fixtures.Fs().ZoneInfo();

        Assert.Equal(["DMA", "DMA32", "Normal", "Movable", "Device"], zones.Select(z => z.Zone.Zone));
        Assert.All(zones, z => Assert.Equal(0, z.Zone.Node));

        var dma = zones[0];
        // The node's counters are printed under its first populated zone only.
        Assert.NotNull(dma.NodeStatistics);
        Assert.All(zones.Skip(1), z => Assert.Null(z.NodeStatistics));
        Assert.Equal(26772UL, dma.NodeStatistics!.InactiveAnonymous);
        Assert.Equal(107481UL, dma.NodeStatistics.FilePages);
        Assert.Equal(26983UL, dma.NodeStatistics.Counters["nr_mapped"]);
        Assert.Equal(0UL, dma.NodeStatistics.Counters["nr_kernel_file_pages"]);

        Assert.Equal((3840UL, 0UL, 51UL, 63UL, 75UL, 87UL), (dma.FreePages, dma.WatermarkBoost!.Value, dma.MinWatermark, dma.LowWatermark, dma.HighWatermark, dma.PromoWatermark!.Value));
        Assert.Equal((4095UL, 3998UL, 3840UL, 0UL), (dma.SpannedPages, dma.PresentPages, dma.ManagedPages!.Value, dma.CmaPages!.Value));
        Assert.Equal([0L, 3018, 4938, 4938, 4938], dma.Protection.Values);
        Assert.Equal(3840UL, dma.Counters["nr_free_pages"]);
        Assert.Equal(0UL, dma.Counters["numa_other"]);
        Assert.False(dma.Counters.ContainsKey("pages free"));
        Assert.Equal((false, 1UL), (dma.NodeUnreclaimable!.Value, dma.StartPfn!.Value));

        Assert.Equal([0, 1], dma.Pagesets!.Select(p => p.Cpu));
        var pageset = zones[2].Pagesets![1];
        Assert.Equal((1, 3256, 11907, 63, 4092, 30720, 20), (pageset.Cpu, pageset.Count, pageset.High, pageset.Batch, pageset.HighMin!.Value, pageset.HighMax!.Value, pageset.StatThreshold!.Value));
        Assert.Equal(1048576UL, zones[2].StartPfn);

        // Unpopulated zones stop after their protection line.
        var movable = zones[3];
        Assert.False(movable.IsPopulated);
        Assert.Equal([0L, 0, 0, 0, 0], movable.Protection.Values);
        Assert.Null(movable.Pagesets);
        Assert.Null(movable.StartPfn);
        Assert.Empty(movable.Counters);
    }

    // A 4.4 kernel: no per-node stats, no boost/promo/cma, counters indented by four and printed before
    // protection, all_unreclaimable and inactive_ratio instead of node_unreclaimable, pagesets without high_min/high_max.
    private const string OldKernel =
        "Node 0, zone      DMA\n" +
        "  pages free     3975\n" +
        "        min      33\n" +
        "        low      41\n" +
        "        high     49\n" +
        "        scanned  0\n" +
        "        spanned  4095\n" +
        "        present  3998\n" +
        "        managed  3977\n" +
        "    nr_free_pages 3975\n" +
        "    nr_alloc_batch 8\n" +
        "        protection: (0, 2966, 3912, 3912)\n" +
        "  pagesets\n" +
        "    cpu: 0\n" +
        "              count: 0\n" +
        "              high:  0\n" +
        "              batch: 1\n" +
        "  vm stats threshold: 6\n" +
        "    cpu: 1\n" +
        "              count: 2\n" +
        "              high:  0\n" +
        "              batch: 1\n" +
        "  vm stats threshold: 6\n" +
        "  all_unreclaimable: 0\n" +
        "  start_pfn:         1\n" +
        "  inactive_ratio:    1\n";

    [Fact]
    public void An_older_kernel_without_per_node_stats()
    {
        var zone = Assert.Single(ZoneInformation.ParseTable(Fixtures.Bytes(OldKernel)));

        Assert.Null(zone.NodeStatistics);
        Assert.Equal((3975UL, 33UL, 41UL, 49UL), (zone.FreePages, zone.MinWatermark, zone.LowWatermark, zone.HighWatermark));
        Assert.Null(zone.WatermarkBoost);
        Assert.Null(zone.PromoWatermark);
        Assert.Null(zone.CmaPages);
        Assert.Null(zone.NodeUnreclaimable);
        Assert.Equal([0L, 2966, 3912, 3912], zone.Protection.Values);
        Assert.Equal(0UL, zone.Counters["scanned"]);
        Assert.Equal(8UL, zone.Counters["nr_alloc_batch"]);
        Assert.Equal(0UL, zone.Counters["all_unreclaimable"]);
        Assert.Equal(1UL, zone.Counters["inactive_ratio"]);
        Assert.Equal([(0, 0, 6), (1, 2, 6)], zone.Pagesets!.Select(p => (p.Cpu, p.Count, p.StatThreshold!.Value)));
        Assert.All(zone.Pagesets!, p => Assert.Null(p.HighMin));
    }

    [Fact]
    public void Two_nodes_each_with_its_per_node_stats()
    {
        // zoneinfo_show_print on a two-node machine: node 1's first populated zone (Normal) carries node 1's stats.
        const string text =
            "Node 0, zone    DMA32\n" +
            "  per-node stats\n" +
            "      nr_inactive_anon 10\n" +
            "      nr_mapped    7\n" +
            "  pages free     100\n" +
            "        boost    0\n" +
            "        min      1\n" +
            "        low      2\n" +
            "        high     3\n" +
            "        promo    4\n" +
            "        spanned  200\n" +
            "        present  150\n" +
            "        managed  140\n" +
            "        cma      0\n" +
            "        protection: (0, 0, 900, 900)\n" +
            "      nr_free_pages 100\n" +
            "  pagesets\n" +
            "    cpu: 0\n" +
            "              count:    5\n" +
            "              high:     6\n" +
            "              batch:    7\n" +
            "              high_min: 6\n" +
            "              high_max: 60\n" +
            "  vm stats threshold: 8\n" +
            "  node_unreclaimable:  0\n" +
            "  start_pfn:           4096\n" +
            "Node 1, zone      DMA\n" +
            "  pages free     0\n" +
            "        boost    0\n" +
            "        min      0\n" +
            "        low      0\n" +
            "        high     0\n" +
            "        promo    0\n" +
            "        spanned  0\n" +
            "        present  0\n" +
            "        managed  0\n" +
            "        cma      0\n" +
            "        protection: (0, 0, 0, 0)\n" +
            "Node 1, zone   Normal\n" +
            "  per-node stats\n" +
            "      nr_inactive_anon 20\n" +
            "  pages free     300\n" +
            "        min      1\n" +
            "        low      2\n" +
            "        high     3\n" +
            "        spanned  400\n" +
            "        present  400\n" +
            "        protection: (0, 0, 0, 0)\n" +
            "      nr_free_pages 300\n" +
            "  pagesets\n" +
            "    cpu: 2\n" +
            "              count:    1\n" +
            "              high:     2\n" +
            "              batch:    3\n" +
            "  vm stats threshold: 4\n" +
            "    cpu: 3\n" +
            "              count:    9\n" +
            "              high:     2\n" +
            "              batch:    3\n" +
            "  vm stats threshold: 4\n" +
            "  node_unreclaimable:  1\n" +
            "  start_pfn:           1048576\n";
        var zones = ZoneInformation.ParseTable(Fixtures.Bytes(text));

        Assert.Equal([(0, "DMA32"), (1, "DMA"), (1, "Normal")], zones.Select(z => (z.Zone.Node, z.Zone.Zone)));
        Assert.Equal([10UL, null, 20UL], zones.Select(z => z.NodeStatistics?.InactiveAnonymous));
        Assert.Equal(7UL, zones[0].NodeStatistics!.Counters["nr_mapped"]);
        Assert.Null(zones[1].Pagesets);
        Assert.Equal([2, 3], zones[2].Pagesets!.Select(p => p.Cpu));
        Assert.Equal(9, zones[2].Pagesets![1].Count);
        Assert.True(zones[2].NodeUnreclaimable);
        Assert.Equal(300UL, zones[2].Counters["nr_free_pages"]);
    }

    [Fact]
    public void Malformed_zoneinfo_is_located()
    {
        // A watermark that is not a number.
        string badMin = OldKernel.Replace("min      33", "min      3x");
        ParseAssert.Fails(u => ZoneInformation.ParseTable(u), badMin, line: 3, column: 18, mentions: "MinWatermark");

        // A protection tuple without its closing parenthesis.
        string badProtection = OldKernel.Replace("(0, 2966, 3912, 3912)", "(0, 2966, 3912");
        ParseAssert.Fails(u => ZoneInformation.ParseTable(u), badProtection, line: 12, column: 21, mentions: "Protection");

        // A pageset counter that is not a number: located in the file, not in the pagesets part.
        string badCount = OldKernel.Replace("count: 2", "count: two");
        ParseAssert.Fails(u => ZoneInformation.ParseTable(u), badCount, line: 20, column: 22, mentions: "Count");

        // A line that is neither 'key: value', nor 'key value', nor a title with lines under it.
        string badLine = OldKernel.Replace("  all_unreclaimable", "  garbage\n  all_unreclaimable");
        ParseAssert.Fails(u => ZoneInformation.ParseTable(u), badLine, line: 24, column: 1, mentions: "a key and a value");

        // A zone without its required pages free line.
        string noFree = OldKernel.Replace("  pages free     3975\n", "");
        ParseAssert.Fails(u => ZoneInformation.ParseTable(u), noFree, line: 26, column: 1, mentions: "pages free");

        // A header that is not 'Node N, zone NAME'.
        ParseAssert.Fails(u => ZoneInformation.ParseTable(u), "Node x, zone DMA\n  pages free 1\n", line: 1, column: 6, mentions: "Node");
    }
}
