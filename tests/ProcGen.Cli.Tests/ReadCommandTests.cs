using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ProcGen.Cli.Tests;

public class ReadCommandTests
{
    private static void AssertExit(int expected, CliResult result) => Assert.True(result.ExitCode == expected, result.ToString());

    private static JsonObject ParseJson(CliResult result)
        => JsonNode.Parse(result.Stdout)?.AsObject() ?? throw new Xunit.Sdk.XunitException("no JSON:\n" + result);

    [Fact]
    public void Table_lists_properties_in_bytes_with_other_keys_expanded()
    {
        using var root = FixtureRoot.WithProcess42();

        var result = Cli.Run("read", "meminfo", "--root", root.Path);

        AssertExit(0, result);
        Assert.Matches(new Regex(@"^MemTotal\s+8234389504$", RegexOptions.Multiline), result.Stdout);
        Assert.Matches(new Regex(@"^Other\.FutureKey\s+3072$", RegexOptions.Multiline), result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Table_values_start_in_one_column()
    {
        using var root = FixtureRoot.WithProcess42();

        var lines = Cli.Run("read", "meminfo", "--root", root.Path).Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);

        var valueColumns = lines.Select(l => Regex.Match(l, @"^\S+\s+").Length).Distinct().ToList();
        Assert.Single(valueColumns);
    }

    [Fact]
    public void Json_uses_camel_case_names_and_enum_names()
    {
        using var root = FixtureRoot.WithProcess42();

        var result = Cli.Run("read", "42/stat", "--root", root.Path, "--json");

        AssertExit(0, result);
        var json = ParseJson(result);
        Assert.Equal(42, (int)json["pid"]!);
        Assert.Equal("my) prog", (string?)json["comm"]);
        Assert.Equal("Sleeping", (string?)json["state"]);
        Assert.Equal(18446744073709551615UL, (ulong)json["rssLimit"]!);
        Assert.False(json.ContainsKey("Pid"));
    }

    [Fact]
    public void Json_writes_socket_addresses_as_strings_and_states_as_names()
    {
        using var root = new FixtureRoot().Write("net/tcp6",
            "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n" +
            "   0: 00000000000000000000000001000000:0277 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1 0000000000000000 100 0 0 10 0\n" +
            "   1: 0000000000000000FFFF00000100007F:0277 0000000000000000FFFF00000100007F:D431 01 00000000:00000000 00:00000000 00000000  1000        0 4243 1 0000000000000000 20 4 30 10 -1\n");

        var result = Cli.Run("read", "net/tcp6", "--root", root.Path, "--json");

        AssertExit(0, result);
        var rows = JsonNode.Parse(result.Stdout)!.AsArray();
        Assert.Equal("[::1]:631", (string?)rows[0]!["local"]);
        Assert.Equal("[::]:0", (string?)rows[0]!["remote"]);
        Assert.Equal("Listen", (string?)rows[0]!["state"]);
        Assert.Equal("[::ffff:127.0.0.1]:54321", (string?)rows[1]!["remote"]);
        Assert.Equal("Established", (string?)rows[1]!["state"]);
        Assert.Equal(4243, (int)rows[1]!["inode"]!);
    }

    [Fact]
    public void Json_writes_dictionaries_as_objects_with_kernel_keys()
    {
        using var root = FixtureRoot.WithProcess42();

        var json = ParseJson(Cli.Run("read", "meminfo", "--root", root.Path, "--json"));

        Assert.Equal(8234389504UL, (ulong)json["memTotal"]!);
        var other = json["other"]!.AsObject();
        Assert.Equal(3072UL, (ulong)other["FutureKey"]!);
    }

    [Fact]
    public void Json_writes_status_value_types_as_objects_and_range_lists_as_text()
    {
        using var root = FixtureRoot.WithProcess42();

        var result = Cli.Run("read", "42/status", "--root", root.Path, "--json");

        AssertExit(0, result);
        var json = ParseJson(result);
        var uid = json["uid"]!.AsObject();
        Assert.Equal([1000, 1001, 1002, 1003], new[] { "real", "effective", "savedSet", "fileSystem" }.Select(k => (int)uid[k]!));
        Assert.Equal(31204, (int)json["sigQ"]!["second"]!);
        Assert.Equal("0-3", (string?)json["cpusAllowedList"]);
        Assert.Equal([4, 24, 27], json["groups"]!.AsArray().Select(n => (int)n!));
    }

    [Fact]
    public void Table_joins_arrays_with_spaces()
    {
        using var root = FixtureRoot.WithProcess42();

        var result = Cli.Run("read", "42/status", "--root", root.Path);

        AssertExit(0, result);
        Assert.Matches(new Regex(@"^Groups\s+4 24 27$", RegexOptions.Multiline), result.Stdout);
        Assert.Matches(new Regex(@"^Uid\s+1000 1001 1002 1003$", RegexOptions.Multiline), result.Stdout);
    }

    [Fact]
    public void Absolute_path_under_the_root_is_read_relative_to_it()
    {
        using var root = FixtureRoot.WithProcess42();

        var result = Cli.Run("read", Path.Combine(root.Path, "meminfo"), "--root", root.Path);

        AssertExit(0, result);
        Assert.Contains("MemTotal", result.Stdout);
    }

    [Fact]
    public void Absolute_path_outside_the_root_is_a_usage_error()
    {
        using var root = FixtureRoot.WithProcess42();

        var result = Cli.Run("read", "/etc/hostname", "--root", root.Path);

        AssertExit(2, result);
        Assert.Contains("not a file under the root", result.Stderr);
    }

    [Theory]
    [InlineData("self/stat")]
    [InlineData("self/status")]
    public void Self_resolves_through_the_symlink(string path)
    {
        using var root = FixtureRoot.WithProcess42().Link("self", "42");

        var result = Cli.Run("read", path, "--root", root.Path, "--json");

        AssertExit(0, result);
        Assert.Equal(42, (int)ParseJson(result)["pid"]!);
    }

    [Fact]
    public void Absolute_self_path_under_the_root_works_like_proc_self()
    {
        using var root = FixtureRoot.WithProcess42().Link("self", "42");

        var result = Cli.Run("read", root.Path + "/self/stat", "--root", root.Path, "--json");

        AssertExit(0, result);
        Assert.Equal("Sleeping", (string?)ParseJson(result)["state"]);
    }

    [Fact]
    public void Malformed_file_exits_1_naming_the_file_and_line()
    {
        using var root = new FixtureRoot().Write("meminfo", Fixtures.Meminfo.Replace("MemFree:          391548 kB", "MemFree:          lots kB"));

        var result = Cli.Run("read", "meminfo", "--root", root.Path);

        AssertExit(1, result);
        Assert.Contains(Path.Combine(root.Path, "meminfo") + ":2:", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Path_without_a_declaration_exits_2_and_points_to_list()
    {
        using var root = FixtureRoot.WithProcess42();

        var result = Cli.Run("read", "no/such/file", "--root", root.Path);

        AssertExit(2, result);
        Assert.Contains("no/such/file", result.Stderr);
        Assert.Contains("procgen list", result.Stderr);
    }

    [Theory]
    [InlineData("read")]
    [InlineData("read", "meminfo", "--bogus")]
    [InlineData("read", "meminfo", "--root")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Bad_arguments_exit_2(params string[] args)
    {
        var result = Cli.Run(args);

        AssertExit(2, result);
        Assert.NotEqual("", result.Stderr);
    }

    [Theory]
    [InlineData("meminfo")]
    [InlineData("7/stat")]
    [InlineData("42/stat")]
    public void Missing_file_exits_3_naming_it(string path)
    {
        using var root = new FixtureRoot().Write("42/status", Fixtures.Status42);

        var result = Cli.Run("read", path, "--root", root.Path);

        AssertExit(3, result);
        Assert.Contains(Path.Combine(root.Path, path), result.Stderr);
    }

    [Fact]
    public void Help_describes_the_commands()
    {
        var result = Cli.Run("--help");

        AssertExit(0, result);
        Assert.Contains("read", result.Stdout);
        Assert.Contains("list", result.Stdout);
        Assert.Contains("check", result.Stdout);
    }

    [Fact]
    public void Binfmt_misc_magic_and_mask_print_as_the_kernel_hex()
    {
        using var root = new FixtureRoot().Write("sys/fs/binfmt_misc/qemu-aarch64",
            "enabled\ninterpreter /usr/bin/qemu-aarch64-static\nflags: OCF\noffset 0\n" +
            "magic 7f454c460201010000000000000000000200b700\nmask ffffffffffffff00fffffffffffffffffeffffff\n");

        var result = Cli.Run("read", "sys/fs/binfmt_misc/qemu-aarch64", "--root", root.Path, "--json");

        AssertExit(0, result);
        var json = ParseJson(result);
        Assert.Equal("7f454c460201010000000000000000000200b700", (string?)json["magic"]);
        Assert.Equal("ffffffffffffff00fffffffffffffffffeffffff", (string?)json["mask"]);
        Assert.Equal("Enabled", (string?)json["state"]);
    }

    private static byte[] AuxvPairs(params ulong[] words) => System.Runtime.InteropServices.MemoryMarshal.AsBytes(words.AsSpan()).ToArray();

    [Fact]
    public void Auxv_prints_its_entries_by_kernel_name_in_the_table_and_as_json()
    {
        // AT_SYSINFO_EHDR, AT_PAGESZ, AT_CLKTCK, AT_ENTRY, a type no name covers (99), AT_NULL.
        using var root = new FixtureRoot().WriteBytes("42/auxv", AuxvPairs(33, 0x7ffd5a3f1000, 6, 4096, 17, 100, 9, 0x55d0c0a1b600, 99, 7, 0, 0));

        var table = Cli.Run("read", "42/auxv", "--root", root.Path);
        var result = Cli.Run("read", "42/auxv", "--root", root.Path, "--json");

        AssertExit(0, table);
        Assert.Matches(new Regex(@"^Vector\s+AT_SYSINFO_EHDR=0x7ffd5a3f1000 AT_PAGESZ=4096 AT_CLKTCK=100 AT_ENTRY=0x55d0c0a1b600 AT_99=7$", RegexOptions.Multiline), table.Stdout);
        Assert.Matches(new Regex(@"^PageSize\s+4096$", RegexOptions.Multiline), table.Stdout);
        AssertExit(0, result);
        var entries = ParseJson(result)["vector"]!["entries"]!.AsArray();
        Assert.Equal(5, entries.Count);
        Assert.Equal("PageSize", (string?)entries[1]!["type"]);
        Assert.Equal("AT_PAGESZ", (string?)entries[1]!["name"]);
        Assert.Equal(4096UL, (ulong)entries[1]!["value"]!);
        Assert.Equal("AT_99", (string?)entries[4]!["name"]);
        Assert.Equal(4096UL, (ulong)ParseJson(result)["pageSize"]!);
    }

    [Fact]
    public void Input_capability_bitmaps_print_as_their_event_codes()
    {
        using var root = new FixtureRoot().Write("bus/input/devices",
            "I: Bus=0019 Vendor=0000 Product=0001 Version=0000\nN: Name=\"Power Button\"\nP: Phys=LNXPWRBN/button/input0\n" +
            "S: Sysfs=/devices/LNXSYSTM:00/LNXPWRBN:00/input/input0\nU: Uniq=\nH: Handlers=kbd event0 \nB: PROP=0\nB: EV=3\nB: KEY=10000000000000 0\n\n");

        var result = Cli.Run("read", "bus/input/devices", "--root", root.Path, "--json");

        AssertExit(0, result);
        var device = JsonNode.Parse(result.Stdout)!.AsArray()[0]!;
        Assert.Equal([116], device["keys"]!.AsArray().Select(n => (int)n!));
        Assert.Equal([0, 1], device["eventTypes"]!.AsArray().Select(n => (int)n!));
        Assert.Empty(device["properties"]!.AsArray());
        Assert.Equal("Synchronization, Key", (string?)device["supportedEventTypes"]);
    }

    [Fact]
    public void Live_proc_meminfo_reads_as_json()
    {
        // Only the shape is asserted: the values belong to whatever machine runs the tests.
        var result = Cli.Run("read", "meminfo", "--json");

        AssertExit(0, result);
        Assert.True(ParseJson(result).ContainsKey("memTotal"), result.ToString());
    }
}
