using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ProcGen;
using ProcGen.Specs;

namespace ProcGen.Tests.Runtime;

public class ProcFsTests
{
    [Fact]
    public void Reads_a_declared_file_through_any_root()
    {
        using var root = new TempProcRoot().File("meminfo", "MemTotal:       16384 kB\nMemFree:  1 kB\n");
        Assert.Equal(16384UL * 1024, root.Fs.TotalMemory().MemTotal);
        Assert.Equal(16384UL * 1024, root.Fs.Read<TotalMemory>("meminfo").MemTotal);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(70_000)]
    [InlineData(3_000_000)]
    public void Reads_files_of_any_size_completely(int size)
    {
        // Sizes around the buffer's growth points: the reader must restart, not truncate or stitch.
        var content = new byte[size];
        for (int i = 0; i < size; i++) content[i] = (byte)('a' + i % 26);
        using var root = new TempProcRoot().File("big", content);
        Assert.Equal(content, root.Fs.ReadAllBytes("big"));
    }

    [Fact]
    public void Reads_size_zero_kernel_files_completely()
    {
        // /proc files report size 0; a reader trusting the size would return nothing.
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);
        var text = Encoding.UTF8.GetString(ProcFs.Default.ReadAllBytes("self/status"));
        Assert.StartsWith("Name:", text);
        Assert.Contains("\nVmRSS:", text);
        Assert.EndsWith("\n", text);
    }

    [Fact]
    public void A_missing_file_is_not_found_as_exception_and_status()
    {
        using var root = new TempProcRoot();
        var e = Assert.Throws<ProcFileNotFoundException>(() => root.Fs.Meminfo());
        Assert.Equal(root.Path + "/meminfo", e.FilePath);
        Assert.IsNotType<ProcessNotFoundException>(e);

        var result = root.Fs.TryReadMeminfo();
        Assert.Equal(ProcReadStatus.NotFound, result.Status);
        Assert.False(result.IsOk);
        Assert.Throws<ProcFileNotFoundException>(() => result.Value);
    }

    [Fact]
    public void A_missing_file_in_an_existing_process_directory_is_not_found()
    {
        using var root = new TempProcRoot().File("42/comm", "x\n");
        Assert.Equal(ProcReadStatus.NotFound, root.Fs.Process(42).TryReadStat().Status);
    }

    [Fact]
    public void A_missing_process_directory_is_process_gone()
    {
        using var root = new TempProcRoot();
        Assert.Throws<ProcessNotFoundException>(() => root.Fs.Process(42).Stat());
        Assert.Equal(ProcReadStatus.ProcessGone, root.Fs.Process(42).TryReadStat().Status);
    }

    [Fact]
    public void A_process_that_exits_is_gone_on_the_live_kernel()
    {
        using var child = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        var directory = ProcFs.Default.Process(child.Id);
        Assert.Equal(child.Id, directory.Stat().Pid);

        child.Kill();
        child.WaitForExit(); // reaped: the directory disappears
        var result = directory.TryReadStat();
        Assert.Equal(ProcReadStatus.ProcessGone, result.Status);
        Assert.Throws<ProcessNotFoundException>(() => directory.Stat());
    }

    [Fact]
    public void A_live_kernel_thread_without_user_memory_is_not_a_vanished_process()
    {
        // kthreadd (pid 2) is alive, but reading its environ fails with ESRCH: that must not read as "exited".
        Assert.Equal("kthreadd", Encoding.UTF8.GetString(ProcFs.Default.ReadAllBytes("2/comm")).TrimEnd());
        var e = Assert.Throws<ProcFileNotFoundException>(() => ProcFs.Default.ReadAllBytes("2/environ"));
        Assert.IsNotType<ProcessNotFoundException>(e);
        Assert.Contains("kernel thread", e.Message);
    }

    [Fact]
    public void Boxed_reads_tell_a_vanished_process_from_a_missing_file()
    {
        using var root = new TempProcRoot().File("42/comm", "x\n");
        var stat = ProcGen.Specs.Catalog.Find("42/stat")!;
        Assert.IsType<ProcFileNotFoundException>(Assert.ThrowsAny<ProcFileNotFoundException>(() => root.Fs.ReadBoxed(stat, "42/stat")));
        var e = Assert.Throws<ProcessNotFoundException>(() => root.Fs.ReadBoxed(stat, "43/stat"));
        Assert.Equal(root.Path + "/43/stat", e.FilePath);
    }

    [Fact]
    public void Permission_denied_is_a_status_and_a_typed_error()
    {
        // Write-only sysctls refuse reads even to root (proc_sys_permission checks the mode for everyone).
        const string writeOnly = "sys/vm/compact_memory";
        Assert.True(File.Exists("/proc/" + writeOnly), "this kernel has no " + writeOnly);
        var e = Assert.Throws<ProcPermissionDeniedException>(() => ProcFs.Default.ReadAllBytes(writeOnly));
        Assert.Equal("/proc/" + writeOnly, e.FilePath);
    }

    [Fact]
    public void Parse_errors_name_the_file_they_came_from()
    {
        using var root = new TempProcRoot().File("meminfo", "MemTotal:  lots kB\n");
        var e = Assert.Throws<ProcParseException>(() => root.Fs.Meminfo());
        Assert.Equal(root.Path + "/meminfo", e.FilePath);
        Assert.Equal((1, 12), (e.Line, e.Column)); // the "l" of "lots"
        Assert.Contains(root.Path + "/meminfo:1:12:", e.Message);
    }

    [Fact]
    public void Symbolic_links_are_read_not_followed()
    {
        using var root = new TempProcRoot().File("7/comm", "x\n").Link("7/exe", "/usr/bin/does-not-exist (deleted)");
        Assert.Equal("/usr/bin/does-not-exist (deleted)", Encoding.UTF8.GetString(root.Fs.ReadAllBytes("7/exe", ProcEntryKind.SymbolicLink)));
    }

    [Fact]
    public void Long_link_targets_are_not_truncated()
    {
        var target = "/" + string.Join("/", Enumerable.Repeat("directory", 100));
        using var root = new TempProcRoot().Link("1/cwd", target);
        Assert.Equal(target, Encoding.UTF8.GetString(root.Fs.ReadAllBytes("1/cwd", ProcEntryKind.SymbolicLink)));
    }

    [Fact]
    public void Enumerates_only_numeric_entries()
    {
        using var root = new TempProcRoot().File("1/stat", "").File("42/stat", "").File("net/dev", "").File("007/stat", "").File("self/stat", "");
        Assert.Equal([1, 42], root.Fs.EnumeratePids().Order());
    }

    [Fact]
    public void Self_and_threads_are_process_directories()
    {
        Assert.Equal(Environment.ProcessId, ProcFs.Default.Self.Stat().Pid);
        var threads = ProcFs.Default.Self.EnumerateThreadIds().ToList();
        Assert.Contains(Environment.ProcessId, threads);
        Assert.Equal(Environment.ProcessId, ProcFs.Default.Self.Thread(Environment.ProcessId).Stat().Pid);
    }

    [Fact]
    public void Roots_normalise_trailing_slashes()
    {
        Assert.Equal("/proc", new ProcFs("/proc/").Root);
        Assert.Equal("/", new ProcFs("/").Root);
        Assert.Throws<ArgumentException>(() => new ProcFs(""));
    }
}

/// <summary>A declaration of the tests' own, so reader tests do not depend on which keys the catalog requires.</summary>
[ProcFile("meminfo"), KeyValue]
public sealed partial record TotalMemory
{
    [Key("MemTotal"), Kilobytes] public required ulong MemTotal { get; init; }
}
