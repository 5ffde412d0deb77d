using System.Linq;
using ProcGen.Specs;
using ProcGen.Tests.Runtime;

namespace ProcGen.Tests.Processes;

public class SummaryTests
{
    private static TempProcRoot Workers()
        => new TempProcRoot()
            .Process(new StatLine(1, "init", ParentPid: 0) { RssPages = 50 }, ["/sbin/init"], exe: "/sbin/init")
            .Process(new StatLine(2, "kthreadd", ParentPid: 0) { Flags = StatLine.KernelThreadFlags, RssPages = 0 })
            .Process(new StatLine(10, "apache2") { RssPages = 100 }, ["/usr/sbin/apache2", "-k", "start"], exe: "/usr/sbin/apache2",
                environ: "PATH=/bin\nDISPLAY=:0\nDBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus\n")
            .Process(new StatLine(11, "apache2", ParentPid: 10) { RssPages = 300 }, ["/usr/sbin/apache2"], exe: "/usr/sbin/apache2", environ: "DISPLAY=:1\n")
            .Process(new StatLine(12, "apache2", ParentPid: 10) { RssPages = 200 }, ["/usr/sbin/apache2"], exe: "/usr/sbin/apache2")
            .Process(new StatLine(13, "apache2", ParentPid: 10) { RssPages = 700 }, ["/usr/sbin/apache2"], exe: "/usr/sbin/apache2")
            .Process(new StatLine(14, "apache2", 'Z', ParentPid: 10) { RssPages = 0 });

    [Fact]
    public void Memory_of_all_workers_of_a_program()
    {
        using var root = Workers();
        var page = (ulong)root.Fs.Host.PageSize;
        var stats = ProcessSummaries.MemoryOf(root.Fs.TakeProcessSnapshot(), "apache2");

        Assert.NotNull(stats);
        Assert.Equal(4, stats.Count);                   // the zombie has no memory to count
        Assert.Equal(100 * page, stats.MinimumRss);
        Assert.Equal(325 * page, stats.AverageRss);
        Assert.Equal(250 * page, stats.MedianRss);      // even count: mean of 200 and 300
        Assert.Equal(700 * page, stats.MaximumRss);
        Assert.Equal(1300 * page, stats.TotalRss);
        Assert.Equal([10, 11, 12, 13], stats.Pids);
        Assert.Null(ProcessSummaries.MemoryOf(root.Fs.TakeProcessSnapshot(), "nginx"));
    }

    [Fact]
    public void Memory_by_program_largest_first_without_kernel_threads()
    {
        using var root = Workers();
        var stats = ProcessSummaries.MemoryByExeName(root.Fs.TakeProcessSnapshot());

        Assert.Equal(["apache2", "init"], stats.Select(s => s.ExeName).ToArray());
        Assert.Equal(1, stats[1].Count);
        Assert.Equal(stats[1].MinimumRss, stats[1].MedianRss);
    }

    [Fact]
    public void Processes_with_the_graphical_sessions_variables()
    {
        using var root = Workers();
        var matches = ProcessSummaries.WithEnvironment(root.Fs.TakeProcessSnapshot(), "DISPLAY", "DBUS_SESSION_BUS_ADDRESS");

        var match = Assert.Single(matches);
        Assert.Equal(10, match.Process.Pid);
        Assert.Equal(":0", match.Variables["DISPLAY"]);
        Assert.Equal("unix:path=/run/user/1000/bus", match.Variables["DBUS_SESSION_BUS_ADDRESS"]);
        Assert.Equal([10, 11], ProcessSummaries.WithEnvironment(root.Fs.TakeProcessSnapshot(), "DISPLAY").Select(m => m.Process.Pid).ToArray());
    }
}
