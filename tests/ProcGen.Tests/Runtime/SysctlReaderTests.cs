using System;
using System.IO;
using System.Linq;

namespace ProcGen.Tests.Runtime;

/// <summary>The generic <c>/proc/sys</c> reader: names, typed views, the walk.</summary>
public class SysctlReaderTests
{
    // A hand-made sys tree in the kernel's formats: one int, an int vector (tabs), a long beyond long.MaxValue, a
    // string with a blank, a UUID, a multi-line table, and a write-only trigger.
    private static TempProcRoot SysTree()
    {
        var root = new TempProcRoot()
            .File("sys/kernel/pid_max", "4194304\n")
            .File("sys/kernel/printk", "4\t4\t1\t7\n")
            .File("sys/kernel/panic", "-1\n")
            .File("sys/kernel/shmmax", "18446744073692774399\n")
            .File("sys/kernel/hostname", "build box\n")
            .File("sys/kernel/random/boot_id", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\n")
            .File("sys/fs/file-nr", "2048\t0\t9223372036854775807\n")
            .File("sys/dev/cdrom/info", "CD-ROM information, Id: cdrom.c 3.20 2003/12/17\n\ndrive name:\t\tsr0\n")
            .File("sys/net/ipv4/conf/eth0.100/rp_filter", "2\n")
            .File("sys/vm/compact_memory", "");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(root.Path, "sys/vm/compact_memory"), UnixFileMode.UserWrite);
        return root;
    }

    [Theory]
    [InlineData("kernel.pid_max", "kernel/pid_max")]
    [InlineData("kernel/pid_max", "kernel/pid_max")]
    [InlineData("net.ipv4.conf.eth0/100.rp_filter", "net/ipv4/conf/eth0.100/rp_filter")]
    [InlineData("net/ipv4/conf/eth0.100/rp_filter", "net/ipv4/conf/eth0.100/rp_filter")]
    [InlineData("fs.file-nr", "fs/file-nr")]
    public void Names_and_paths(string name, string path)
    {
        Assert.Equal(path, SysctlName.ToPath(name));
    }

    [Fact]
    public void Path_to_dotted_name_swaps_dots_and_slashes()
    {
        Assert.Equal("net.ipv4.conf.eth0/100.rp_filter", SysctlName.FromPath("net/ipv4/conf/eth0.100/rp_filter"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/proc/sys/kernel/pid_max")]
    [InlineData("../kernel/pid_max")]
    [InlineData("kernel/../../etc/passwd")]
    [InlineData("kernel..pid_max")]
    [InlineData("kernel/./pid_max")]
    [InlineData("kernel//pid_max")]
    [InlineData("kernel/pid_max\0")]
    public void Names_that_leave_proc_sys_are_rejected(string name)
    {
        using var root = SysTree();
        var error = Assert.Throws<ArgumentException>(() => root.Fs.Sys(name));
        Assert.Equal("name", error.ParamName);
        Assert.Throws<ArgumentException>(() => root.Fs.TryReadSys(name));
    }

    [Fact]
    public void Typed_views()
    {
        using var root = SysTree();
        var fs = root.Fs;

        var pidMax = fs.Sys("kernel.pid_max");
        Assert.Equal("kernel.pid_max", pidMax.Name);
        Assert.Equal("kernel/pid_max", pidMax.Path);
        Assert.Equal("4194304", pidMax.Text);
        Assert.Equal(4194304, pidMax.ToInt64());
        Assert.Equal(4194304, pidMax.ToInt32());
        Assert.True(pidMax.TryGetInt64(out long value) && value == 4194304);

        Assert.Equal(new long[] { 4, 4, 1, 7 }, fs.Sys("kernel/printk").ToInt64Array());
        Assert.Equal(new[] { "4", "4", "1", "7" }, fs.Sys("kernel/printk").Fields);
        Assert.Equal(new decimal[] { 4, 4, 1, 7 }, fs.Sys("kernel/printk").Numbers);
        Assert.Equal(-1, fs.Sys("kernel.panic").ToInt64());
        Assert.Equal(18446744073692774399UL, fs.Sys("kernel.shmmax").ToUInt64());
        Assert.Equal(new decimal[] { 18446744073692774399UL }, fs.Sys("kernel.shmmax").Numbers);
        Assert.False(fs.Sys("kernel.shmmax").TryGetInt64(out _));
        Assert.Equal(new ulong[] { 2048, 0, 9223372036854775807 }, fs.Sys("fs.file-nr").ToUInt64Array());
        Assert.Equal("build box", fs.Sys("kernel.hostname").Text);
        Assert.Null(fs.Sys("kernel.hostname").Numbers);
        Assert.Equal(Guid.Parse("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"), fs.Sys("kernel.random.boot_id").ToGuid());
        var info = fs.Sys("dev.cdrom.info");
        Assert.Equal(3, info.Lines.Length);
        Assert.Equal("drive name:\t\tsr0", info.Lines[2]);
        Assert.Equal(2, fs.Sys("net.ipv4.conf.eth0/100.rp_filter").ToInt32());
    }

    [Fact]
    public void Views_that_do_not_fit_throw_located_parse_errors()
    {
        using var root = SysTree();
        var fs = root.Fs;

        var hostname = Assert.Throws<ProcParseException>(() => fs.Sys("kernel.hostname").ToInt64());
        Assert.Equal((1, 1), (hostname.Line, hostname.Column));
        Assert.EndsWith("sys/kernel/hostname", hostname.FilePath);
        var printk = Assert.Throws<ProcParseException>(() => fs.Sys("kernel.printk").ToInt64());
        Assert.Equal((1, 3), (printk.Line, printk.Column));
        Assert.Throws<ProcParseException>(() => fs.Sys("kernel.panic").ToUInt64());
        Assert.Throws<ProcParseException>(() => fs.Sys("kernel.shmmax").ToInt32());
        Assert.Throws<ProcParseException>(() => fs.Sys("kernel.hostname").ToGuid());
        var info = Assert.Throws<ProcParseException>(() => fs.Sys("dev.cdrom.info").ToInt64Array());
        Assert.Equal(1, info.Line);
    }

    [Fact]
    public void Absent_knobs_are_a_status_or_a_typed_error()
    {
        using var root = SysTree();

        var result = root.Fs.TryReadSys("kernel.no_such_knob");
        Assert.Equal(ProcReadStatus.NotFound, result.Status);
        Assert.EndsWith("sys/kernel/no_such_knob", result.FilePath);
        Assert.Throws<ProcFileNotFoundException>(() => root.Fs.Sys("kernel.no_such_knob"));
        Assert.True(root.Fs.TryReadSys("kernel/pid_max").IsOk);
    }

    [Fact]
    public void Enumeration_is_sorted_skips_write_only_knobs_and_follows_a_prefix()
    {
        using var root = SysTree();

        var all = root.Fs.EnumerateSys().ToList();
        Assert.Equal(
            ["dev/cdrom/info", "fs/file-nr", "kernel/hostname", "kernel/panic", "kernel/pid_max", "kernel/printk",
             "kernel/random/boot_id", "kernel/shmmax", "net/ipv4/conf/eth0.100/rp_filter"],
            all.Select(e => e.Path));
        Assert.All(all, e => Assert.Equal(ProcReadStatus.Ok, e.Status));
        Assert.DoesNotContain(all, e => e.Path == "vm/compact_memory");

        Assert.Equal(["kernel/random/boot_id"], root.Fs.EnumerateSys("kernel.random").Select(e => e.Path));
        Assert.Equal(["kernel.pid_max"], root.Fs.EnumerateSys("kernel/pid_max").Select(e => e.Name));
        Assert.Throws<ProcFileNotFoundException>(() => root.Fs.EnumerateSys("abi").ToList());
        Assert.Throws<ArgumentException>(() => root.Fs.EnumerateSys("../etc"));
    }

    [Fact]
    public void Live_walk_reports_every_knob_without_throwing()
    {
        if (!Directory.Exists("/proc/sys/kernel")) return;
        var entries = ProcFs.Default.EnumerateSys("kernel").ToList();
        Assert.Contains(entries, e => e.Path == "kernel/pid_max" && e.Status == ProcReadStatus.Ok);
        Assert.All(entries, e => Assert.True(e.Status == ProcReadStatus.Ok ? e.Value is not null : e.Error is not null));
    }
}
