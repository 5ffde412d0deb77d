using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>buddyinfo, cgroups, execdomains and filesystems.</summary>
public class SystemTableTests
{
    [Fact]
    public void Buddyinfo_from_fixture()
    {
        var zones = Fixtures.Fs().BuddyInfo();

        Assert.Equal(["DMA", "DMA32", "Normal"], zones.Select(z => z.Zone));
        Assert.All(zones, z => Assert.Equal(0, z.Node));
        Assert.All(zones, z => Assert.Equal(11, z.FreeBlocks.Length));

        Assert.Equal([0UL, 0, 0, 0, 0, 0, 0, 0, 1, 1, 3], zones[0].FreeBlocks);
        Assert.Equal((1UL << 8) + (1UL << 9) + (3UL << 10), zones[0].FreePages);
        Assert.Equal([2UL, 3, 0, 2, 3, 2, 1, 4, 4, 2, 752], zones[1].FreeBlocks);
        Assert.Equal([8469UL, 3363, 3574, 1966, 806, 480, 198, 115, 78, 15, 69], zones[2].FreeBlocks);
    }

    [Fact]
    public void Buddyinfo_of_two_nodes_and_malformed()
    {
        // frag_show_print: "Node %d, zone %8s " then "%6lu " per order.
        const string text =
            "Node 0, zone      DMA      1      1      0      1      2      1      1      0      1      1      3 \n" +
            "Node 1, zone   Normal  10312   4511    620     12      0      0      0      0      0      0      0 \n" +
            "Node 1, zone  Movable      0      0      0      0      0      0      0      0      0      0      0 \n";
        var zones = ZoneFreeBlocks.ParseTable(Fixtures.Bytes(text));

        Assert.Equal([0, 1, 1], zones.Select(z => z.Node));
        Assert.Equal("Movable", zones[2].Zone);
        Assert.Equal(10312UL + 4511 * 2 + 620 * 4 + 12 * 8, zones[1].FreePages);
        Assert.Equal(0UL, zones[2].FreePages);

        const string noComma = "Node 0 zone      DMA      1      1\n";
        ParseAssert.Fails(u => ZoneFreeBlocks.ParseTable(u), noComma, line: 1, column: 6, mentions: "Node");
        const string badCount = "Node 0, zone      DMA      1     -1\n";
        ParseAssert.Fails(u => ZoneFreeBlocks.ParseTable(u), text + badCount, line: 4, column: ParseAssert.ColumnOf(badCount, "-1"), mentions: "FreeBlocks");
    }

    [Fact]
    public void Cgroups_from_fixture()
    {
        var controllers = Fixtures.Fs().CgroupControllers();

        Assert.Equal(["#subsys_name", "hierarchy", "num_cgroups", "enabled"], controllers.Layout!.ColumnNames);
        Assert.Equal(
            ["cpuset", "cpu", "cpuacct", "blkio", "memory", "devices", "freezer", "net_cls", "perf_event", "net_prio", "hugetlb", "pids"],
            controllers.Select(c => c.Name));
        Assert.All(controllers, c => Assert.True(c.IsEnabled));

        var memory = controllers.Single(c => c.Name == "memory");
        Assert.Equal(4, memory.HierarchyId);
        Assert.Equal(16, memory.CgroupCount);
        Assert.Equal((3, 1), (controllers[0].HierarchyId, controllers[0].CgroupCount));
        Assert.Equal(8, controllers[^1].HierarchyId);
        Assert.Equal(4, controllers.Count(c => c.HierarchyId == 0));
    }

    [Fact]
    public void Cgroups_of_a_v2_only_machine_and_malformed()
    {
        // proc_cgroupstats_show: the header, then "%s\t%d\t%d\t%d" per controller.
        const string header = "#subsys_name\thierarchy\tnum_cgroups\tenabled\n";
        const string text = header + "cpu\t0\t87\t1\nmemory\t0\t87\t1\nrdma\t0\t87\t0\n";
        var controllers = CgroupController.ParseTable(Fixtures.Bytes(text));

        Assert.All(controllers, c => Assert.Equal(0, c.HierarchyId));
        Assert.Equal(87, controllers[1].CgroupCount);
        Assert.False(controllers[2].IsEnabled);

        Assert.Empty(CgroupController.ParseTable(Fixtures.Bytes(header)));
        // A header that lacks a column the declaration needs is an error on the header line.
        ParseAssert.Fails(u => CgroupController.ParseTable(u), "#subsys_name\thierarchy\tenabled\ncpu\t0\t1\n", line: 1, column: 1, mentions: "num_cgroups");
        ParseAssert.Fails(u => CgroupController.ParseTable(u), header + "cpu\t0\t87\tyes!\n", line: 2, column: 10, mentions: "IsEnabled");
    }

    [Fact]
    public void Execdomains_from_fixture()
    {
        var domain = Assert.Single(Fixtures.Fs().ExecutionDomains());

        // "0-0" is the set {0}: a range list prints it as the kernel's %*pbl would, "0".
        Assert.Equal((0, 0), Assert.Single(domain.Personalities.Ranges));
        Assert.True(domain.Personalities.Contains(0));
        Assert.Equal(1, domain.Personalities.Count);
        Assert.Equal("Linux", domain.Name);
        Assert.Equal("kernel", domain.Module);
    }

    [Fact]
    public void Execdomains_of_an_old_kernel_with_modules()
    {
        // Before the file was fixed: "%d-%d\t%-16s\t[%s]" per registered domain.
        const string text =
            "0-0\tLinux           \t[kernel]\n" +
            "1-2\tSVR4            \t[ibcs]\n" +
            "7-7\tSunOS           \t[ibcs]\n";
        var domains = ExecutionDomain.ParseTable(Fixtures.Bytes(text));

        Assert.Equal([1, 2], domains[1].Personalities.Indices());
        Assert.Equal("SVR4", domains[1].Name);
        Assert.Equal("ibcs", domains[2].Module);

        ParseAssert.Fails(u => ExecutionDomain.ParseTable(u), "0-0\tLinux\tkernel\n", line: 1, column: 11, mentions: "Module");
        ParseAssert.Fails(u => ExecutionDomain.ParseTable(u), "2-1\tLinux\t[kernel]\n", line: 1, column: 1, mentions: "Personalities");
    }

    [Fact]
    public void Filesystems_from_fixture()
    {
        var types = Fixtures.Fs().FileSystems();

        Assert.Equal(31, types.Count);
        Assert.Equal(("sysfs", true), (types[0].Name, types[0].NoDevice));
        var ext4 = types.Single(t => t.Name == "ext4");
        Assert.True(ext4.RequiresDevice);
        Assert.False(ext4.NoDevice);
        Assert.Equal(["ext3", "ext2", "ext4", "squashfs", "fuseblk", "xfs", "erofs", "btrfs"], types.Where(t => t.RequiresDevice).Select(t => t.Name));
        Assert.Equal(("pstore", true), (types[^1].Name, types[^1].NoDevice));
    }

    [Fact]
    public void Filesystems_inline_edge_cases()
    {
        // filesystems_proc_show: "%s\t%s", the first field "nodev" or empty.
        var types = FileSystemType.ParseTable(Fixtures.Bytes("nodev\tproc\n\text4\n\n"));
        Assert.Equal(2, types.Count);
        Assert.True(types[0].NoDevice);
        Assert.False(types[1].NoDevice);

        // "nodev" with no name after it is a line cut short.
        ParseAssert.Fails(u => FileSystemType.ParseTable(u), "nodev\tproc\nnodev\n", line: 2, column: 6, mentions: "Name");
    }
}
