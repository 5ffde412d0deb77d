using System.IO;
using System.Linq;
using ProcGen.Specs;
using ProcGen.Tests.Runtime;

namespace ProcGen.Tests.Processes;

/// <summary>Edge cases the captured tree does not show, on proc roots written by the test.</summary>
public class HandMadeRootTests
{
    [Fact]
    public void A_zombie_has_no_cmdline_exe_environ_cwd_or_fds_but_has_status()
    {
        using var root = new TempProcRoot()
            .Process(new StatLine(50, "worker", 'Z'), argv: null, environ: "");
        Directory.CreateDirectory(Path.Combine(root.Path, "50/fd"));
        var zombie = root.Fs.GetProcess(50);

        Assert.True(zombie.IsZombie);
        Assert.False(zombie.IsAlive);
        Assert.True(zombie.WaitForExit(System.TimeSpan.Zero));
        Assert.Equal(ProcReadStatus.NotApplicable, zombie.CommandLine.Status);
        Assert.Equal(ProcReadStatus.NotApplicable, zombie.Exe.Status);
        Assert.Equal(ProcReadStatus.NotApplicable, zombie.Environment.Status);
        Assert.Equal(ProcReadStatus.NotApplicable, zombie.Cwd.Status);
        Assert.Equal(ProcReadStatus.NotApplicable, zombie.FileDescriptors.Status);
        Assert.Equal(ProcessState.Zombie, zombie.Status.Value.State);
        Assert.Equal("worker", zombie.ExeName);
    }

    [Fact]
    public void A_process_that_becomes_a_zombie_after_it_was_read_is_not_applicable_then()
    {
        using var root = new TempProcRoot().Process(new StatLine(51, "late"), argv: null);
        var process = root.Fs.GetProcess(51);
        root.Process(new StatLine(51, "late", 'Z'));

        Assert.Equal(ProcessState.Sleeping, process.State);
        Assert.Equal(ProcReadStatus.NotApplicable, process.CommandLine.Status);
        Assert.False(process.IsAlive);
    }

    [Fact]
    public void A_live_process_with_an_empty_environment_has_an_empty_dictionary()
    {
        using var root = new TempProcRoot().Process(new StatLine(52, "envless"), ["envless"], environ: "");
        var environment = root.Fs.GetProcess(52).Environment;
        Assert.True(environment.IsOk);
        Assert.Empty(environment.Value);
    }

    [Fact]
    public void Environment_keeps_the_first_of_repeated_names()
    {
        using var root = new TempProcRoot().Process(new StatLine(53, "e"), ["e"], environ: "A=1\nB=x=y\nA=2\nBARE\n");
        var environment = root.Fs.GetProcess(53).Environment.Value;
        Assert.Equal("1", environment["A"]);
        Assert.Equal("x=y", environment["B"]);
        Assert.Equal("", environment["BARE"]);
        Assert.Equal(3, environment.Count);
    }

    [Fact]
    public void A_process_gone_after_it_was_read_is_gone_for_lazy_reads()
    {
        using var root = new TempProcRoot().Process(new StatLine(54, "brief"), ["brief"]);
        var process = root.Fs.GetProcess(54);
        Directory.Delete(Path.Combine(root.Path, "54"), recursive: true);

        Assert.Equal(ProcReadStatus.ProcessGone, process.CommandLine.Status);
        Assert.Equal(ProcReadStatus.ProcessGone, process.Status.Status);
        Assert.Equal(ProcReadStatus.ProcessGone, process.FileDescriptors.Status);
        Assert.False(process.IsAlive);
        Assert.Equal(ProcReadStatus.ProcessGone, process.Refresh().Status);
    }

    [Fact]
    public void A_reused_pid_is_not_the_same_process()
    {
        using var root = new TempProcRoot().Process(new StatLine(55, "old") { StartTicks = 100 }, argv: null);
        var old = root.Fs.GetProcess(55);
        root.Process(new StatLine(55, "new") { StartTicks = 900 }, argv: null);

        Assert.False(old.IsAlive);
        Assert.Equal(ProcReadStatus.ProcessGone, old.CommandLine.Status);
        Assert.Equal(ProcReadStatus.ProcessGone, old.Refresh().Status);
    }

    [Fact]
    public void Exe_path_falls_back_to_an_absolute_argv0_then_to_comm()
    {
        using var root = new TempProcRoot()
            .Process(new StatLine(60, "linked"), ["whatever"], exe: "/opt/app/bin/linked-real (deleted)")
            .Process(new StatLine(61, "absolute"), ["/usr/libexec/absolute-helper", "--x"])
            .Process(new StatLine(62, "relative-nam"), ["relative-name-on-path"])
            .Process(new StatLine(63, "dotslash"), ["./bin/tool"]);

        Assert.Equal("/opt/app/bin/linked-real", root.Fs.GetProcess(60).ExePath);
        Assert.Equal("linked-real", root.Fs.GetProcess(60).ExeName);
        Assert.Equal("/usr/libexec/absolute-helper", root.Fs.GetProcess(61).ExePath);
        Assert.Equal("absolute-helper", root.Fs.GetProcess(61).ExeName);
        // Not the running system's /proc: PATH lookups would ask the wrong file system.
        Assert.Null(root.Fs.GetProcess(62).ExePath);
        Assert.Equal("relative-nam", root.Fs.GetProcess(62).ExeName);
        Assert.Null(root.Fs.GetProcess(63).ExePath);
        Assert.Equal("dotslash", root.Fs.GetProcess(63).ExeName);
    }

    [Fact]
    public void Enumeration_skips_and_counts_processes_that_vanish_between_listing_and_reading()
    {
        using var root = new TempProcRoot()
            .Process(new StatLine(70, "a")).Process(new StatLine(71, "b")).Process(new StatLine(72, "c"))
            .File("73/comm", "no stat\n")          // a directory being torn down
            .File("meminfo", "MemTotal: 1 kB\n")
            .File("sys/x", "not a process\n");
        var counts = new ProcessEnumerationCounts();
        using var processes = root.Fs.EnumerateProcesses(counts).GetEnumerator();

        Assert.True(processes.MoveNext());
        var first = processes.Current.Pid;
        foreach (var pid in new[] { 70, 71, 72 }.Where(p => p != first))
            Directory.Delete(Path.Combine(root.Path, pid.ToString()), recursive: true);
        var rest = 0;
        while (processes.MoveNext()) rest++;

        Assert.Equal(0, rest);
        Assert.Equal(4, counts.Listed);
        Assert.Equal(1, counts.Returned);
        Assert.Equal(3, counts.Vanished);
    }

    [Fact]
    public void Threads_are_read_from_the_task_directory()
    {
        using var root = new TempProcRoot().Process(new StatLine(80, "threaded") { Threads = 3 }, ["threaded"]);
        foreach (var tid in new[] { 80, 81, 83 })
            root.File($"80/task/{tid}/stat", new StatLine(tid, tid == 80 ? "threaded" : "worker-" + tid).ToString());
        root.File("80/task/82/comm", "exiting\n");  // a thread that ended after the listing

        var counts = new ProcessEnumerationCounts();
        var threads = root.Fs.GetProcess(80).Threads(counts).OrderBy(t => t.Pid).ToList();

        Assert.Equal([80, 81, 83], threads.Select(t => t.Pid).ToArray());
        Assert.All(threads, t => Assert.Equal(80, t.ThreadGroupId));
        Assert.All(threads, t => Assert.True(t.IsThread));
        Assert.Equal("worker-81", threads[1].Comm);
        Assert.Equal(1, counts.Vanished);
    }

    [Fact]
    public void The_tree_refuses_links_that_would_close_a_loop()
    {
        // Pid reuse can make two processes of one snapshot each other's parent; the later one cannot be a parent.
        using var root = new TempProcRoot()
            .Process(new StatLine(1, "init", ParentPid: 0) { StartTicks = 1 })
            .Process(new StatLine(90, "older", ParentPid: 91) { StartTicks = 500 })
            .Process(new StatLine(91, "newer", ParentPid: 90) { StartTicks = 700 })
            .Process(new StatLine(92, "same-a", ParentPid: 93) { StartTicks = 800 })
            .Process(new StatLine(93, "same-b", ParentPid: 92) { StartTicks = 800 });
        var tree = root.Fs.BuildProcessTree();

        Assert.Null(tree.Node(90)!.Parent);
        Assert.Equal(90, tree.Node(91)!.Parent!.Pid);
        Assert.Equal(1, tree.Nodes.Count(n => n.Pid is 92 or 93 && n.Parent is null));
        // 92 was linked under 93 first; 93 under 92 would close the loop, so 93 stays a root.
        Assert.Equal([1, 90, 93], tree.Roots.Select(n => n.Pid).ToArray());
        Assert.Equal(93, tree.Node(92)!.Parent!.Pid);
        Assert.All(tree.Nodes, n => Assert.True(n.Ancestors.Count() < 10));
        Assert.Equal(5, tree.Roots.Sum(r => 1 + r.Descendants.Count()));
    }

    [Fact]
    public void Descendants_are_depth_first_parents_before_children()
    {
        using var root = new TempProcRoot()
            .Process(new StatLine(1, "init", ParentPid: 0) { StartTicks = 1 })
            .Process(new StatLine(10, "a") { StartTicks = 2 })
            .Process(new StatLine(11, "a1", ParentPid: 10) { StartTicks = 3 })
            .Process(new StatLine(12, "a1x", ParentPid: 11) { StartTicks = 4 })
            .Process(new StatLine(20, "b") { StartTicks = 2 })
            .Process(new StatLine(21, "b1", ParentPid: 20) { StartTicks = 3 });
        var tree = root.Fs.BuildProcessTree();
        var init = tree.Node(1)!;

        Assert.Equal([10, 11, 12, 20, 21], init.Descendants.Select(n => n.Pid).ToArray());
        Assert.Equal([11, 21], init.Grandchildren.Select(n => n.Pid).ToArray());
        Assert.Equal([11, 10, 1], tree.Node(12)!.Ancestors.Select(n => n.Pid).ToArray());
        Assert.Equal(12, init.Find(comm: "a1x", recursive: true)!.Pid);
        Assert.Null(init.Find(comm: "a1x"));
        Assert.Equal([11, 21], init.FindAll(exeName: null, recursive: true).Where(n => n.Process.Comm.EndsWith('1')).Select(n => n.Pid).ToArray());
    }
}
