using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ProcGen.Cli.Output;

namespace ProcGen.Cli.Tests;

/// <summary>The writers on a hand-made record, independent of what the catalog declares today.</summary>
public class OutputTests
{
    public enum Mode { Disabled, Strict, Filter }

    public sealed record Sample
    {
        public IdSet Uid { get; init; } = new(1, 2, 3, 4);
        public SlashPair SigQ { get; init; } = new(0, 96365);
        public RangeList Cpus { get; init; } = RangeList.TryParse("0-3,8"u8, out var cpus) ? cpus : RangeList.Empty;
        public EnvironmentVariable[] Environment { get; init; } = [new("A", "1"), new("B", "x=y"), new("BARE", null)];
        public IReadOnlyDictionary<string, ulong> Other { get; init; } = new Dictionary<string, ulong> { ["Active(anon)"] = 7 };
        public Mode Seccomp { get; init; } = Mode.Filter;
        public ulong? Missing { get; init; }
        public string Command { get; init; } = "line one\nline two";
        public TimeSpan Uptime => TimeSpan.FromSeconds(90);
        public int Broken => throw new InvalidOperationException("helper needs a host fact");
    }

    private static JsonObject Json(object record)
    {
        var writer = new StringWriter();
        JsonOutput.Write(record, writer);
        return JsonNode.Parse(writer.ToString())!.AsObject();
    }

    private static string Table(object record)
    {
        var writer = new StringWriter();
        TableOutput.Write(record, writer);
        return writer.ToString();
    }

    [Fact]
    public void Json_value_types_have_their_documented_shapes()
    {
        var json = Json(new Sample());

        Assert.Equal(JsonNode.Parse("""{"real":1,"effective":2,"savedSet":3,"fileSystem":4}"""), json["uid"], JsonNode.DeepEquals);
        Assert.Equal(JsonNode.Parse("""{"first":0,"second":96365}"""), json["sigQ"], JsonNode.DeepEquals);
        Assert.Equal("0-3,8", (string?)json["cpus"]);
        Assert.Equal(
            JsonNode.Parse("""[{"name":"A","value":"1"},{"name":"B","value":"x=y"},{"name":"BARE","value":null}]"""),
            json["environment"], JsonNode.DeepEquals);
    }

    [Fact]
    public void Json_keeps_dictionary_keys_and_writes_enums_as_names()
    {
        var json = Json(new Sample());

        Assert.Equal(7UL, (ulong)json["other"]!["Active(anon)"]!);
        Assert.Equal("Filter", (string?)json["seccomp"]);
        Assert.True(json.ContainsKey("missing"));
        Assert.Null(json["missing"]);
        Assert.Equal("line one\nline two", (string?)json["command"]);
    }

    [Fact]
    public void Json_leaves_out_properties_that_throw_and_keeps_computed_ones()
    {
        var json = Json(new Sample());

        Assert.False(json.ContainsKey("broken"));
        Assert.Equal("00:01:30", (string?)json["uptime"]);
    }

    [Fact]
    public void Table_expands_dictionaries_and_joins_arrays()
    {
        var table = Table(new Sample());

        Assert.Matches(new Regex(@"^Other\.Active\(anon\)\s+7$", RegexOptions.Multiline), table);
        Assert.Matches(new Regex(@"^Environment\s+A=1 B=x=y BARE$", RegexOptions.Multiline), table);
        Assert.Matches(new Regex(@"^Uid\s+1 2 3 4$", RegexOptions.Multiline), table);
        Assert.Matches(new Regex(@"^Cpus\s+0-3,8$", RegexOptions.Multiline), table);
        Assert.Matches(new Regex(@"^Missing\s+-$", RegexOptions.Multiline), table);
    }

    [Fact]
    public void Table_keeps_each_value_on_its_line_and_skips_throwing_properties()
    {
        var table = Table(new Sample());

        Assert.Matches(new Regex(@"^Command\s+line one\\nline two$", RegexOptions.Multiline), table);
        Assert.DoesNotContain("Broken", table);
    }

    [Fact]
    public void Table_of_rows_has_one_column_per_property()
    {
        var rows = new[] { new SlashPair(1, 2), new SlashPair(30, 4) };

        var lines = Table(rows).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // SlashPair is a scalar: one per line in its kernel notation.
        Assert.Equal(["1/2", "30/4"], lines);
    }

    public sealed record Device(string Name, ulong ReceiveBytes);

    [Fact]
    public void Table_of_records_is_a_column_table()
    {
        var lines = Table(new[] { new Device("lo", 100), new Device("eth0", 5) }).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["Name  ReceiveBytes", "lo    100", "eth0  5"], lines);
    }
}
