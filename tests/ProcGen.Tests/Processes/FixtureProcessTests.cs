using System;
using System.IO;
using System.Linq;
using ProcGen.Specs;
using ProcGen.Tests.Runtime;

namespace ProcGen.Tests.Processes;

/// <summary>The process API over the captured tree of linux-6.18.44: pids 1, 2 (kthreadd), 4 (kworker) and 7325 (sleep).</summary>
public class FixtureProcessTests
{
    private static ProcFs Fs => Fixtures.Fs();

    [Fact]
    public void Enumerates_the_numeric_entries_only_and_counts_them()
    {
        var counts = new ProcessEnumerationCounts();
        var pids = Fs.EnumerateProcesses(counts).Select(p => p.Pid).Order().ToArray();

        // 31138 is the second sleep, captured later with the row files; its parent shell was not captured.
        Assert.Equal([1, 2, 4, 7325, 31138], pids);
        Assert.Equal(5, counts.Listed);
        Assert.Equal(5, counts.Returned);
        Assert.Equal(0, counts.Vanished);
        Assert.Equal(0, counts.Hidden);
    }

    [Fact]
    public void Stat_facts_in_real_units()
    {
        var init = Fs.GetProcess(1);
        Assert.Equal("process_api", init.Comm);
        Assert.Equal(ProcessState.Sleeping, init.State);
        Assert.Equal(0, init.ParentPid);
        Assert.Equal(3241UL * 4096, init.RssBytes);                // pages × the capture host's page size
        Assert.Equal(43364352UL, init.VirtualMemorySize);
        Assert.Equal(TimeSpan.FromSeconds(2.67), init.UserTime);   // 267 ticks at USER_HZ 100
        Assert.Equal(TimeSpan.FromSeconds(5.69), init.SystemTime);
        Assert.Equal(TimeSpan.FromSeconds(8.36), init.CpuTime);
        Assert.Equal(13L, init.ThreadCount);
        Assert.Equal(-10L, init.Nice);
        Assert.False(init.IsKernelThread);

        var sleep = Fs.GetProcess(Fixtures.SleepPid);
        Assert.Equal(7321, sleep.ProcessGroupId);
        Assert.Equal(4491, sleep.SessionId);
        Assert.True(sleep.Terminal.IsNone);
        Assert.Equal(381801UL, sleep.StartTimeTicks);
        Assert.Equal(sleep.Pid, sleep.ThreadGroupId);
        Assert.False(sleep.IsThread);
    }

    [Fact]
    public void Run_time_comes_from_the_roots_uptime()
    {
        // uptime 3824.34 s, started 381801 ticks = 3818.01 s after boot.
        var runTime = Fs.GetProcess(Fixtures.SleepPid).RunTime;
        Assert.NotNull(runTime);
        Assert.Equal(6.33, runTime.Value.TotalSeconds, precision: 6);
    }

    [Fact]
    public void Start_time_is_unknown_without_a_stat_file_and_exact_with_one()
    {
        Assert.Null(Fs.GetProcess(Fixtures.SleepPid).StartTime);

        using var root = new TempProcRoot()
            .File("stat", "cpu  1 2 3 4\nintr 5\nctxt 6\nbtime 1763789000\nprocesses 7\n")
            .Process(new StatLine(7, "x") { StartTicks = 12345 });
        var start = root.Fs.GetProcess(7).StartTime;
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1763789000) + TimeSpan.FromSeconds(123.45), start);
    }

    [Fact]
    public void Kernel_threads_have_no_exe_cmdline_environ_or_fds_but_have_cwd_and_io()
    {
        var kthreadd = Fs.GetProcess(2);
        Assert.True(kthreadd.IsKernelThread);
        Assert.True(Fs.GetProcess(4).IsKernelThread);

        Assert.Equal(ProcReadStatus.NotApplicable, kthreadd.Exe.Status);
        Assert.Equal(ProcReadStatus.NotApplicable, kthreadd.CommandLine.Status);  // the file is there, and empty
        Assert.Equal(ProcReadStatus.NotApplicable, kthreadd.Environment.Status);
        Assert.Equal(ProcReadStatus.NotApplicable, kthreadd.FileDescriptors.Status);
        Assert.Equal("/", kthreadd.Cwd.Value.Target);
        Assert.True(kthreadd.Io.IsOk);
        Assert.Equal(ProcReadStatus.NotApplicable, kthreadd.Maps.Status);  // no user memory
        Assert.Equal(16, kthreadd.Limits.Value.Count);
        Assert.Null(kthreadd.ExePath);
        Assert.Equal("kthreadd", kthreadd.ExeName);
        var e = Assert.Throws<ProcFileNotFoundException>(() => kthreadd.Exe.Value);
        Assert.Contains("not applicable", e.Message);
    }

    [Fact]
    public void Refused_files_of_an_ordinary_process_stay_not_found()
    {
        // The capture could not read init's exe, environ and fd/: init is no kernel thread, so those are
        // plain absences, not "not applicable".
        var init = Fs.GetProcess(1);
        Assert.Equal(ProcReadStatus.NotFound, init.Exe.Status);
        Assert.Equal(ProcReadStatus.NotFound, init.Environment.Status);
        Assert.Equal(ProcReadStatus.NotFound, init.FileDescriptors.Status);
        Assert.Equal("/process_api", init.ExePath);               // argv[0] is absolute
        Assert.Equal("process_api", init.ExeName);
    }

    [Fact]
    public void Lazy_reads_of_an_ordinary_process()
    {
        var sleep = Fs.GetProcess(Fixtures.SleepPid);

        Assert.Equal(["sleep", "1000"], sleep.CommandLine.Value.Arguments);
        var environment = sleep.Environment.Value;
        Assert.Equal(4, environment.Count);
        Assert.Equal("a=b=c", environment["PROCGEN_NOTE"]);
        Assert.Equal("/usr/bin:/bin", environment["PATH"]);
        Assert.Equal("/usr/bin/sleep", sleep.Exe.Value.Path);
        Assert.Equal("/usr/bin/sleep", sleep.ExePath);
        Assert.Equal("sleep", sleep.ExeName);
        Assert.Equal("/tmp/pgcap", sleep.Cwd.Value.Target);
        Assert.Equal("/", sleep.Root.Value.Target);
        Assert.Equal(1812UL * 1024, sleep.Status.Value.VmRss);
        Assert.True(sleep.Io.IsOk);
        Assert.Equal(new IdSet(0, 0, 0, 0), sleep.UserIds.Value);
        Assert.Equal(new IdSet(0, 0, 0, 0), sleep.GroupIds.Value);

        // The capture of 7325 predates the row files; 31138 is the same kind of sleep, captured with them.
        var later = Fs.GetProcess(31138);
        Assert.Equal("/usr/bin/sleep", later.Maps.Value[0].Path);
        Assert.Same(later.Maps.Value, later.Maps.Value);  // read once
        Assert.Equal(20000UL, later.Limits.Value.Single(l => l.Name == "Max open files").Soft);
        Assert.Equal("/process_api/1315304a7c9208479015bca1423d38f0", later.Cgroups.Value.Single(c => c.Controllers == "memory").Path);
        Assert.Equal(ProcReadStatus.NotFound, sleep.Maps.Status);

        var fds = sleep.FileDescriptors.Value;
        Assert.Equal([0, 1, 2, 3, 4, 10, 251], fds.Keys.ToArray());
        Assert.Equal("/tmp/pgcap/scratch.tmp (deleted)", fds[4].Target);
        Assert.True(fds[251].IsPipe);
    }

    [Fact]
    public void Lazy_reads_are_cached_and_cwd_is_not()
    {
        using var root = new TempProcRoot().Process(new StatLine(9, "w"), ["w", "1"]).Link("9/cwd", "/first");
        var process = root.Fs.GetProcess(9);
        Assert.Equal(["w", "1"], process.CommandLine.Value.Arguments);
        Assert.Equal("/first", process.Cwd.Value.Target);

        File.WriteAllText(Path.Combine(root.Path, "9/cmdline"), "w\0changed\0");
        File.Delete(Path.Combine(root.Path, "9/cwd"));
        root.Link("9/cwd", "/second");

        Assert.Equal(["w", "1"], process.CommandLine.Value.Arguments);
        Assert.Equal("/second", process.Cwd.Value.Target);
        Assert.Equal(["w", "changed"], process.Refresh().Value.CommandLine.Value.Arguments);
    }

    [Fact]
    public void User_and_group_names_come_from_the_user_database()
    {
        // uid and gid 0 are root on every Linux system.
        var names = Fs.GetProcess(Fixtures.SleepPid).UserNames.Value;
        Assert.Equal(new IdNames("root", "root", "root", "root"), names);
        Assert.Equal("root", Fs.GetProcess(Fixtures.SleepPid).GroupNames.Value.Effective);
        Assert.Equal("root", UserDatabase.UserName(0));
        Assert.True(UserDatabase.TryGetUserId("root", out uint uid));
        Assert.Equal(0u, uid);
        Assert.False(UserDatabase.TryGetUserId("no-such-user-procgen", out _));
        Assert.Null(UserDatabase.UserName(3_999_999_999));
        Assert.Equal("3999999999", UserDatabase.UserNameOrId(3_999_999_999));
    }

    [Fact]
    public void Tree_of_the_fixture()
    {
        var tree = Fs.BuildProcessTree();

        Assert.Equal([1, 2, 31138], tree.Roots.Select(n => n.Pid).ToArray());  // 31138's parent was not captured
        Assert.Equal([7325], tree.Node(1)!.Children.Select(n => n.Pid).ToArray());
        Assert.Equal([4], tree.Node(2)!.Children.Select(n => n.Pid).ToArray());
        Assert.Equal([2], tree.Node(4)!.Ancestors.Select(n => n.Pid).ToArray());
        Assert.Empty(tree.Node(1)!.Grandchildren);
        Assert.Same(tree.Node(1), tree.Node(7325)!.Parent);
        Assert.Null(tree.Node(1)!.Parent);

        Assert.Equal(7325, tree.Find(exeName: "sleep")!.Pid);
        Assert.Equal(7325, tree.Find(exePath: "/usr/bin/sleep")!.Pid);
        Assert.Equal(4, tree.Node(2)!.Find(comm: "kworker/R-rcu_gp")!.Pid);
        Assert.Null(tree.Node(2)!.Find(comm: "sleep", recursive: true));
        Assert.Null(tree.Find(pid: 7325, comm: "bash"));
        Assert.Equal([1, 2, 4, 7325, 31138], tree.FindAll().Select(n => n.Pid).Order().ToArray());
        Assert.Equal([7325, 31138], tree.FindAll(exeName: "sleep").Select(n => n.Pid).Order().ToArray());
    }

    [Fact]
    public void Filters_on_the_fixture()
    {
        var snapshot = Fs.TakeProcessSnapshot();

        Assert.Equal([4], snapshot.Pids(ProcessFilter.ParentPid(2)));
        Assert.Equal([7325], snapshot.Pids(ProcessFilter.ParentPid(1)));
        Assert.Equal([7325], snapshot.Pids(ProcessFilter.ProcessGroup(7321)));
        Assert.Equal([7325], snapshot.Pids(ProcessFilter.Session(4491)));
        Assert.Equal([1, 2, 4, 7325, 31138], snapshot.Pids(ProcessFilter.EffectiveUser(0)));
        Assert.Equal([31138], snapshot.Pids(ProcessFilter.Session(26073)));
        Assert.Empty(snapshot.Pids(ProcessFilter.RealUser(1000)));
        Assert.Empty(snapshot.Pids(ProcessFilter.Terminal(TerminalDevice.FromTtyNumber(34816))));
        Assert.Equal([7325, 31138], snapshot.Pids(ProcessFilter.Name("sleep").And(ProcessFilter.EffectiveUser(0))));
        Assert.Equal([2, 4], Fs.ListPids(ProcessFilter.Where("kernel threads", p => p.IsKernelThread)));
    }

    [Fact]
    public void Signals_need_the_running_systems_proc()
    {
        var sleep = Fs.GetProcess(Fixtures.SleepPid);
        var e = Assert.Throws<InvalidOperationException>(sleep.Terminate);
        Assert.Contains("not from the running system's /proc", e.Message);
    }

    [Fact]
    public void Is_alive_on_a_captured_tree_means_captured_running()
    {
        Assert.True(Fs.GetProcess(Fixtures.SleepPid).IsAlive);
        Assert.False(Fs.GetProcess(Fixtures.SleepPid).WaitForExit(TimeSpan.Zero));
    }

    [Fact]
    public void A_missing_process_is_gone()
    {
        Assert.Equal(ProcReadStatus.ProcessGone, Fs.TryGetProcess(99999).Status);
        Assert.Throws<ProcessNotFoundException>(() => Fs.GetProcess(99999));
    }

    [Fact]
    public void Threads_of_a_fixture_without_task_directories_are_none()
        => Assert.Empty(Fs.GetProcess(Fixtures.SleepPid).Threads());
}
