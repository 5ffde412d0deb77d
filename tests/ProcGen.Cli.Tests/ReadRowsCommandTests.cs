using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ProcGen.Cli.Tests;

/// <summary><c>procgen read</c> on files of rows: a table with a header row, and a JSON array of objects.</summary>
public class ReadRowsCommandTests
{
    private const string Maps =
        "55a821353000-55a821359000 r--p 00000000 fe:00 345402                     /usr/bin/my tool\n" +
        "7fa61c000000-7fa61c021000 rw-p 00000000 00:00 0 \n";

    private const string Limits =
        "Limit                     Soft Limit           Hard Limit           Units     \n" +
        "Max open files            1024                 524288               files     \n" +
        "Max nice priority         0                    0                    \n";

    [Fact]
    public void Rows_print_as_a_table_one_line_per_row()
    {
        using var root = new FixtureRoot().Write("42/maps", Maps);

        var result = Cli.Run("read", "42/maps", "--root", root.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Matches(new Regex(@"^Address\s+Permissions\s+Offset\s+Device\s+Inode\s+Path"), lines[0]);
        Assert.Contains("/usr/bin/my tool", lines[1]);
        Assert.Contains("r--p", lines[1]);
    }

    [Fact]
    public void Struct_rows_print_as_a_table_with_hex_fields_as_the_kernel_printed_them()
    {
        using var root = new FixtureRoot().Write("kallsyms",
            "ffffffff81000000 T _stext\nffffffffc0a01000 t ext4_fill_super\t[ext4]\n");

        var table = Cli.Run("read", "kallsyms", "--root", root.Path);
        var json = Cli.Run("read", "kallsyms", "--root", root.Path, "--json");

        Assert.True(table.ExitCode == 0, table.ToString());
        var lines = table.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(new Regex(@"^Address\s+Type\s+Name\s+Module$"), lines[0]);
        Assert.Matches(new Regex(@"^0xffffffffc0a01000\s+t\s+ext4_fill_super\s+ext4$"), lines[2]);
        Assert.Equal(0xffffffff81000000UL, (ulong)JsonNode.Parse(json.Stdout)!.AsArray()[0]!["address"]!);   // JSON keeps numbers
    }

    [Fact]
    public void Rows_print_as_a_json_array_with_nulls_for_absent_values()
    {
        using var root = new FixtureRoot().Write("42/limits", Limits);

        var result = Cli.Run("read", "42/limits", "--root", root.Path, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = JsonNode.Parse(result.Stdout)!.AsArray();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Max open files", (string?)rows[0]!["name"]);
        Assert.Equal(524288UL, (ulong?)rows[0]!["hard"]);
        Assert.Null(rows[1]!["units"]);
    }

    [Fact]
    public void A_bad_row_names_the_file_and_line()
    {
        using var root = new FixtureRoot().Write("42/maps", Maps.Replace("r--p", "r-?p"));

        var result = Cli.Run("read", "42/maps", "--root", root.Path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("42/maps:1:", result.Stderr);
        Assert.Contains("Permissions", result.Stderr);
    }

    [Fact]
    public void Json_prints_ranges_devices_and_permissions_as_the_kernel_does()
    {
        using var root = new FixtureRoot().Write("42/maps", Maps);

        var rows = JsonNode.Parse(Cli.Run("read", "42/maps", "--root", root.Path, "--json").Stdout)!.AsArray();

        Assert.Equal("55a821353000-55a821359000", (string?)rows[0]!["address"]);
        Assert.Equal("r--p", (string?)rows[0]!["permissions"]);
        Assert.Equal("254:0", (string?)rows[0]!["device"]);
        Assert.Null(rows[1]!["path"]);
    }
}
