using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Processes;

/// <summary>
/// Enumerating while hundreds of processes start and die: no exception may escape, and processes that live
/// through it must be seen in every round.
/// </summary>
public class ChurnTests
{
    [Fact]
    public void Enumeration_survives_hundreds_of_short_lived_processes()
    {
        const int Spawns = 300; // per churner; each round starts two processes and kills one of them
        using var stable1 = ChildProcess.Sleep();
        using var stable2 = ChildProcess.Sleep();
        using var stable3 = ChildProcess.Sleep();
        int[] stable = [stable1.Pid, stable2.Pid, stable3.Pid];
        // The churners run at least Spawns rounds and then until the test has caught one of their children
        // alive: on a fast machine 300 rounds can end before the first snapshot, which would test nothing.
        string stopFile = Path.Combine(Path.GetTempPath(), $"procgen-churn-{Guid.NewGuid():N}");
        var script = $"i=0; while [ $i -lt {Spawns} ] || [ ! -e '{stopFile}' ]; do /bin/sleep 10 & kill $!; /bin/true; i=$((i+1)); done; wait; exit 0";
        using var churner1 = ChildProcess.Shell(script);
        using var churner2 = ChildProcess.Shell(script);

        var clock = Stopwatch.StartNew();
        int rounds = 0, vanished = 0, churnSeen = 0;
        try
        {
            while (rounds < 20 || !churner1.Process.HasExited || !churner2.Process.HasExited)
            {
                if (rounds >= 20 && churnSeen > 0 && !File.Exists(stopFile))
                    File.WriteAllText(stopFile, "");
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(45), $"churn did not end: {rounds} rounds");
                var snapshot = ProcFs.Default.TakeProcessSnapshot();
                vanished += snapshot.Vanished;
                foreach (int pid in stable)
                    Assert.True(snapshot.Find(pid) is { Comm: "sleep" }, $"round {rounds}: long-lived {pid} missing");

                // Lazy reads of processes that may be dying right now: statuses, never exceptions.
                foreach (var process in snapshot)
                {
                    bool churned = process.ParentPid == churner1.Pid || process.ParentPid == churner2.Pid;
                    if (!churned && rounds % 5 != 0) continue;
                    if (churned) churnSeen++;
                    _ = process.CommandLine.Status;
                    _ = process.Environment.Status;
                    _ = process.Status.Status;
                    _ = process.Exe.Status;
                    _ = process.Cwd.Status;
                    _ = process.Io.Status;
                    _ = process.FileDescriptors.Status;
                    _ = process.ExeName;
                    _ = process.IsAlive;
                    _ = process.Threads().Count();
                }
                _ = snapshot.Tree.Roots.Sum(r => r.Descendants.Count());
                rounds++;
            }
        }
        finally
        {
            File.WriteAllText(stopFile, "");
            churner1.Process.WaitForExit(10_000);
            churner2.Process.WaitForExit(10_000);
            File.Delete(stopFile);
        }

        Assert.Equal(0, churner1.Process.ExitCode);
        Assert.Equal(0, churner2.Process.ExitCode);
        Assert.True(churnSeen > 0, "no short-lived process was ever caught alive: the test churned nothing");
        Assert.All(stable, pid => Assert.True(ProcFs.Default.GetProcess(pid).IsAlive));
    }
}
