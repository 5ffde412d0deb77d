using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ProcGen.Specs;

namespace ProcGen.Cli.Tests;

public class ListCommandTests
{
    [Fact]
    public void Table_shows_template_format_and_record_of_known_files()
    {
        var result = Cli.Run("list");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(new Regex(@"^meminfo\s+KeyValue\s+Meminfo$", RegexOptions.Multiline), result.Stdout);
        Assert.Matches(new Regex(@"^\{pid\}/stat\s+Columnar\s+ProcessStat$", RegexOptions.Multiline), result.Stdout);
    }

    [Fact]
    public void Table_has_one_sorted_row_per_catalog_entry()
    {
        var lines = Cli.Run("list").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var paths = lines.Skip(1).Select(l => l.Split(' ')[0]).ToList();
        Assert.StartsWith("PATH", lines[0]);
        Assert.Equal(Catalog.Files.Count, paths.Count);
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
    }

    [Fact]
    public void Json_lists_every_entry_with_camel_case_fields()
    {
        var result = Cli.Run("list", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var entries = JsonNode.Parse(result.Stdout)!.AsArray().Select(n => n!.AsObject()).ToList();
        Assert.Equal(Catalog.Files.Count, entries.Count);
        var stat = Assert.Single(entries, e => (string?)e["path"] == "{pid}/stat");
        Assert.Equal("Columnar", (string?)stat["format"]);
        Assert.Equal("ProcGen.Specs.ProcessStat", (string?)stat["recordType"]);
    }
}
