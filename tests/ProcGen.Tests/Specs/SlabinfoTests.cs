using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary><c>slabinfo</c>: the captured file (SLUB, version 2.1), and the SLAB statistics columns by hand.</summary>
public class SlabinfoTests
{
    [Fact]
    public void Fixture_rows_bound_by_header_names()
    {
        var caches = Fixtures.Fs().Slabinfo();

        Assert.Equal(232, caches.Count); // 234 lines: the version and the header are not rows
        var dentry = caches.Single(c => c.Name == "dentry");
        Assert.Equal(30144UL, dentry.ActiveObjects);
        Assert.Equal(30912UL, dentry.TotalObjects);
        Assert.Equal(192u, dentry.ObjectSize);
        Assert.Equal(21u, dentry.ObjectsPerSlab);
        Assert.Equal(1u, dentry.PagesPerSlab);
        Assert.Equal(1472UL, dentry.ActiveSlabs);
        Assert.Equal(1472UL, dentry.TotalSlabs);
        Assert.Equal(1472UL, dentry.Pages);
        Assert.Equal(30144UL * 192, dentry.ActiveBytes);

        var taskStruct = caches.Single(c => c.Name == "task_struct");
        Assert.Equal((111UL, 115UL, 5824u, 5u, 8u), (taskStruct.ActiveObjects, taskStruct.TotalObjects, taskStruct.ObjectSize, taskStruct.ObjectsPerSlab, taskStruct.PagesPerSlab));
        Assert.Equal(23UL * 8, taskStruct.Pages);

        Assert.Equal("btrfs_delayed_node", caches[0].Name);
        Assert.Equal("kmem_cache", caches[^1].Name);
    }

    [Fact]
    public void Fixture_slub_prints_zero_tunables_and_no_statistics()
    {
        foreach (var cache in Fixtures.Fs().Slabinfo())
        {
            Assert.Equal((0u, 0u, 0u, 0UL), (cache.Limit, cache.BatchCount, cache.SharedFactor, cache.SharedAvailable));
            Assert.Null(cache.ListAllocations);
            Assert.Null(cache.FreeMisses);
        }
    }

    [Fact]
    public void Fixture_header_names_every_field_the_rows_print()
    {
        var layout = Fixtures.Fs().Slabinfo().Layout!;
        Assert.Equal(16, layout.ColumnCount); // "#" is not a name; ':', 'tunables', 'slabdata' are
        Assert.Equal("name", layout.ColumnNames[0]);
        Assert.Equal("<sharedavail>", layout.ColumnNames[^1]);
    }

    // print_slabinfo_header and cache_show of a SLAB kernel with CONFIG_DEBUG_SLAB (before 6.8).
    private const string SlabStatistics =
        "slabinfo - version: 2.1 (statistics)\n" +
        "# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : tunables <limit> <batchcount> <sharedfactor>" +
        " : slabdata <active_slabs> <num_slabs> <sharedavail> : globalstat <listallocs> <maxobjs> <grown> <reaped> <error> <maxfreeable>" +
        " <nodeallocs> <remotefrees> <alienoverflow> : cpustat <allochit> <allocmiss> <freehit> <freemiss>\n" +
        "ext4_inode_cache    1234   1300   1096    3    1 : tunables   24   12    8 : slabdata    430    434     12" +
        " : globalstat    5120   1310   440     6    0    1    0    0    0 : cpustat   4410    760   3200    120\n";

    [Fact]
    public void Slab_statistics_columns_are_read_when_printed()
    {
        var cache = Assert.Single(SlabCache.ParseTable(Fixtures.Bytes(SlabStatistics)));

        Assert.Equal("ext4_inode_cache", cache.Name);
        Assert.Equal((24u, 12u, 8u), (cache.Limit, cache.BatchCount, cache.SharedFactor));
        Assert.Equal((430UL, 434UL, 12UL), (cache.ActiveSlabs, cache.TotalSlabs, cache.SharedAvailable));
        Assert.Equal(5120UL, cache.ListAllocations);
        Assert.Equal(1310UL, cache.MaxObjects);
        Assert.Equal(440UL, cache.Grown);
        Assert.Equal(6UL, cache.Reaped);
        Assert.Equal(0UL, cache.Errors);
        Assert.Equal(1UL, cache.MaxFreeable);
        Assert.Equal(0UL, cache.AlienOverflows);
        Assert.Equal((4410UL, 760UL, 3200UL, 120UL), (cache.AllocationHits, cache.AllocationMisses, cache.FreeHits, cache.FreeMisses));
    }

    [Fact]
    public void Version_2_0_swaps_limit_and_batchcount_and_names_bind_them_right()
    {
        // 2.6.10-era header: "<batchcount> <limit>" in that order.
        const string text =
            "slabinfo - version: 2.0\n" +
            "# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : tunables <batchcount> <limit> <sharedfactor>" +
            " : slabdata <active_slabs> <num_slabs> <sharedavail>\n" +
            "dentry_cache       20000  21000    144   27    1 : tunables   60  120    8 : slabdata    770    778      0\n";

        var cache = Assert.Single(SlabCache.ParseTable(Fixtures.Bytes(text)));
        Assert.Equal((120u, 60u), (cache.Limit, cache.BatchCount));
    }

    [Fact]
    public void Version_line_and_header_only_is_an_empty_table()
    {
        var header = string.Join('\n', System.IO.File.ReadLines(System.IO.Path.Combine(Fixtures.KernelRoot(), "slabinfo")).Take(2)) + "\n";
        Assert.Empty(SlabCache.ParseTable(Fixtures.Bytes(header)));
    }

    [Fact]
    public void A_short_row_is_an_error_at_its_end()
    {
        var header = string.Join('\n', System.IO.File.ReadLines(System.IO.Path.Combine(Fixtures.KernelRoot(), "slabinfo")).Take(2)) + "\n";
        const string row = "dentry             30144  30912    192   21    1 : tunables    0    0    0 : slabdata   1472";
        ParseAssert.Fails(utf8 => SlabCache.ParseTable(utf8), header + row + "\n", 3, row.Length + 1, "<num_slabs>");
    }

    [Fact]
    public void A_header_on_the_first_line_is_missing_the_version_line()
    {
        // HeaderLine = 1: the first line is the version, so a file that starts with the header has no names for the rows.
        const string text =
            "# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : tunables <limit> <batchcount> <sharedfactor> : slabdata <active_slabs> <num_slabs> <sharedavail>\n" +
            "dentry             30144  30912    192   21    1 : tunables    0    0    0 : slabdata   1472   1472      0\n";
        ParseAssert.Fails(utf8 => SlabCache.ParseTable(utf8), text, 2, 1, "'name'");
    }
}
