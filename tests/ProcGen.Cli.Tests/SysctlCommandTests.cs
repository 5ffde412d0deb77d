using System;
using System.IO;
using System.Text.Json.Nodes;

namespace ProcGen.Cli.Tests;

public class SysctlCommandTests
{
    private static void AssertExit(int expected, CliResult result) => Assert.True(result.ExitCode == expected, result.ToString());

    /// <summary>
    /// A hand-made sys tree in the kernel's formats: declared knobs (pid_max, printk with tabs, file-nr), an undeclared
    /// one, a multi-line table (dev/cdrom/info), an interface name with a dot, and a write-only trigger.
    /// </summary>
    private static FixtureRoot SysTree()
    {
        var root = new FixtureRoot()
            .Write("sys/kernel/pid_max", "4194304\n")
            .Write("sys/kernel/printk", "7\t4\t1\t7\n")
            .Write("sys/kernel/sched_child_runs_first", "0\n")
            .Write("sys/fs/file-nr", "2048\t0\t9223372036854775807\n")
            .Write("sys/dev/cdrom/info", "CD-ROM information, Id: cdrom.c 3.20 2003/12/17\n\ndrive name:\t\tsr0\n")
            .Write("sys/net/ipv4/conf/eth0.100/rp_filter", "2\n")
            .Write("sys/vm/drop_caches", "");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(System.IO.Path.Combine(root.Path, "sys/vm/drop_caches"), UnixFileMode.UserWrite);
        return root;
    }

    [Fact]
    public void Without_names_lists_every_readable_knob_sorted_like_sysctl_a()
    {
        using var root = SysTree();

        var result = Cli.Run("sysctl", "--root", root.Path);

        AssertExit(0, result);
        Assert.Equal(
            "dev.cdrom.info = CD-ROM information, Id: cdrom.c 3.20 2003/12/17\n" +
            "dev.cdrom.info = \n" +
            "dev.cdrom.info = drive name:\t\tsr0\n" +
            "fs.file-nr = 2048\t0\t9223372036854775807\n" +
            "kernel.pid_max = 4194304\n" +
            "kernel.printk = 7\t4\t1\t7\n" +
            "kernel.sched_child_runs_first = 0\n" +
            "net.ipv4.conf.eth0/100.rp_filter = 2\n",
            result.Stdout.Replace("\r\n", "\n"));
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Names_dotted_or_slashed_and_directories()
    {
        using var root = SysTree();

        var result = Cli.Run("sysctl", "kernel.pid_max", "fs/file-nr", "net.ipv4.conf.eth0/100.rp_filter", "--root", root.Path);
        AssertExit(0, result);
        Assert.Equal("kernel.pid_max = 4194304\nfs.file-nr = 2048\t0\t9223372036854775807\nnet.ipv4.conf.eth0/100.rp_filter = 2\n", result.Stdout);

        var kernel = Cli.Run("sysctl", "kernel", "--root", root.Path);
        AssertExit(0, kernel);
        Assert.Equal("kernel.pid_max = 4194304\nkernel.printk = 7\t4\t1\t7\nkernel.sched_child_runs_first = 0\n", kernel.Stdout);
    }

    [Fact]
    public void Json_is_an_object_of_name_and_text()
    {
        using var root = SysTree();

        var result = Cli.Run("sysctl", "kernel", "--json", "--root", root.Path);

        AssertExit(0, result);
        var json = JsonNode.Parse(result.Stdout)!.AsObject();
        Assert.Equal("4194304", (string?)json["kernel.pid_max"]);
        Assert.Equal("7\t4\t1\t7", (string?)json["kernel.printk"]);
        Assert.Equal(3, json.Count);
    }

    [Fact]
    public void Unknown_and_escaping_names_fail_with_their_exit_codes()
    {
        using var root = SysTree();

        var missing = Cli.Run("sysctl", "kernel.no_such_knob", "--root", root.Path);
        AssertExit(3, missing);
        Assert.Contains("kernel/no_such_knob", missing.Stderr);

        var escaping = Cli.Run("sysctl", "../../etc/passwd", "--root", root.Path);
        AssertExit(2, escaping);
        Assert.Contains("'..'", escaping.Stderr);

        var absolute = Cli.Run("sysctl", "/etc/passwd", "--root", root.Path);
        AssertExit(2, absolute);
    }

    [Fact]
    public void Read_uses_the_declaration_when_there_is_one()
    {
        using var root = SysTree();

        var result = Cli.Run("read", "sys/kernel/printk", "--json", "--root", root.Path);

        AssertExit(0, result);
        var json = JsonNode.Parse(result.Stdout)!.AsObject();
        Assert.Equal(7, (int)json["consoleLogLevel"]!);
        Assert.Equal(7, (int)json["defaultConsoleLogLevel"]!);
    }

    [Fact]
    public void Read_falls_back_to_the_generic_value_for_undeclared_knobs()
    {
        using var root = SysTree();

        var result = Cli.Run("read", "sys/kernel/sched_child_runs_first", "--json", "--root", root.Path);

        AssertExit(0, result);
        var json = JsonNode.Parse(result.Stdout)!.AsObject();
        Assert.Equal("kernel.sched_child_runs_first", (string?)json["name"]);
        Assert.Equal("0", (string?)json["text"]);
        Assert.Equal(0, (int)json["numbers"]![0]!);

        var table = Cli.Run("read", "sys/dev/cdrom/info", "--root", root.Path);
        AssertExit(0, table);
        Assert.Contains("dev.cdrom.info", table.Stdout);

        AssertExit(3, Cli.Run("read", "sys/kernel/nothing", "--root", root.Path));
        AssertExit(2, Cli.Run("read", "sys/../meminfo", "--root", root.Path));
    }
}
