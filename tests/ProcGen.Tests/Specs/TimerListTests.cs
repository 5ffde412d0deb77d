using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>timer_list</c>: the fixture is this machine's file (v0.10); the older variant is written from
/// <c>kernel/time/timer_list.c</c> as 4.x kernels had it: <c>.get_time</c> in every base, the timer's start site and
/// task after <c>S:%02x</c> (CONFIG_TIMER_STATS), a periodic broadcast device.
/// </summary>
public class TimerListTests
{
    [Fact]
    public void Fixture_of_two_cpus()
    {
        var report = Fixtures.Fs().TimerList().Report;

        Assert.Equal("v0.10", report.Version);
        Assert.Equal(8, report.MaxClockBases);
        Assert.Equal(12469805889275L, report.NowNanoseconds);

        Assert.Equal([0, 1], report.Cpus.Select(c => c.Cpu));
        var cpu0 = report.Cpus[0];
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], cpu0.ClockBases.Select(b => b.Index));
        var monotonic = cpu0.ClockBases[0];
        Assert.Equal("000000002b165281", monotonic.Base);
        Assert.Equal(1L, monotonic.ResolutionNanoseconds);
        Assert.Null(monotonic.GetTime);
        Assert.Equal(0L, monotonic.OffsetNanoseconds);
        Assert.Equal(1796389616180538633L, cpu0.ClockBases[1].OffsetNanoseconds);
        Assert.Equal(29, monotonic.ActiveTimers.Count);
        Assert.Equal(new PendingTimer(0, "00000000b04289bb", "tick_nohz_handler", 1, 12469808000000, 12469808000000), monotonic.ActiveTimers[0]);
        Assert.Equal(new PendingTimer(28, "00000000f2a6829a", "hrtimer_wakeup", 1, 13069789105721, 13069889105721), monotonic.ActiveTimers[28]);
        Assert.Empty(cpu0.ClockBases[7].ActiveTimers);
        Assert.Equal("12469808000000 nsecs", cpu0.Values["expires_next"]);
        Assert.Equal("804", cpu0.Values["nr_retries"]);
        Assert.Equal("4298009704", cpu0.Values["jiffies"]);
        Assert.Equal(36, report.Cpus[1].ClockBases[0].ActiveTimers.Count);

        Assert.Equal(3, report.TickDevices.Count);
        var broadcast = report.TickDevices[0];
        Assert.Equal((1, (int?)null, (string?)null), (broadcast.Mode, broadcast.Cpu, broadcast.ClockEventDevice));
        Assert.Equal("0", broadcast.Values["tick_broadcast_mask"]);
        var perCpu = report.TickDevices[2];
        Assert.Equal((1, (int?)1, "lapic-deadline"), (perCpu.Mode, perCpu.Cpu, perCpu.ClockEventDevice));
        Assert.Equal("lapic_timer_shutdown", perCpu.Values["oneshot stopped"]);
        Assert.Equal("34", perCpu.Values["retries"]);
        Assert.Equal("<NULL>", perCpu.Values["Wakeup Device"]);
    }

    internal const string Older =
        "Timer List Version: v0.8\n" +
        "HRTIMER_MAX_CLOCK_BASES: 4\n" +
        "now at 5000000000 nsecs\n" +
        "\n" +
        "cpu: 0\n" +
        " clock 0:\n" +
        "  .base:       ffff88003fc0e4a0\n" +
        "  .index:      0\n" +
        "  .resolution: 4000000 nsecs\n" +
        "  .get_time:   ktime_get\n" +
        "active timers:\n" +
        " #0: <ffff88003fc0e840>, tick_sched_timer, S:01, hrtimer_start_range_ns, swapper/0/0\n" +
        " # expires at 4996000000-4996000000 nsecs [in -4000000 to -4000000 nsecs]\n" +
        " clock 1:\n" +
        "  .base:       ffff88003fc0e4e0\n" +
        "  .index:      1\n" +
        "  .resolution: 4000000 nsecs\n" +
        "  .get_time:   ktime_get_real\n" +
        "active timers:\n" +
        "  .expires_next   : 9223372036854775807 nsecs\n" +
        "jiffies: 4294938296\n" +
        "\n" +
        "Tick Device: mode:     0\n" +
        "Broadcast device\n" +
        "Clock Event Device: hpet\n" +
        " max_delta_ns:   149983003520\n" +
        " event_handler:  tick_handle_periodic_broadcast\n" +
        "\n" +
        "tick_broadcast_mask: 00000000\n";

    [Fact]
    public void Older_kernel_with_get_time_start_sites_and_no_offset()
    {
        var report = TimerList.Parse(Fixtures.Bytes(Older)).Report;

        Assert.Equal("v0.8", report.Version);
        var cpu = Assert.Single(report.Cpus);
        Assert.Equal("ktime_get_real", cpu.ClockBases[1].GetTime);
        Assert.Null(cpu.ClockBases[0].OffsetNanoseconds);
        Assert.Equal(4000000L, cpu.ClockBases[0].ResolutionNanoseconds);
        Assert.Equal(new PendingTimer(0, "ffff88003fc0e840", "tick_sched_timer", 1, 4996000000, 4996000000), Assert.Single(cpu.ClockBases[0].ActiveTimers));
        Assert.Equal("4294938296", cpu.Values["jiffies"]);
        var device = Assert.Single(report.TickDevices);
        Assert.Equal((0, (int?)null, "hpet"), (device.Mode, device.Cpu, device.ClockEventDevice));
        Assert.Equal("00000000", device.Values["tick_broadcast_mask"]);
    }

    [Fact]
    public void Read_through_a_root()
    {
        using var root = new Runtime.TempProcRoot().File("timer_list", Older);
        Assert.Equal(4, root.Fs.TimerList().Report.MaxClockBases);
    }

    private const string Head = "Timer List Version: v0.10\nHRTIMER_MAX_CLOCK_BASES: 8\nnow at 5 nsecs\n\n";
    private const string Base = " clock 0:\n  .base:       00000000\n  .index:      0\n  .resolution: 1 nsecs\n  .offset:     0 nsecs\nactive timers:\n";
    private const string Timer = " #0: <00000000b04289bb>, tick_nohz_handler, S:01\n # expires at 8-9 nsecs [in 3 to 4 nsecs]\n";

    // Lines: Head 1-4, "cpu: 0" 5, Base 6-11, Timer 12-13. The value is the file trimmed of surrounding blanks, so
    // "at the end" is just after the last non-blank character.
    [Theory]
    [InlineData("", 1, 1, "'Timer List Version: v0.N' first")]
    [InlineData(Head, 3, 15, "at least one 'cpu: N' section")] // no CPU
    [InlineData("HRTIMER_MAX_CLOCK_BASES: 8\nnow at 5 nsecs\ncpu: 0\n" + Base, 1, 1, "'Timer List Version: v0.N' first")]
    [InlineData("Timer List Version: v0.10\nHRTIMER_MAX_CLOCK_BASES: 8\nnow at 5\ncpu: 0\n" + Base, 3, 1, "'now at N nsecs'")] // no unit
    [InlineData(Head + "cpu: x\n" + Base, 5, 6, "the CPU number after 'cpu:'")]
    [InlineData(Head + "cpu: 0\n clock 0:\n  .base:       00000000\n  .index:      0\n  .offset:     0 nsecs\nactive timers:\n", 10, 1, "a '.resolution:' line")]
    [InlineData(Head + "cpu: 0\n clock 0:\n  .base:       00000000\n  .index:      1\n  .resolution: 1 nsecs\nactive timers:\n", 8, 16, "the index 0 of 'clock 0:'")]
    [InlineData(Head + "cpu: 0\n clock 0:\n  .base:       00000000\n  .index:      0\n  .resolution: 1 nsecs\n", 9, 23, "'active timers:' in the clock base")]
    [InlineData(Head + "cpu: 0\n" + Base + " #0: <00000000b04289bb>, tick_nohz_handler, S:01\n", 12, 49, "the timer's '# expires at' line")]
    [InlineData(Head + "cpu: 0\n" + Base + " #0: <00000000b04289bb>, tick_nohz_handler\n # expires at 8-9 nsecs [in 3 to 4 nsecs]\n", 12, 2, "a timer line")] // no state
    [InlineData(Head + "cpu: 0\n" + Base + " #0: <00000000b04289bb>, tick_nohz_handler, S:zz\n # expires at 8-9 nsecs [in 3 to 4 nsecs]\n", 12, 2, "a timer line")]
    [InlineData(Head + "cpu: 0\n" + Base + " #0: <00000000b04289bb>, tick_nohz_handler, S:01\n # expires at 8 nsecs [in 3 to 4 nsecs]\n", 13, 2, "'# expires at SOFT-HARD")] // one time
    [InlineData(Head + "cpu: 0\n" + Base + Timer + "  .expires_next\n", 14, 3, "a 'key: value' line")] // no separator
    [InlineData(Head + "cpu: 0\n" + Base + Timer + "Tick Device: mode:     1\nClock Event Device: hpet\n", 15, 1, "'Broadcast device' or 'Per CPU device: N'")]
    [InlineData(Head + "cpu: 0\n" + Base + Timer + "Tick Device: mode:     1\nPer CPU device: 0\n", 15, 18, "'Clock Event Device:'")]
    [InlineData(Head + "cpu: 0\n" + Base + Timer + "Tick Device: mode:     1\nPer CPU device: 0\nClock Event Device: hpet\n mult: 1\n mult: 2\n", 18, 2, "each key once")]
    public void A_malformed_file_is_an_error_at_the_line_and_field(string text, int line, int column, string expected)
    {
        var error = ParseAssert.Fails(utf8 => TimerList.Parse(utf8), text, line, column, expected);
        Assert.EndsWith("(in a TimerListReport for Report (the whole file))", error.Expected);
    }
}
