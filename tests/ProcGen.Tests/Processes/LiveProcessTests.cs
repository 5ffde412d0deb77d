using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Processes;

/// <summary>
/// The process API on the running kernel, against children the tests start: every assertion is about those
/// children (and this test process as their parent), never about the rest of the machine.
/// </summary>
public class LiveProcessTests
{
    private static ProcFs Fs => ProcFs.Default;

    private static int Me => Environment.ProcessId;

    [Fact]
    public void A_sleeping_child_is_enumerated_with_its_stat_facts_and_lazy_files()
    {
        var directory = Directory.CreateTempSubdirectory("procgen-child-").FullName;
        try
        {
            using var child = ChildProcess.Start("/bin/sleep", ["60"],
                new Dictionary<string, string> { ["PROCGEN_CHILD_MARK"] = "a=b" }, directory);
            // comm changes at execve, before the dynamic loader has faulted anything in; and the kernel's RSS
            // counters are per-CPU and folded in batches. Once sleep is asleep it has run to nanosleep.
            ChildProcess.WaitUntil(() => Fs.GetProcess(child.Pid).State == ProcessState.Sleeping, "the child sleeps");
            var counts = new ProcessEnumerationCounts();
            var process = Fs.EnumerateProcesses(counts).Single(p => p.Pid == child.Pid);

            Assert.True(counts.Returned > 1);
            Assert.Equal("sleep", process.Comm);
            Assert.Equal(Me, process.ParentPid);
            Assert.False(process.IsKernelThread);
            Assert.True(process.IsAlive);
            Assert.True(process.RssBytes > 0);
            Assert.Equal(0UL, process.RssBytes % (ulong)Environment.SystemPageSize);
            Assert.Equal(1L, process.ThreadCount);
            Assert.InRange(process.StartTime!.Value, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1));
            Assert.InRange(process.RunTime!.Value, TimeSpan.Zero, TimeSpan.FromMinutes(1));

            Assert.Equal("60", process.CommandLine.Value.Arguments[^1]);
            Assert.Equal(2, process.CommandLine.Value.Arguments.Length);
            Assert.Equal("a=b", process.Environment.Value["PROCGEN_CHILD_MARK"]);
            Assert.Equal(ExpectedSleepPath(), process.ExePath);
            Assert.Equal("sleep", process.ExeName);
            Assert.Equal(directory, process.Cwd.Value.Path);
            Assert.Equal("/", process.Root.Value.Path);
            Assert.Equal(child.Pid, process.Status.Value.Tgid);
            Assert.True(process.Io.IsOk);
            Assert.Equal(Environment.UserName, process.UserNames.Value.Effective);
            var fds = process.FileDescriptors.Value;
            Assert.Contains(0, fds.Keys);
            Assert.Contains(2, fds.Keys);
            Assert.Equal(Me, Fs.GetProcess(child.Pid).ParentPid);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Suspend_resume_terminate_and_wait_for_a_child()
    {
        using var child = ChildProcess.Sleep();
        var process = Fs.GetProcess(child.Pid);

        process.Suspend();
        ChildProcess.WaitUntil(() => Fs.GetProcess(child.Pid).State == ProcessState.Stopped, "the child is stopped");
        Assert.True(process.IsAlive);
        process.Resume();
        ChildProcess.WaitUntil(() => Fs.GetProcess(child.Pid).State != ProcessState.Stopped, "the child runs again");
        Assert.False(process.WaitForExit(TimeSpan.FromMilliseconds(50)));

        process.Terminate();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(10)));
        Assert.False(process.IsAlive);
        child.Process.WaitForExit();  // reaped: the pid no longer exists

        Assert.Equal(ProcReadStatus.ProcessGone, Fs.TryGetProcess(child.Pid).Status);
        var e = Assert.Throws<ProcessNotFoundException>(process.Kill);
        Assert.Contains($"kill({child.Pid}, SIGKILL)", e.Message);
        Assert.Equal(ProcReadStatus.ProcessGone, process.CommandLine.Status);
    }

    [Fact]
    public void Kill_ends_a_child_that_ignores_sigterm()
    {
        using var child = ChildProcess.Shell("trap '' TERM; while :; do sleep 0.05; done");
        const ulong SigTermBit = 1UL << (15 - 1);
        ChildProcess.WaitUntil(() => (Fs.GetProcess(child.Pid).Status.Value.SigIgn & SigTermBit) != 0, "the shell ignores SIGTERM");
        var process = Fs.GetProcess(child.Pid);

        process.Terminate();
        Assert.False(process.WaitForExit(TimeSpan.FromMilliseconds(300)));
        process.Kill();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void An_unreaped_zombie_child_is_not_alive_and_its_files_are_not_applicable()
    {
        // sh forks "sleep 0.1" and becomes "sleep 60", which never waits: the short sleep stays a zombie.
        using var child = ChildProcess.Shell("sleep 0.1 & exec sleep 60");
        ProcessTreeNode? zombieNode = null;
        ChildProcess.WaitUntil(() =>
        {
            zombieNode = Fs.BuildProcessTree().Node(child.Pid)?.Children.FirstOrDefault(n => n.Process.IsZombie);
            return zombieNode is not null;
        }, "the grandchild is a zombie");
        var zombie = zombieNode!.Process;

        Assert.Equal(child.Pid, zombie.ParentPid);
        Assert.Equal("sleep", zombie.Comm);
        Assert.False(zombie.IsAlive);
        Assert.True(zombie.WaitForExit(TimeSpan.Zero));
        Assert.Equal(ProcReadStatus.NotApplicable, zombie.CommandLine.Status);
        Assert.Equal(ProcReadStatus.NotApplicable, zombie.Exe.Status);
        Assert.Equal(ProcReadStatus.NotApplicable, zombie.Environment.Status);
        Assert.Equal(ProcReadStatus.NotApplicable, zombie.Cwd.Status);
        Assert.Equal(ProcReadStatus.NotApplicable, zombie.FileDescriptors.Status);
        Assert.Equal(ProcessState.Zombie, zombie.Status.Value.State);
        Assert.Equal(0UL, zombie.RssBytes);

        var tree = Fs.BuildProcessTree();
        Assert.Contains(zombie.Pid, tree.Node(Me)!.Grandchildren.Select(n => n.Pid));
        Assert.Equal([child.Pid, Me], tree.Node(zombie.Pid)!.Ancestors.Take(2).Select(n => n.Pid).ToArray());
    }

    [Fact]
    public void A_child_that_exits_during_enumeration_is_skipped_and_counted()
    {
        using var child = ChildProcess.Sleep();
        var counts = new ProcessEnumerationCounts();
        var seen = new List<int>();
        using (var processes = Fs.EnumerateProcesses(counts).GetEnumerator())
        {
            // The first step lists /proc (one getdents batch holds every pid here); the child dies after that.
            Assert.True(processes.MoveNext());
            seen.Add(processes.Current.Pid);
            child.Process.Kill();
            child.Process.WaitForExit();
            while (processes.MoveNext()) seen.Add(processes.Current.Pid);
        }

        Assert.DoesNotContain(child.Pid, seen);
        Assert.Contains(Me, seen);
        Assert.True(counts.Vanished >= 1, counts.ToString());
        Assert.Equal(counts.Listed, counts.Returned + counts.Vanished + counts.Hidden);
    }

    [Fact]
    public void A_child_with_a_changed_argv_is_found_by_its_real_executable()
    {
        using var child = ChildProcess.Start("python3", ["-c", "import os; os.execv('/bin/sleep', ['renamed-worker', '60'])"]);
        // comm changes early in execve, the argument area only when the new image is set up: wait for both.
        ChildProcess.WaitUntil(() => Fs.GetProcess(child.Pid) is { Comm: "sleep" } p
            && p.CommandLine.TryGetValue(out var argv) && argv.Arguments.Length == 2, "python has exec'd sleep");
        var process = Fs.GetProcess(child.Pid);

        Assert.Equal(["renamed-worker", "60"], process.CommandLine.Value.Arguments);
        Assert.Equal(ExpectedSleepPath(), process.ExePath);
        Assert.Equal("sleep", process.ExeName);

        var me = Fs.BuildProcessTree().Node(Me)!;
        Assert.Equal(child.Pid, me.Find(pid: child.Pid, exeName: "sleep")!.Pid);
        Assert.Contains(child.Pid, me.FindAll(exePath: ExpectedSleepPath()).Select(n => n.Pid));
        Assert.Null(me.Find(pid: child.Pid, exeName: "renamed-worker"));
    }

    [Fact]
    public void A_thread_heavy_child_lists_every_thread()
    {
        const int extra = 20;
        using var child = ChildProcess.Start("python3", ["-c",
            $"import threading, time\nfor _ in range({extra}): threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\nprint('ready', flush=True)\ntime.sleep(60)"]);
        ChildProcess.WaitUntil(() => Fs.GetProcess(child.Pid).ThreadCount == extra + 1, "all threads run");
        var process = Fs.GetProcess(child.Pid);

        var counts = new ProcessEnumerationCounts();
        var threads = process.Threads(counts).ToList();

        Assert.Equal(extra + 1, threads.Count);
        Assert.Equal(extra + 1, threads.Select(t => t.Pid).Distinct().Count());
        Assert.Contains(child.Pid, threads.Select(t => t.Pid));
        Assert.All(threads, t => Assert.Equal(child.Pid, t.ThreadGroupId));
        Assert.All(threads, t => Assert.True(t.IsThread));
        Assert.Equal(0, counts.Vanished);
        Assert.Equal(extra + 1, process.ThreadCount);
    }

    [Fact]
    public void Filters_select_the_children_by_parent_group_session_and_user()
    {
        using var first = ChildProcess.Sleep();
        using var second = ChildProcess.Sleep();
        var snapshot = Fs.TakeProcessSnapshot();
        var me = snapshot.Find(Me)!;
        var uid = me.UserIds.Value.Effective;

        var children = snapshot.Pids(ProcessFilter.ParentPid(Me));
        Assert.Contains(first.Pid, children);
        Assert.Contains(second.Pid, children);
        Assert.Contains(first.Pid, snapshot.Pids(ProcessFilter.Session(me.SessionId)));
        Assert.Contains(first.Pid, snapshot.Pids(ProcessFilter.ProcessGroup(snapshot.Find(first.Pid)!.ProcessGroupId)));
        Assert.Contains(first.Pid, snapshot.Pids(ProcessFilter.EffectiveUser(uid)));
        Assert.Contains(first.Pid, snapshot.Pids(ProcessFilter.RealUser(uid)));
        Assert.DoesNotContain(first.Pid, snapshot.Pids(ProcessFilter.EffectiveUser(uid + 12345)));
        Assert.DoesNotContain(first.Pid, snapshot.Pids(ProcessFilter.ParentPid(Me).And(ProcessFilter.Name("no-such-name"))));
        Assert.Contains(second.Pid, Fs.ListPids(ProcessFilter.ParentPid(Me).And(ProcessFilter.Name("sleep"))));
    }

    [Fact]
    public void Memory_statistics_and_environment_summaries_see_the_children()
    {
        var marker = new Dictionary<string, string> { ["PROCGEN_DISPLAY_TEST"] = ":42", ["PROCGEN_BUS_TEST"] = "unix:path=/tmp/bus" };
        using var a = ChildProcess.Start("/bin/sleep", ["60"], marker);
        using var b = ChildProcess.Sleep();
        using var c = ChildProcess.Sleep();
        var snapshot = Fs.TakeProcessSnapshot();

        var stats = ProcessSummaries.MemoryOf(snapshot, "sleep")!;
        Assert.True(stats.Count >= 3);
        Assert.Superset(new HashSet<int> { a.Pid, b.Pid, c.Pid }, stats.Pids.ToHashSet());
        foreach (var pid in new[] { a.Pid, b.Pid, c.Pid })
            Assert.InRange(snapshot.Find(pid)!.RssBytes, stats.MinimumRss, stats.MaximumRss);

        var match = Assert.Single(ProcessSummaries.WithEnvironment(snapshot, "PROCGEN_DISPLAY_TEST", "PROCGEN_BUS_TEST"));
        Assert.Equal(a.Pid, match.Process.Pid);
        Assert.Equal(":42", match.Variables["PROCGEN_DISPLAY_TEST"]);
    }

    [Fact]
    public void A_child_is_in_the_tree_below_this_process()
    {
        using var child = ChildProcess.Sleep();
        var tree = Fs.BuildProcessTree();
        var node = tree.Node(child.Pid)!;

        Assert.Equal(Me, node.Parent!.Pid);
        Assert.Contains(node, tree.Node(Me)!.Children);
        Assert.Contains(node, tree.Node(Me)!.Descendants);
        Assert.Contains(node.Ancestors.Last(), tree.Roots);
        Assert.Equal(child.Pid, tree.Node(Me)!.Find(pid: child.Pid)!.Pid);
    }

    private static string ExpectedSleepPath()
    {
        // /bin is a link to /usr/bin on merged-/usr systems; the kernel's exe link shows the resolved path.
        var bin = new DirectoryInfo("/bin");
        var resolved = bin.LinkTarget is null ? "/bin" : bin.ResolveLinkTarget(returnFinalTarget: true)!.FullName;
        return Path.Join(resolved, "sleep");
    }
}
