using System;
using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// The per-process files of many rows: maps, mounts, mountinfo, limits, cgroup, numa_maps, stack, the id maps,
/// timens_offsets — from the capture of <c>sleep 1000</c> (pid 31138) and from edge cases of the kernel's format.
/// </summary>
public class ProcessRowFileTests
{
    private const int Sleeper = 31138;

    private static ProcessDirectory Sleep => Fixtures.Fs().Process(Sleeper);

    [Fact]
    public void Maps_from_fixture()
    {
        var maps = Sleep.Maps();

        Assert.Equal(37, maps.Count);
        Assert.Equal(new MemoryMapping
        {
            Address = new AddressRange(0x555af1330000, 0x555af1332000),
            Permissions = new MappingPermissions(MappingAccess.Read),
            Offset = 0,
            Device = new DeviceNumber(0xfe, 0),
            Inode = 248174,
            Path = "/usr/bin/sleep",
        }, maps[0]);
        Assert.Equal(MappingAccess.Read | MappingAccess.Execute, maps[1].Permissions.Access);
        Assert.Equal(0x2000UL, maps[1].Offset);
        var heap = maps[5];
        Assert.Equal("[heap]", heap.Path);
        Assert.Equal(new DeviceNumber(0, 0), heap.Device);
        Assert.Equal(0x21000UL, heap.Address.Length);
        Assert.Equal("[vsyscall]", maps[^1].Path);
        Assert.Equal("--xp", maps[^1].Permissions.ToString());
    }

    [Fact]
    public void Maps_paths_keep_spaces_deleted_marker_and_anonymous_is_null()
    {
        var maps = MemoryMapping.ParseTable(Fixtures.Bytes(
            "7f0000000000-7f0000001000 rw-s 00000000 00:05 1234                       /dev/shm/my file (deleted)\n" +
            "7f0000001000-7f0000002000 rw-p 00000000 00:00 0 \n" +
            "7f0000002000-7f0000003000 r--p 00001000 08:11 99                         /a\\012b\n" +
            "7f0000003000-7f0000004000 ---p 00000000 00:00 0                          [anon:guard page]\n"));

        Assert.Equal("/dev/shm/my file (deleted)", maps[0].Path);
        Assert.True(maps[0].IsDeleted);
        Assert.True(maps[0].Permissions.IsShared);
        Assert.Null(maps[1].Path);
        Assert.False(maps[1].IsDeleted);
        Assert.Equal("/a\nb", maps[2].Path);
        Assert.Equal(new DeviceNumber(8, 0x11), maps[2].Device);
        Assert.Equal("[anon:guard page]", maps[3].Path);
    }

    [Fact]
    public void Maps_bad_permissions_are_located()
        => ParseAssert.Fails(u => MemoryMapping.ParseTable(u),
            "7f0000000000-7f0000001000 rw-p 00000000 00:00 0\n7f0000001000-7f0000002000 rwzp 00000000 00:00 0\n",
            line: 2, column: 27, mentions: "Permissions");

    [Fact]
    public void Mountinfo_from_fixture()
    {
        var mounts = Sleep.MountInfo();

        Assert.Equal(20, mounts.Count);
        var proc = mounts[0];
        Assert.Equal((21, 26), (proc.MountId, proc.ParentId));
        Assert.Equal(new DeviceNumber(0, 20), proc.Device);
        Assert.Equal(("/", "/proc", "rw,relatime"), (proc.Root, proc.MountPoint, proc.MountOptions));
        Assert.Empty(proc.OptionalFields);
        Assert.Equal(("proc", "proc", "rw"), (proc.FileSystemType, proc.Source, proc.SuperOptions));
        var root = mounts.Single(m => m.MountPoint == "/");
        Assert.Equal(("ext4", "/dev/vda"), (root.FileSystemType, root.Source));
        Assert.Equal(new DeviceNumber(254, 0), root.Device);
    }

    [Theory]
    [InlineData("36 35 98:0 /mnt1 /mnt2 rw,noatime - ext3 /dev/root rw,errors=continue\n", new string[0])]
    [InlineData("36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue\n", new[] { "master:1" })]
    [InlineData("36 35 98:0 /mnt1 /mnt2 rw,noatime shared:2 master:1 - ext3 /dev/root rw,errors=continue\n", new[] { "shared:2", "master:1" })]
    public void Mountinfo_takes_zero_one_or_two_optional_fields(string line, string[] optional)
    {
        var mount = MountInfo.ParseTable(Fixtures.Bytes(line)).Single();
        Assert.Equal(optional, mount.OptionalFields);
        Assert.Equal(("ext3", "/dev/root", "rw,errors=continue"), (mount.FileSystemType, mount.Source, mount.SuperOptions));
    }

    [Fact]
    public void Mountinfo_decodes_space_tab_newline_and_backslash_in_paths()
    {
        var mount = MountInfo.ParseTable(Fixtures.Bytes(
            "40 26 0:50 /sub\\134dir /mnt/a\\040b\\011c\\012d rw - fuse.my\\040fs my\\040source rw\n")).Single();

        Assert.Equal("/sub\\dir", mount.Root);
        Assert.Equal("/mnt/a b\tc\nd", mount.MountPoint);
        Assert.Equal("fuse.my fs", mount.FileSystemType);
        Assert.Equal("my source", mount.Source);
    }

    [Fact]
    public void Mountinfo_without_separator_is_an_error_on_its_line()
        => ParseAssert.Fails(u => MountInfo.ParseTable(u),
            "21 26 0:20 / /proc rw,relatime - proc proc rw\n22 26 0:21 / /sys rw,relatime shared:1 sysfs sysfs rw\n",
            line: 2, column: "22 26 0:21 / /sys rw,relatime shared:1 sysfs sysfs rw".Length + 1, mentions: "ended by '-'");

    [Fact]
    public void Mounts_from_fixture_and_escaped_mount_point()
    {
        var mounts = Sleep.Mounts();
        Assert.Equal(20, mounts.Count);
        Assert.Equal(new MountEntry { Source = "proc", MountPoint = "/proc", FileSystemType = "proc", Options = "rw,relatime", Dump = 0, Pass = 0 }, mounts[0]);

        var escaped = MountEntry.ParseTable(Fixtures.Bytes("/dev/sdb1 /media/USB\\040Stick vfat rw,nosuid 0 0\n")).Single();
        Assert.Equal("/media/USB Stick", escaped.MountPoint);
    }

    [Fact]
    public void Limits_from_fixture_with_unlimited_and_blank_units()
    {
        var limits = Sleep.Limits();

        Assert.Equal(16, limits.Count);
        Assert.Equal(new[] { "Limit", "Soft Limit", "Hard Limit", "Units" }, limits.Layout!.ColumnNames);
        Assert.Equal(new ProcessLimit { Name = "Max cpu time", Soft = null, Hard = null, Units = "seconds" }, limits[0]);
        Assert.Equal(new ProcessLimit { Name = "Max stack size", Soft = 8388608, Hard = null, Units = "bytes" }, limits[3]);
        Assert.Equal(new ProcessLimit { Name = "Max open files", Soft = 20000, Hard = 20000, Units = "files" }, limits[7]);
        Assert.Equal(new ProcessLimit { Name = "Max nice priority", Soft = 0, Hard = 0, Units = null }, limits[13]);
        Assert.Equal(new ProcessLimit { Name = "Max realtime timeout", Soft = null, Hard = null, Units = "us" }, limits[15]);
    }

    [Fact]
    public void Limits_a_value_that_is_not_a_number_is_located_under_its_header()
    {
        const string text =
            "Limit                     Soft Limit           Hard Limit           Units     \n" +
            "Max open files            lots                 4096                 files     \n";
        ParseAssert.Fails(u => ProcessLimit.ParseTable(u), text, line: 2, column: 27, mentions: "Soft");
    }

    [Fact]
    public void Limits_header_without_a_required_column_is_an_error_on_the_header()
        => ParseAssert.Fails(u => ProcessLimit.ParseTable(u), "Resource                  Soft Limit           Hard Limit           Units\n", line: 1, column: 1, mentions: "'Limit'");

    [Fact]
    public void Limits_header_without_an_optional_column_leaves_it_null()
    {
        var limit = ProcessLimit.ParseTable(Fixtures.Bytes("Limit                     Soft Limit           Units     \nMax open files            1024                 files     \n")).Single();
        Assert.Equal(new ProcessLimit { Name = "Max open files", Soft = 1024, Hard = null, Units = "files" }, limit);
    }

    [Fact]
    public void Cgroup_v1_and_v2_lines_from_fixture()
    {
        var cgroups = Sleep.Cgroups();

        Assert.Equal(10, cgroups.Count);
        Assert.Equal(new ProcessCgroup { HierarchyId = 9, Controllers = "name=systemd", Path = "/" }, cgroups[0]);
        Assert.Equal(new ProcessCgroup { HierarchyId = 4, Controllers = "memory", Path = "/process_api/1315304a7c9208479015bca1423d38f0" }, cgroups[5]);
        var unified = cgroups[^1];
        Assert.True(unified.IsUnified);
        Assert.Empty(unified.ControllerList);
        Assert.Equal("/", unified.Path);
        Assert.Single(cgroups, c => c.IsUnified);
    }

    [Fact]
    public void Cgroup_path_may_contain_colons_and_controllers_are_a_list()
    {
        var rows = ProcessCgroup.ParseTable(Fixtures.Bytes("2:cpu,cpuacct:/a:b:c\n0::/user.slice/x:y.scope\n"));
        Assert.Equal(new[] { "cpu", "cpuacct" }, rows[0].ControllerList);
        Assert.Equal("/a:b:c", rows[0].Path);
        Assert.Equal("/user.slice/x:y.scope", rows[1].Path);
    }

    [Fact]
    public void Cgroup_missing_path_is_an_error()
        => ParseAssert.Fails(u => ProcessCgroup.ParseTable(u), "0::/\n3:cpuset\n", line: 2, column: "3:cpuset".Length + 1, mentions: "Path");

    [Fact]
    public void Numa_maps_from_fixture()
    {
        var numa = Sleep.NumaMaps();

        Assert.Equal(36, numa.Count);
        Assert.Equal(0x555af1330000UL, numa[0].Address);
        Assert.Equal("default", numa[0].Policy);
        Assert.Equal("/usr/bin/sleep", numa[0].File);
        Assert.Equal(2UL, numa[0].Details.GetNumber("mapped"));
        Assert.Equal(4UL, numa[0].Details.GetNumber("kernelpagesize_kB"));
        Assert.Equal(2UL, numa[0].PagesOnNodes);
        var heap = numa[5];
        Assert.True(heap.Details.Has("heap"));
        Assert.Null(heap.File);
        Assert.Equal(4UL, heap.Details.GetNumber("anon"));
        // A mapping with no pages yet prints no tokens at all.
        Assert.Equal((0x7f18bb7e6000UL, 0), (numa[27].Address, numa[27].Details.Pairs.Count));
    }

    [Fact]
    public void Numa_maps_file_names_are_unescaped_and_nodes_summed()
    {
        var row = NumaMapping.ParseTable(Fixtures.Bytes("7f0000000000 interleave:0-1 file=/a\\040b\\075c.so mapped=3 N0=1 N1=2 kernelpagesize_kB=4\n")).Single();
        Assert.Equal("interleave:0-1", row.Policy);
        Assert.Equal("/a b=c.so", row.File);
        Assert.Equal(3UL, row.PagesOnNodes);
    }

    [Fact]
    public void Kernel_stack_from_fixture()
    {
        var stack = Sleep.KernelStack();

        Assert.Equal(5, stack.Count);
        Assert.Equal("0", stack[0].Address.Trim('<', '>'));
        Assert.Equal("hrtimer_nanosleep+0xb5/0x130", stack[0].Symbol);
        Assert.Equal("hrtimer_nanosleep", stack[0].Function);
        Assert.Equal((0xb5UL, 0x130UL), (stack[0].Offset!.Value, stack[0].Size!.Value));
        Assert.Equal("kthreadd", Fixtures.Fs().Process(2).KernelStack()[0].Function);
    }

    [Fact]
    public void Kernel_stack_is_root_only_on_init_of_the_capture()
        => Assert.Equal(ProcReadStatus.NotFound, Fixtures.Fs().Process(1).TryReadKernelStack().Status);

    [Fact]
    public void Id_maps_from_fixture()
    {
        var whole = new IdMapping { InsideStart = 0, OutsideStart = 0, Length = 4294967295 };
        Assert.Equal(whole, Assert.Single(Sleep.UidMap()));
        Assert.Equal(new IdMapping { InsideStart = 0, OutsideStart = 0, Length = 4294967295 }, Assert.Single(Sleep.GidMap()));
        Assert.Equal(new IdMapping { InsideStart = 0, OutsideStart = 0, Length = 4294967295 }, Assert.Single(Sleep.ProjectIdMap()));
    }

    [Fact]
    public void Uid_map_of_a_user_namespace_has_several_ranges()
    {
        var rows = IdMapping.ParseTable(Fixtures.Bytes("         0       1000          1\n         1     100000      65536\n"));
        Assert.Equal(2, rows.Count);
        Assert.Equal(new IdMapping { InsideStart = 1, OutsideStart = 100000, Length = 65536 }, rows[1]);
    }

    [Fact]
    public void Time_namespace_offsets_by_name_and_by_old_clock_number()
    {
        Assert.Equal(new[] { NamespaceClock.Monotonic, NamespaceClock.BootTime }, Sleep.TimeNamespaceOffsets().Select(o => o.Clock));

        var rows = TimeNamespaceOffset.ParseTable(Fixtures.Bytes("1 -5 250000000\n7 86400 0\n"));
        Assert.Equal(NamespaceClock.Monotonic, rows[0].Clock);
        Assert.Equal(TimeSpan.FromSeconds(-5) + TimeSpan.FromMilliseconds(250), rows[0].Offset);
        Assert.Equal((NamespaceClock.BootTime, 86400L), (rows[1].Clock, rows[1].Seconds));
    }
}
