using System;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>timer_stats</c>, which kernels 2.6.21–4.10 had: every text here is written from <c>tstats_show</c> in
/// <c>kernel/time/timer_stats.c</c> (v0.3): the header lines, <c>" %4lu, %5d %-16s "</c> (or <c>"%4luD, …"</c> for a
/// deferrable timer), <c>start (expire)</c>, and the totals.
/// </summary>
public class TimerStatsTests
{
    internal const string Active =
        "Timer Stats Version: v0.3\n" +
        "Sample period: 3.888 s\n" +
        "Collection: active\n" +
        " 1233,     0 swapper/1        hrtimer_start_range_ns (tick_sched_timer)\n" +
        "   12D,  1204 kworker/0:1      queue_delayed_work_on (delayed_work_timer_fn)\n" +
        "    3,  2050 Web Content      hrtimer_start_range_ns (hrtimer_wakeup)\n" +
        "    1,     1 init             <ffffffff8108e2c0> (<ffffffff81090a10>)\n" +
        "1249 total events, 321.244 events/sec\n";

    [Fact]
    public void Header_entries_and_totals()
    {
        var report = TimerStats.Parse(Fixtures.Bytes(Active)).Report;

        Assert.Equal("v0.3", report.Version);
        Assert.Equal(TimeSpan.FromMilliseconds(3888), report.SamplePeriod);
        Assert.True(report.IsCollecting);
        Assert.Equal(0, report.OverflowCount);
        Assert.Equal(1249UL, report.TotalEvents);
        Assert.Equal(321.244, report.EventsPerSecond);

        Assert.Equal(4, report.Entries.Count);
        Assert.Equal(new TimerStatsEntry(1233, false, 0, "swapper/1", "hrtimer_start_range_ns", "tick_sched_timer"), report.Entries[0]);
        Assert.Equal(new TimerStatsEntry(12, true, 1204, "kworker/0:1", "queue_delayed_work_on", "delayed_work_timer_fn"), report.Entries[1]);
        // comm may contain blanks; the symbols never do.
        Assert.Equal("Web Content", report.Entries[2].Command);
        // print_name_offset prints "<%p>" for an address without a symbol.
        Assert.Equal(("<ffffffff8108e2c0>", "<ffffffff81090a10>"), (report.Entries[3].StartFunction, report.Entries[3].ExpireFunction));
    }

    [Fact]
    public void Overflow_line_and_stopped_collection_without_events()
    {
        const string text =
            "Timer Stats Version: v0.3\n" +
            "Sample period: 0.000 s\n" +
            "Overflow: 17 entries\n" +
            "Collection: inactive\n" +
            "0 total events\n";

        var report = TimerStats.Parse(Fixtures.Bytes(text)).Report;

        Assert.Equal(17, report.OverflowCount);
        Assert.False(report.IsCollecting);
        Assert.Empty(report.Entries);
        Assert.Equal(0UL, report.TotalEvents);
        Assert.Null(report.EventsPerSecond); // printed only for events over a period of a second or more
    }

    [Fact]
    public void Read_through_a_root()
    {
        using var root = new Runtime.TempProcRoot().File("timer_stats", Active);
        Assert.Equal(1249UL, root.Fs.TimerStats().Report.TotalEvents);
        Assert.Equal(ProcReadStatus.NotFound, Fixtures.Fs().TryReadTimerStats().Status);
    }

    [Theory]
    [InlineData("Sample period: 3.888 s\nCollection: active\n0 total events\n", 1, 1, "'Timer Stats Version:' first")] // no version line
    [InlineData("Timer Stats Version: v0.3\nSample period: 3.9 s\nCollection: active\n0 total events\n", 2, 1, "'Sample period: S.mmm s'")] // %03ld
    [InlineData("Timer Stats Version: v0.3\nSample period: 3.888 s\nCollection: paused\n0 total events\n", 3, 1, "'Collection: active' or")]
    [InlineData("Timer Stats Version: v0.3\nSample period: 3.888 s\nCollection: active\n", 3, 19, "the totals line")] // no totals: just after the last line
    [InlineData("Timer Stats Version: v0.3\nSample period: 3.888 s\nCollection: active\n 12 0 swapper f (g)\n12 total events\n", 4, 1, "an entry")] // no comma
    [InlineData("Timer Stats Version: v0.3\nSample period: 3.888 s\nCollection: active\n   12,     0 swapper f g\n12 total events\n", 4, 1, "an entry")] // no (expire)
    [InlineData("Timer Stats Version: v0.3\nSample period: 3.888 s\nCollection: active\n0 total events\n1, 0 x f (g)\n", 5, 1, "the end of the file after the totals line")] // after the totals
    public void A_malformed_file_is_an_error_at_the_line(string text, int line, int column, string expected)
    {
        var error = ParseAssert.Fails(utf8 => TimerStats.Parse(utf8), text, line, column, expected);
        Assert.EndsWith("(in a TimerStatsReport for Report (the whole file))", error.Expected);
    }
}
