using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>schedstat: per-CPU run queue lines, each followed by its scheduling domains' lines; versions 15 and 17.</summary>
public class SchedstatTests
{
    // n counters 1, 2, 3 … as show_schedstat prints them after a domain's mask.
    private static string Counters(int count, int start = 1) => string.Join(" ", Enumerable.Range(start, count));

    [Fact]
    public void Version_15_domains_have_a_mask_and_36_counters()
    {
        // A 4.x kernel: "domain%d %*pb" then 3 idle types × 8 counters, then 12.
        string text =
            "version 15\n" +
            "timestamp 4297299139\n" +
            "cpu0 12 0 1033856 447223 577312 371462 64924148620 16018282580 586527\n" +
            "domain0 00000003 " + Counters(36) + "\n" +
            "cpu1 3 0 998001 420001 500000 300000 60000000000 15000000000 500001\n" +
            "domain0 00000003 " + Counters(36, 100) + "\n";
        var cpus = CpuSchedulerStatistics.ParseTable(Fixtures.Bytes(text));

        Assert.Equal([0, 1], cpus.Select(c => c.RunQueue.Cpu));
        var cpu0 = cpus[0].RunQueue;
        Assert.Equal((12UL, 1033856UL, 447223UL, 577312UL, 371462UL), (cpu0.YieldCount, cpu0.ScheduleCount, cpu0.GoIdleCount, cpu0.WakeUpCount, cpu0.LocalWakeUpCount));
        Assert.Equal((64924148620UL, 16018282580UL, 586527UL), (cpu0.RunTimeNanoseconds, cpu0.RunDelayNanoseconds, cpu0.TimeSlices));

        var domain = Assert.Single(cpus[0].Domains).Value;
        Assert.Null(domain.Name);
        Assert.Equal("00000003", domain.Span);
        Assert.Equal(36, domain.Counters.Length);
        Assert.Equal(8, domain.CountersPerIdleType);
        Assert.Equal((1UL, 9UL, 17UL), (domain.LoadBalanceCount(0), domain.LoadBalanceCount(1), domain.LoadBalanceCount(2)));
        Assert.Equal(34UL, domain.WakeRemote);
        Assert.Equal(100UL, cpus[1].Domains[0].Counters[0]);
    }

    [Fact]
    public void Version_17_domains_have_a_name_and_45_counters()
    {
        // A 6.x kernel: "domain%d %s %*pb" then 3 idle types × 11 counters, then 12; two domain levels.
        string text =
            "version 17\n" +
            "timestamp 4295111734\n" +
            "cpu0 0 0 250 100 120 80 900000 50000 130\n" +
            "domain0 SMT 00000003 " + Counters(45) + "\n" +
            "domain1 PKG 0000000f " + Counters(45, 1000) + "\n" +
            "cpu2 1 0 260 110 130 90 800000 40000 140\n" +
            "domain0 SMT 0000000c " + Counters(45) + "\n" +
            "domain1 PKG 0000000f " + Counters(45) + "\n";
        var cpus = CpuSchedulerStatistics.ParseTable(Fixtures.Bytes(text));

        Assert.Equal([0, 2], cpus.Select(c => c.RunQueue.Cpu));
        Assert.Equal(["SMT", "PKG"], cpus[0].Domains.OrderBy(d => d.Key).Select(d => d.Value.Name));
        Assert.Equal("0000000c", cpus[1].Domains[0].Span);
        var pkg = cpus[0].Domains[1];
        Assert.Equal(11, pkg.CountersPerIdleType);
        Assert.Equal((1000UL, 1011UL, 1022UL), (pkg.LoadBalanceCount(0), pkg.LoadBalanceCount(1), pkg.LoadBalanceCount(2)));
        Assert.Equal(1042UL, pkg.WakeRemote);
    }

    [Fact]
    public void A_uniprocessor_kernel_prints_no_domains()
    {
        var cpu = Assert.Single(CpuSchedulerStatistics.ParseTable(Fixtures.Bytes("version 15\ntimestamp 1\ncpu0 0 0 5 4 3 2 100 50 7\n")));

        Assert.Empty(cpu.Domains);
        Assert.Equal(7UL, cpu.RunQueue.TimeSlices);
    }

    [Fact]
    public void Malformed_schedstat_is_located()
    {
        const string head = "version 17\ntimestamp 1\n";
        ParseAssert.Fails(u => CpuSchedulerStatistics.ParseTable(u), head + "cpu0 0 0 x 4 3 2 100 50 7\n", line: 3, column: 10, mentions: "ScheduleCount");
        ParseAssert.Fails(u => CpuSchedulerStatistics.ParseTable(u), head + "cpu0 0 0 5 4 3 2 100 50\n", line: 3, column: 24, mentions: "TimeSlices");
        string badDomain = head + "cpu0 0 0 5 4 3 2 100 50 7\ndomain0 MC 3 1 2 -3\n";
        ParseAssert.Fails(u => CpuSchedulerStatistics.ParseTable(u), badDomain, line: 4, column: 9, mentions: "Domains");
    }
}
