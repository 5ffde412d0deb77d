using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using ProcGen.Specs;

namespace ProcGen.Tests.Runtime;

/// <summary>
/// A real zombie on the live system (a child the test creates, never another process): its directory stays, but
/// files that need its namespaces or memory are gone. Each has a documented outcome, never an unexplained error.
/// </summary>
public class ZombieProcessTests
{
    [Fact]
    public void Zombie_mounts_are_not_found_and_maps_is_empty()
    {
        // The shell's background sleep exits at once; the exec'd sleep never reaps it.
        using var parent = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "sleep 0 & exec sleep 30"]))!;
        try
        {
            var fs = ProcFs.Default;
            int zombie = WaitForZombieChild(fs, parent.Id);

            var mountInfo = fs.Process(zombie).TryReadMountInfo();
            Assert.Equal(ProcReadStatus.NotFound, mountInfo.Status);
            var error = Assert.Throws<ProcFileNotFoundException>(() => fs.Process(zombie).Mounts());
            Assert.Contains("zombie", error.Message);
            Assert.Empty(fs.Process(zombie).Maps());
            Assert.NotEmpty(fs.Process(zombie).Limits());
        }
        finally
        {
            parent.Kill();
            parent.WaitForExit();
        }
    }

    private static int WaitForZombieChild(ProcFs fs, int parentPid)
    {
        // Generous: a loaded CI machine may take seconds to start the shell and its child.
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            foreach (int pid in fs.EnumeratePids())
            {
                var stat = fs.Process(pid).TryReadStat();
                if (stat.IsOk && stat.Value.ParentPid == parentPid && stat.Value.State == ProcessState.Zombie)
                    return pid;
            }
            Thread.Sleep(50);
        }
        throw new TimeoutException("the child did not become a zombie within 30 s");
    }
}
