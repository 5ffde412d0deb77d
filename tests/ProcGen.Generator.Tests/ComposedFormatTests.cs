using System;
using System.Collections.Generic;
using System.Linq;
using ProcGen.Generator.Tests.Infrastructure;
using static ProcGen.Generator.Tests.Infrastructure.CompiledAssembly;

namespace ProcGen.Generator.Tests;

/// <summary>The composed declarations compiled once, with their generated code.</summary>
public sealed class CompiledComposedDeclarations : IDisposable
{
    internal CompiledAssembly Assembly { get; } = CompiledAssembly.Compile(Declarations.Composed);

    public void Dispose() => Assembly.Dispose();
}

/// <summary>
/// Nested formats built from smaller declarations: blocks, parts parsed from values and indented sub-blocks,
/// numbered keys. Errors inside a part are located in the whole file.
/// </summary>
public class ComposedFormatTests : IClassFixture<CompiledComposedDeclarations>
{
    private const string MountStats =
        "device sysfs mounted on /sys with fstype sysfs\n" +
        "device srv:/export mounted on /mnt/with\\040space with fstype nfs4 statvers=1.1\n" +
        "\topts:\trw,vers=4.2\n" +
        "\tage:\t1234\n" +
        "\tevents:\t7 5\n" +
        "\tper-op statistics\n" +
        "\t        NULL: 1 0\n" +
        "\t        READ: 20 3\n" +
        "\n" +
        "not a device line\n" +
        "device proc mounted on /proc with fstype proc\n";

    private readonly CompiledAssembly _assembly;

    public ComposedFormatTests(CompiledComposedDeclarations compiled) => _assembly = compiled.Assembly;

    [Fact]
    public void Blocks_with_a_header_part_keys_a_value_part_and_an_indented_rows_part()
    {
        var mounts = _assembly.ParseRows("Tests.MountStats", MountStats);

        Assert.Equal(3, mounts.Length);
        var sysfs = Get(mounts[0], "Mount")!;
        Assert.Equal(("sysfs", "/sys", "sysfs", (string?)null), ((string)Get(sysfs, "Device")!, (string)Get(sysfs, "MountPoint")!, (string)Get(sysfs, "FileSystem")!, (string?)Get(sysfs, "StatsVersion")));
        Assert.Null(Get(mounts[0], "Events"));
        Assert.Null(Get(mounts[0], "Operations"));

        var nfs = mounts[1];
        Assert.Equal("/mnt/with space", Get(Get(nfs, "Mount")!, "MountPoint"));
        Assert.Equal("1.1", Get(Get(nfs, "Mount")!, "StatsVersion"));
        Assert.Equal(1234UL, Get(nfs, "Age"));
        Assert.Equal((7UL, 5UL), ((ulong)Get(Get(nfs, "Events")!, "Opens")!, (ulong)Get(Get(nfs, "Events")!, "Closes")!));
        var operations = ((IEnumerable<object>)Get(nfs, "Operations")!).ToArray();
        Assert.Equal(new[] { "NULL", "READ" }, operations.Select(o => (string)Get(o, "Name")!));
        Assert.Equal(new ulong?[] { 0, 3 }, operations.Select(o => (ulong?)Get(o, "Errors")));
        Assert.Equal(new Dictionary<string, string> { ["opts"] = "rw,vers=4.2" }, (IReadOnlyDictionary<string, string>)Get(nfs, "Other")!);
        // The unindented line that is not a device heads a block that is not a record.
        Assert.Equal("proc", Get(Get(mounts[2], "Mount")!, "Device"));
    }

    [Theory]
    // A bad number inside the events part: located in the file, not in the part.
    [InlineData("device a mounted on /b with fstype nfs\n\tevents:\t1 x\n", 2, 12, "an unsigned integer (ulong) for Closes (field 1)")]
    // A bad row of the indented operations part.
    [InlineData("device a mounted on /b with fstype nfs\n\tper-op statistics\n\t  NULL: 1 2\n\t  READ 1 2\n", 4, 4, "text for Name (field 0) ending with ':'")]
    // A title line without the lines under it is not a key.
    [InlineData("device a mounted on /b with fstype nfs\n\tgarbage\n", 2, 1, "a key followed by ':', or a title with lines indented under it")]
    // The header part lacks a field.
    [InlineData("device a mounted on\n", 1, 20, "text for MountPoint (field 4)")]
    public void Errors_inside_parts_are_located_in_the_file(string content, int line, int column, string expected)
    {
        var error = _assembly.ParseFailsRows("Tests.MountStats", content);

        Assert.Equal((line, column, expected), (error.Line, error.Column, error.Expected));
    }

    [Fact]
    public void Indexed_keys_collect_numbered_lines_and_leave_the_bare_name_to_its_key()
    {
        var stat = _assembly.Parse("Tests.KernelStat",
            "cpu  10 1 2 3 4 5 6 7\ncpu0 4 0 1 1 2 2 3 3\ncpu2 6 1 1 2 2 3 3\nintr 1 2 3\nbtime 1700000000\n");

        Assert.Equal(10UL, Get(Get(stat, "Total")!, "User"));
        Assert.Equal(7UL, Get(Get(stat, "Total")!, "Steal"));
        var cpus = (System.Collections.IDictionary)ToDictionary(Get(stat, "Cpus")!);
        Assert.Equal(new[] { 0, 2 }, cpus.Keys.Cast<int>().OrderBy(k => k));
        // A kernel that prints seven fields: the eighth is null.
        Assert.Null(Get(cpus[2]!, "Steal"));
        Assert.Equal(1700000000L, Get(stat, "BootTime"));
    }

    [Fact]
    public void Blank_line_blocks_with_spaced_keys_and_empty_values()
    {
        var processors = _assembly.ParseRows("Tests.Processor",
            "processor\t: 0\nmodel name\t: AMD EPYC\nflags\t\t: fpu vme\npower management:\n\n\nprocessor\t: 1\nmodel name\t: AMD EPYC\n");

        Assert.Equal(2, processors.Length);
        Assert.Equal((0, "AMD EPYC"), ((int)Get(processors[0], "Number")!, (string?)Get(processors[0], "ModelName")));
        Assert.Equal(new[] { "fpu", "vme" }, (IEnumerable<string>)Get(processors[0], "Flags")!);
        Assert.Equal("", Get(processors[0], "PowerManagement"));
        Assert.Null(Get(processors[1], "Flags"));
    }

    [Fact]
    public void A_block_missing_a_required_key_fails_at_its_end()
    {
        var error = _assembly.ParseFailsRows("Tests.Processor", "processor\t: 0\n\nmodel name\t: x\nflags\t: a\n\nprocessor : 2\n");

        Assert.Equal((4, 10, "a line for the required key 'processor'"), (error.Line, error.Column, error.Expected));
    }

    [Fact]
    public void Unkeyed_lines_start_blocks_and_a_rest_takes_the_whole_body()
    {
        var usage = _assembly.ParseRows("Tests.MappingUsage", "00400000-00401000 r-xp 00000000 08:01 12 /bin/a b\nRss:  8 kB\nffff-10000 rw-p 0 00:00 0\nRss: 4 kB\n");
        Assert.Equal(new ulong[] { 8192, 4096 }, usage.Select(u => (ulong)Get(u, "Rss")!));
        Assert.Equal("ffff-10000 rw-p 0 00:00 0", Get(usage[1], "Mapping"));

        var blocks = _assembly.ParseRows("Tests.RawBlock", "md0 : active\n    12 blocks\n\n    bitmap: 0/1\nunused devices: <none>\n");
        Assert.Equal(2, blocks.Length);
        Assert.Equal("    12 blocks\n\n    bitmap: 0/1", Get(blocks[0], "Body"));
        Assert.Equal("", Get(blocks[1], "Body"));
    }

    [Fact]
    public void Skipped_lines_precede_the_first_block()
    {
        const string content = "Version 1\n  -> heading under the title\nalpha\n  -> a 1\n  -> b 2\nbeta\ngamma\n  -> c 3\n";
        var groups = _assembly.ParseRows("Tests.Group", content);
        Assert.Equal(new[] { "alpha", "beta", "gamma" }, groups.Select(g => (string)Get(g, "Title")!));
        Assert.Equal(2, ((System.Collections.IEnumerable)Get(groups[0], "Members")!).Cast<object>().Count());
        Assert.Empty(((System.Collections.IEnumerable)Get(groups[1], "Members")!).Cast<object>());

        Assert.Empty(_assembly.ParseRows("Tests.Group", "Version 1\n  -> heading under the title\n"));
        var error = _assembly.ParseFailsRows("Tests.Group", "Version 1\nheading\nalpha\n  -> a x\n");
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Repeated_keys_collect_every_line_in_order_and_are_empty_when_absent()
    {
        var info = _assembly.Parse("Tests.FdInfo", "pos:\t7\ntfd:  5 events: 19 data: 0\nlock:\t1: POSIX\ntfd:  4 events: 80000001\n");

        Assert.Equal(7L, Get(info, "Position"));
        var targets = ((IEnumerable<object>)Get(info, "Targets")!).ToArray();
        Assert.Equal(new[] { 5, 4 }, targets.Select(t => (int)Get(t, "Fd")!));
        Assert.Equal(new[] { 0x19u, 0x80000001u }, targets.Select(t => (uint)Get(t, "Events")!));
        Assert.Equal(new[] { "1: POSIX" }, (IEnumerable<string>)Get(info, "Locks")!);

        var bare = _assembly.Parse("Tests.FdInfo", "pos:\t0\n");
        Assert.Empty((IEnumerable<object>)Get(bare, "Targets")!);
        Assert.Empty((IEnumerable<string>)Get(bare, "Locks")!);
    }

    [Fact]
    public void An_error_in_a_repeated_key_is_located_at_its_line()
    {
        var error = _assembly.ParseFails("Tests.FdInfo", "pos:\t0\ntfd:  5 events: 19\ntfd:  x events: 19\n");

        Assert.Equal((3, 7, "an integer (int) for Fd (field 0)"), (error.Line, error.Column, error.Expected));
    }

    [Fact]
    public void A_key_value_file_may_start_with_a_header_line_that_is_no_key()
    {
        var entry = _assembly.Parse("Tests.Entry", "disabled\ninterpreter /usr/bin/wine\noffset 2\n");

        Assert.Equal("Off", Get(entry, "State")!.ToString());
        Assert.Equal("/usr/bin/wine", Get(entry, "Interpreter"));
        Assert.Equal(2, Get(entry, "Offset"));

        var bad = _assembly.ParseFails("Tests.Entry", "on\ninterpreter /x\n");
        Assert.Equal((1, 1), (bad.Line, bad.Column));
        var missing = _assembly.ParseFails("Tests.Entry", "enabled\noffset 1\n");
        Assert.Contains("interpreter", missing.Expected);
    }

    [Fact]
    public void Blocks_start_at_each_line_with_the_first_key()
    {
        var timers = _assembly.ParseRows("Tests.Timer", "ID: 1\nclock: 0\nnote: 3\nnote: 4\nID: 0\n\nnote: 5\nID: 2\nclock: 1\n");

        Assert.Equal(new[] { 1, 0, 2 }, timers.Select(t => (int)Get(t, "Id")!));
        Assert.Equal(new[] { 3, 4 }, (IEnumerable<int>)Get(timers[0], "Notes")!);
        // A blank line does not end a block: the note belongs to timer 0.
        Assert.Equal(new[] { 5 }, (IEnumerable<int>)Get(timers[1], "Notes")!);
        Assert.Equal((int?)1, Get(timers[2], "Clock"));
    }

    private static System.Collections.IDictionary ToDictionary(object readOnlyDictionary)
    {
        var result = new System.Collections.Hashtable();
        foreach (var pair in (System.Collections.IEnumerable)readOnlyDictionary)
        {
            var type = pair.GetType();
            result[type.GetProperty("Key")!.GetValue(pair)!] = type.GetProperty("Value")!.GetValue(pair);
        }
        return result;
    }
}
