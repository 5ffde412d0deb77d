using System;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>{pid}/sched: a title, dashes, then 'name : value' lines with dotted names.</summary>
public class ProcessSchedulingTests
{
    [Fact]
    public void Sched_from_fixture()
    {
        var sched = Fixtures.Fs().Process(Fixtures.SleepPid).Scheduling();

        Assert.Equal(7118941.080233, sched.ExecStartMilliseconds);
        Assert.Equal((1UL, 1UL, 0UL), (sched.Switches, sched.VoluntarySwitches, sched.InvoluntarySwitches));
        Assert.Equal((0, 120), (sched.Policy, sched.Priority));
        Assert.Equal(1048576UL, sched.LoadWeight);
        Assert.Equal(1400000UL, sched.SliceNanoseconds);
        Assert.Equal(-1, sched.NumaPreferredNode);
        Assert.Equal("0", sched.Other["total_numa_faults"]);
        Assert.Equal("0", sched.Other["mm->numa_scan_seq"]);
        // The title and the NUMA lines without a colon are no keys.
        Assert.DoesNotContain(sched.Other.Keys, k => k.Contains("threads") || k.StartsWith("current_node"));
    }

    [Fact]
    public void A_kernel_with_schedstats_and_without_eevdf()
    {
        // proc_sched_show_task of a 5.x kernel with CONFIG_SCHEDSTATS: se.statistics.* lines, no se.slice.
        const string text =
            "bash (2301, #threads: 1)\n" +
            "-------------------------------------------------------------------\n" +
            "se.exec_start                                :      92838612.147325\n" +
            "se.vruntime                                  :         19321.734532\n" +
            "se.sum_exec_runtime                          :           812.004129\n" +
            "se.nr_migrations                             :                   57\n" +
            "se.statistics.sum_sleep_runtime              :      92813921.125402\n" +
            "se.statistics.wait_max                       :             7.984361\n" +
            "nr_switches                                  :                 1650\n" +
            "nr_voluntary_switches                        :                 1601\n" +
            "nr_involuntary_switches                      :                   49\n" +
            "se.load.weight                               :              1048576\n" +
            "se.avg.util_avg                              :                    2\n" +
            "policy                                       :                    0\n" +
            "prio                                         :                  120\n" +
            "clock-delta                                  :                   48\n";
        var sched = ProcessScheduling.Parse(Fixtures.Bytes(text));

        Assert.Equal(TimeSpan.FromMilliseconds(812.004129), sched.SumExecRuntime);
        Assert.Equal(57UL, sched.Migrations);
        Assert.Equal((1650UL, 1601UL, 49UL), (sched.Switches, sched.VoluntarySwitches, sched.InvoluntarySwitches));
        Assert.Null(sched.SliceNanoseconds);
        Assert.Null(sched.NumaPreferredNode);
        Assert.Equal("7.984361", sched.Other["se.statistics.wait_max"]);
        Assert.Equal(48L, sched.ClockDelta);

        string badPrio = text.Replace("prio                                         :                  120", "prio : high");
        ParseAssert.Fails(u => ProcessScheduling.Parse(u), badPrio, line: 15, column: 8, mentions: "Priority");
        string noSwitches = text.Replace("nr_switches                                  :                 1650\n", "");
        ParseAssert.Fails(u => ProcessScheduling.Parse(u), noSwitches, line: 16, column: 1, mentions: "nr_switches");
    }
}
