using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ProcGen.Cli.Tests;

/// <summary><c>procgen ps</c>, <c>tree</c>, <c>memory</c> and <c>env</c> on a hand-made root, plus a look at the live system.</summary>
public class ProcessCommandTests
{
    // RSS is shown in KiB from pages: the page size is the running host's, as for /proc itself.
    private static readonly long PageKiB = Environment.SystemPageSize / 1024;

    private static void AssertExit(int expected, CliResult result) => Assert.True(result.ExitCode == expected, result.ToString());

    private static string[] Lines(CliResult result) => result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string[] Fields(string line) => Regex.Split(line.Trim(), @"\s{2,}");

    private static string[] Row(CliResult result, int pid)
        => Lines(result).Skip(1).Select(Fields).Single(f => f[0] == pid.ToString(CultureInfo.InvariantCulture));

    private static int[] Pids(CliResult result)
        => Lines(result).Skip(1).Select(l => int.Parse(Fields(l)[0], CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void Ps_lists_every_process_like_ps_eo()
    {
        using var root = ProcessFixtureRoot.Create();
        var result = Cli.Run("ps", "--root", root.Path);

        AssertExit(0, result);
        Assert.Equal(["PID", "PPID", "USER", "STAT", "RSS", "ELAPSED", "COMMAND", "ARGS"], Fields(Lines(result)[0]));
        Assert.Equal([1, 2, 42, 43, 44], Pids(result));
        Assert.Equal(["1", "0", "root", "Ss", $"{300 * PageKiB}", "16:39", "init", "/sbin/init splash"], Row(result, 1));
        Assert.Equal(["2", "0", "root", "Ss", "0", "16:39", "kthreadd", "[kthreadd]"], Row(result, 2));
        Assert.Equal(["42", "1", "root", "Ss+", $"{1000 * PageKiB}", "10:00", "bash", "-bash"], Row(result, 42));
        Assert.Equal(["43", "42", "root", "Z+", "0", "08:20", "worker", "[worker] <defunct>"], Row(result, 43));
        Assert.Equal(["44", "42", "4000000", "Rl", $"{500 * PageKiB}", "00:10", "helper", "/usr/bin/helper --fast"], Row(result, 44));
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Ps_columns_line_up()
    {
        using var root = ProcessFixtureRoot.Create();
        var lines = Lines(Cli.Run("ps", "--root", root.Path));
        int argsColumn = lines[0].IndexOf("ARGS", StringComparison.Ordinal);
        Assert.All(lines.Skip(1), line => Assert.NotEqual(' ', line[argsColumn]));
        Assert.All(lines.Skip(1), line => Assert.Equal(' ', line[argsColumn - 1]));
    }

    [Theory]
    [InlineData(new[] { "--ppid", "42" }, new[] { 43, 44 })]
    [InlineData(new[] { "--pgrp", "42" }, new[] { 42, 43 })]
    [InlineData(new[] { "--tty", "pts/0" }, new[] { 42, 43 })]
    [InlineData(new[] { "--tty", "/dev/pts/0" }, new[] { 42, 43 })]
    [InlineData(new[] { "--user", "root" }, new[] { 1, 2, 42, 43 })]
    [InlineData(new[] { "--user", "4000000" }, new[] { 44 })]
    [InlineData(new[] { "--name", "helper" }, new[] { 44 })]
    [InlineData(new[] { "--name", "systemd" }, new[] { 1 })]       // the executable's name, not comm
    [InlineData(new[] { "--ppid", "42", "--user", "root" }, new[] { 43 })]
    [InlineData(new[] { "--tty", "tty1" }, new int[0])]
    public void Ps_filters(string[] filter, int[] expected)
    {
        using var root = ProcessFixtureRoot.Create();
        var result = Cli.Run(["ps", "--root", root.Path, .. filter]);
        AssertExit(0, result);
        Assert.Equal(expected, Pids(result));
    }

    [Theory]
    [InlineData("--user", "no-such-user-procgen")]
    [InlineData("--tty", "nonsense")]
    [InlineData("--ppid", "x")]
    public void Ps_rejects_filters_that_name_nothing(string option, string value)
    {
        using var root = ProcessFixtureRoot.Create();
        var result = Cli.Run("ps", "--root", root.Path, option, value);
        AssertExit(2, result);
        Assert.DoesNotContain("PPID", result.Stdout);      // no table; a parse error may print the usage
        Assert.NotEqual("", result.Stderr);
    }

    [Fact]
    public void Ps_json()
    {
        using var root = ProcessFixtureRoot.Create();
        var result = Cli.Run("ps", "--root", root.Path, "--json");

        AssertExit(0, result);
        var array = JsonNode.Parse(result.Stdout)!.AsArray();
        Assert.Equal(5, array.Count);
        var shell = array.Single(p => (int)p!["pid"]! == 42)!;
        Assert.Equal(1, (int)shell["ppid"]!);
        Assert.Equal("pts/0", (string?)shell["tty"]);
        Assert.Equal("root", (string?)shell["user"]);
        Assert.Equal(0, (int)shell["uid"]!);
        Assert.Equal("Ss+", (string?)shell["stat"]);
        Assert.Equal("Sleeping", (string?)shell["state"]);
        Assert.Equal(1000L * Environment.SystemPageSize, (long)shell["rss"]!);
        Assert.Equal(600.0, (double)shell["elapsedSeconds"]!, precision: 6);
        Assert.Equal(2.0, (double)shell["cpuSeconds"]!, precision: 6);     // 150 + 50 ticks at USER_HZ 100
        Assert.Equal("bash", (string?)shell["exeName"]);
        Assert.Equal(["-bash"], shell["args"]!.AsArray().Select(a => a!.GetValue<string>()).ToArray());
        var zombie = array.Single(p => (int)p!["pid"]! == 43)!;
        Assert.Equal("Zombie", (string?)zombie["state"]);
        Assert.Null(zombie["args"]);
        Assert.True((bool)array.Single(p => (int)p!["pid"]! == 2)!["kernelThread"]!);
        Assert.Null(array.Single(p => (int)p!["pid"]! == 2)!["tty"]);
    }

    [Fact]
    public void Ps_on_a_missing_root_is_not_found()
    {
        var result = Cli.Run("ps", "--root", "/nonexistent/procgen-root");
        AssertExit(3, result);
        Assert.Contains("/nonexistent/procgen-root", result.Stderr);
    }

    [Fact]
    public void Tree_draws_like_pstree_p()
    {
        using var root = ProcessFixtureRoot.Create();
        var result = Cli.Run("tree", "--root", root.Path);

        AssertExit(0, result);
        Assert.Equal(
            "init(1)───bash(42)─┬─worker(43)\n" +
            "                   └─helper(44)\n" +
            "kthreadd(2)\n",
            result.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Tree_of_one_process_in_ascii()
    {
        using var root = ProcessFixtureRoot.Create();
        var result = Cli.Run("tree", "42", "--root", root.Path, "--ascii");

        AssertExit(0, result);
        Assert.Equal("bash(42)-+-worker(43)\n         `-helper(44)\n", result.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Tree_draws_middle_children_and_deeper_levels()
    {
        using var root = ProcessFixtureRoot.Create();
        // A third child of bash between the two, with a child of its own.
        root.Write("43/stat", "43 (worker) S 42 42 42 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 50000 0 0 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n");
        root.Write("45/stat", "45 (sub) S 43 42 42 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 60000 0 0 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n");
        root.Write("46/stat", "46 (last) S 42 42 42 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 60000 0 0 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n");

        var result = Cli.Run("tree", "42", "--root", root.Path);

        Assert.Equal(
            "bash(42)─┬─worker(43)───sub(45)\n" +
            "         ├─helper(44)\n" +
            "         └─last(46)\n",
            result.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Tree_json_nests_children()
    {
        using var root = ProcessFixtureRoot.Create();
        var result = Cli.Run("tree", "1", "--root", root.Path, "--json");

        AssertExit(0, result);
        var init = JsonNode.Parse(result.Stdout)!.AsObject();
        Assert.Equal(1, (int)init["pid"]!);
        var bash = init["children"]!.AsArray().Single()!;
        Assert.Equal("bash", (string?)bash["comm"]);
        Assert.Equal([43, 44], bash["children"]!.AsArray().Select(c => (int)c!["pid"]!).ToArray());
    }

    [Fact]
    public void Tree_of_a_missing_pid_is_not_found()
    {
        using var root = ProcessFixtureRoot.Create();
        var result = Cli.Run("tree", "999", "--root", root.Path);
        AssertExit(3, result);
        Assert.Contains("999", result.Stderr);
    }

    [Fact]
    public void Memory_per_program()
    {
        using var root = ProcessFixtureRoot.Create();
        var result = Cli.Run("memory", "--root", root.Path);

        AssertExit(0, result);
        var rows = Lines(result).Select(Fields).ToArray();
        Assert.Equal(["EXE", "COUNT", "MIN_KIB", "AVG_KIB", "MEDIAN_KIB", "MAX_KIB", "TOTAL_KIB"], rows[0]);
        Assert.Equal(["bash", "helper", "systemd"], rows.Skip(1).Select(r => r[0]).ToArray());
        var kib = $"{500 * PageKiB}";
        Assert.Equal(["helper", "1", kib, kib, kib, kib, kib], rows[2]);

        var json = JsonNode.Parse(Cli.Run("memory", "bash", "--root", root.Path, "--json").Stdout)!.AsArray().Single()!;
        Assert.Equal(1, (int)json["count"]!);
        Assert.Equal(1000L * Environment.SystemPageSize, (long)json["maximumRss"]!);
        Assert.Equal([42], json["pids"]!.AsArray().Select(p => (int)p!).ToArray());

        var missing = Cli.Run("memory", "nginx", "--root", root.Path);
        AssertExit(3, missing);
        Assert.Contains("nginx", missing.Stderr);
    }

    [Fact]
    public void Env_finds_processes_with_all_the_variables()
    {
        using var root = ProcessFixtureRoot.Create();

        var both = Cli.Run("env", "FOO", "BAR", "--root", root.Path);
        AssertExit(0, both);
        Assert.Equal(["PID", "USER", "COMMAND", "FOO", "BAR"], Fields(Lines(both)[0]));
        Assert.Equal(["42", "root", "bash", "1", "x=y"], Fields(Lines(both).Single(l => l.StartsWith("42", StringComparison.Ordinal))));
        Assert.Equal(2, Lines(both).Length);

        var one = JsonNode.Parse(Cli.Run("env", "FOO", "--root", root.Path, "--json").Stdout)!.AsArray();
        Assert.Equal([42, 44], one.Select(m => (int)m!["pid"]!).ToArray());
        Assert.Equal("2", (string?)one[1]!["variables"]!["FOO"]);

        AssertExit(3, Cli.Run("env", "NOPE", "--root", root.Path));
    }

    /// <summary>
    /// <c>procgen ps</c> against the system's <c>ps -e</c>: every process that <c>ps</c> shows identically before and
    /// after our snapshot (same parent, same name) must be in ours with that parent and name.
    /// </summary>
    [Fact]
    public void Ps_lists_the_same_pids_parents_and_commands_as_the_system_ps()
    {
        var before = SystemPs();
        var ours = JsonNode.Parse(AssertOk(Cli.Run("ps", "--json")).Stdout)!.AsArray()
            .ToDictionary(p => (int)p!["pid"]!, p => ((int)p!["ppid"]!, (string)p!["comm"]!));
        var after = SystemPs();

        var stable = before.Where(p => after.TryGetValue(p.Key, out var later) && later == p.Value).ToList();
        Assert.True(stable.Count >= 3, $"ps -e showed only {stable.Count} stable processes");
        foreach (var (pid, (ppid, comm)) in stable)
        {
            Assert.True(ours.TryGetValue(pid, out var mine), $"pid {pid} ({comm}) is in ps -e but not in procgen ps");
            Assert.Equal((ppid, comm), mine);
        }
        // And nothing we show is unknown to both ps runs except processes that live briefly (builds, this test's ps).
        var unseen = ours.Keys.Where(pid => !before.ContainsKey(pid) && !after.ContainsKey(pid)).ToList();
        Assert.True(unseen.Count <= ours.Count / 2, $"procgen ps shows {unseen.Count} pids ps -e never saw: {string.Join(", ", unseen)}");

        static Dictionary<int, (int, string)> SystemPs()
        {
            // comm last: it may contain spaces. ps prints it as the kernel's comm (at most 15 bytes), like ours.
            var start = new ProcessStartInfo("ps", "-e -o pid=,ppid=,comm=") { RedirectStandardOutput = true, UseShellExecute = false };
            using var ps = Process.Start(start)!;
            var output = ps.StandardOutput.ReadToEnd();
            ps.WaitForExit();
            var processes = new Dictionary<int, (int, string)>();
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var fields = line.Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
                processes[int.Parse(fields[0], CultureInfo.InvariantCulture)] =
                    (int.Parse(fields[1], CultureInfo.InvariantCulture), fields.Length > 2 ? fields[2].TrimStart() : "");
            }
            return processes;
        }
    }

    private static CliResult AssertOk(CliResult result)
    {
        AssertExit(0, result);
        return result;
    }

    [Fact]
    public void Ps_and_tree_on_the_live_system_show_a_child_of_this_process()
    {
        using var child = Process.Start(new ProcessStartInfo("/bin/sleep", "60") { UseShellExecute = false })!;
        try
        {
            int me = Environment.ProcessId;
            var ps = Cli.Run("ps", "--ppid", me.ToString(CultureInfo.InvariantCulture));
            AssertExit(0, ps);
            var row = Row(ps, child.Id);
            Assert.Equal(me.ToString(CultureInfo.InvariantCulture), row[1]);
            Assert.Equal("sleep", row[6]);
            Assert.EndsWith("sleep 60", row[7]);

            var tree = Cli.Run("tree", me.ToString(CultureInfo.InvariantCulture));
            AssertExit(0, tree);
            Assert.Contains($"sleep({child.Id})", tree.Stdout);
            Assert.Contains($"({me})", Lines(tree)[0]);
        }
        finally
        {
            child.Kill();
            child.WaitForExit();
        }
    }
}
