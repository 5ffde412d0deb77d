using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ProcGen.Cli.Tests;

/// <summary>
/// <c>procgen read</c> on a file of blocks (<c>{pid}/smaps</c>): too wide and too deep for one line per item, so one
/// name/value list per block with nested fields as <c>Mapping.Path</c>, blocks separated by a blank line; JSON nests.
/// </summary>
public class ReadBlocksCommandTests
{
    private const string Smaps =
        "55a821353000-55a821359000 r--p 00000000 fe:00 345402                     /usr/bin/my tool\n" +
        "Size:                 24 kB\n" +
        "Rss:                  20 kB\n" +
        "Pss:                  10 kB\n" +
        "Shared_Clean:          8 kB\n" +
        "Shared_Dirty:          0 kB\n" +
        "Private_Clean:        12 kB\n" +
        "Private_Dirty:         0 kB\n" +
        "Swap:                  0 kB\n" +
        "VmFlags: rd mr mw me sd \n" +
        "7fa61c000000-7fa61c021000 rw-p 00000000 00:00 0 \n" +
        "Size:                132 kB\n" +
        "Rss:                  16 kB\n" +
        "Pss:                  16 kB\n" +
        "Shared_Clean:          0 kB\n" +
        "Shared_Dirty:          0 kB\n" +
        "Private_Clean:         0 kB\n" +
        "Private_Dirty:        16 kB\n" +
        "Swap:                  4 kB\n" +
        "VmFlags: rd wr mr mw me ac sd \n";

    [Fact]
    public void Blocks_print_as_one_name_value_list_per_block()
    {
        using var root = new FixtureRoot().Write("42/smaps", Smaps);

        var result = Cli.Run("read", "42/smaps", "--root", root.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var blocks = result.Stdout.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, blocks.Length);
        Assert.Matches(new Regex(@"(?m)^Mapping\.Path\s+/usr/bin/my tool$"), blocks[0]);
        Assert.Matches(new Regex(@"(?m)^Rss\s+20480$"), blocks[0]);
        Assert.Matches(new Regex(@"(?m)^Private_?Dirty\s+16384$"), blocks[1]);
        Assert.Matches(new Regex(@"(?m)^Swap\s+4096$"), blocks[1]);
        // Every line of a block is one name and one value: nothing printed as a whole record's ToString().
        Assert.DoesNotContain(result.Stdout.Split('\n'), line => line.Contains("MemoryMapping {", StringComparison.Ordinal));
    }

    [Fact]
    public void Blocks_print_as_nested_json()
    {
        using var root = new FixtureRoot().Write("42/smaps", Smaps);

        var result = Cli.Run("read", "42/smaps", "--root", root.Path, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var array = JsonNode.Parse(result.Stdout)!.AsArray();
        Assert.Equal(2, array.Count);
        Assert.Equal("/usr/bin/my tool", (string?)array[0]!["mapping"]!["path"]);
        Assert.Equal(20480UL, (ulong)array[0]!["rss"]!);
        Assert.Equal(4096UL, (ulong)array[1]!["swap"]!);
    }

    [Fact]
    public void A_bad_line_inside_a_block_names_its_line_in_the_file()
    {
        using var root = new FixtureRoot().Write("42/smaps", Smaps.Replace("Rss:                  16 kB", "Rss:                  1x kB", StringComparison.Ordinal));

        var result = Cli.Run("read", "42/smaps", "--root", root.Path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("42/smaps", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("42/smaps:13:", result.Stderr, StringComparison.Ordinal);
    }
}
