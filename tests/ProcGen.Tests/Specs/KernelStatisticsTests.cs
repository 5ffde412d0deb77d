using System;
using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary><c>/proc/stat</c>: the captured file (in <c>linux-6.18.44-extra</c>, the boot its processes belong to), and cpu lines of older kernels (7 fields) and current ones (10).</summary>
public class KernelStatisticsTests
{
    /// <summary>A 2.6.10-era file: seven times per cpu line (no steal), no softirq line (2.6.31+).</summary>
    public const string SevenFields =
        "cpu  2255 34 2290 22625563 6290 127 456\ncpu0 1132 34 1441 11311718 3675 127 438\ncpu1 1123 0 849 11313845 2614 0 18\n" +
        "intr 114930548 113199788 3 0 5 263 0 4 0\nctxt 1990473\nbtime 1062191376\nprocesses 2915\nprocs_running 1\nprocs_blocked 0\n";

    /// <summary>Ten times per cpu line (2.6.33+), with an offline CPU 1 not printed.</summary>
    public const string TenFields =
        "cpu  400 5 300 9000 20 1 2 3 4 6\ncpu0 200 5 150 4500 10 1 1 2 2 3\ncpu2 200 0 150 4500 10 0 1 1 2 3\n" +
        "intr 50 10 0 40\nctxt 77\nbtime 0\nprocesses 12\nprocs_running 2\nprocs_blocked 1\nsoftirq 9 1 2 3 0 0 0 0 3 0 0\n";

    [Fact]
    public void Captured_file_has_totals_per_cpu_times_and_counters()
    {
        var stat = Fixtures.Fs("linux-6.18.44-extra").KernelStatistics();

        Assert.Equal((157218UL, 0UL, 32299UL, 1327999UL, 1436UL, 0UL, 298UL, (ulong?)609, (ulong?)0, (ulong?)0),
            (stat.Total.UserTicks, stat.Total.NiceTicks, stat.Total.SystemTicks, stat.Total.IdleTicks, stat.Total.IoWaitTicks,
             stat.Total.IrqTicks, stat.Total.SoftIrqTicks, stat.Total.StealTicks, stat.Total.GuestTicks, stat.Total.GuestNiceTicks));
        Assert.Equal([0, 1], stat.Cpus.Keys.Order());
        Assert.Equal(79254UL, stat.Cpus[0].UserTicks);
        Assert.Equal(305UL, stat.Cpus[1].StealTicks);
        Assert.Equal(TimeSpan.FromSeconds(1572.18), stat.Total.UserTime(Fixtures.Linux618Host));
        Assert.Equal(1058298UL, stat.Interrupts.Total);
        Assert.Equal(424, stat.Interrupts.Counts.Length);
        Assert.Equal(2UL, stat.Interrupts.Counts[25]);
        Assert.Equal(2984015UL, stat.ContextSwitches);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1796389616), stat.BootTime);
        Assert.Equal((14278UL, (uint?)3, (uint?)0), (stat.Processes, stat.ProcessesRunning, stat.ProcessesBlocked));
        Assert.Equal(562289UL, stat.SoftIrqs!.Total);
        Assert.Equal([0UL, 119348, 8, 5826, 46322, 0, 3, 198873, 0, 191909], stat.SoftIrqs.Counts);
        Assert.Empty(stat.Other);
    }

    [Fact]
    public void Seven_field_cpu_lines_leave_the_later_times_null()
    {
        var stat = KernelStatistics.Parse(Fixtures.Bytes(SevenFields));

        Assert.Equal(456UL, stat.Total.SoftIrqTicks);
        Assert.Null(stat.Total.StealTicks);
        Assert.Null(stat.Cpus[1].GuestNiceTicks);
        Assert.Null(stat.Total.StealTime(Fixtures.Linux618Host));
        Assert.Null(stat.SoftIrqs);
        Assert.Equal(8, stat.Interrupts.Counts.Length);
        Assert.Equal(1062191376L, stat.BootTimeSeconds);
    }

    [Fact]
    public void Ten_field_cpu_lines_and_gaps_in_cpu_numbers()
    {
        var stat = KernelStatistics.Parse(Fixtures.Bytes(TenFields));

        Assert.Equal((3UL, 4UL, 6UL), (stat.Total.StealTicks!.Value, stat.Total.GuestTicks!.Value, stat.Total.GuestNiceTicks!.Value));
        Assert.Equal([0, 2], stat.Cpus.Keys.Order());
        Assert.Equal(200UL + 5 + 150 + 1 + 1 + 2, stat.Cpus[0].BusyTicks);
        Assert.Equal(DateTimeOffset.UnixEpoch, stat.BootTime);
        Assert.Equal(10, stat.SoftIrqs!.Counts.Length);
    }

    [Fact]
    public void Lines_of_other_kernels_are_kept_as_text()
    {
        var stat = KernelStatistics.Parse(Fixtures.Bytes("page 5741 1808\n" + SevenFields + "swap 1 0\n"));

        Assert.Equal("5741 1808", stat.Other["page"]);
        Assert.Equal("1 0", stat.Other["swap"]);
    }

    [Theory]
    // Six times: iowait, irq and softirq are required.
    [InlineData("cpu  1 2 3 4 5 6\nintr 1\nctxt 1\nbtime 1\nprocesses 1\n", 1, 17, "IrqTicks")]
    [InlineData("cpu  1 2 3 4 5 6 x\nintr 1\nctxt 1\nbtime 1\nprocesses 1\n", 1, 18, "SoftIrqTicks")]
    [InlineData("cpu  1 2 3 4 5 6 7\ncpu0 1 2 3 4 5 6 -7\nintr 1\nctxt 1\nbtime 1\nprocesses 1\n", 2, 18, "SoftIrqTicks")]
    [InlineData("cpu  1 2 3 4 5 6 7\nintr 1 2 x\nctxt 1\nbtime 1\nprocesses 1\n", 2, 10, "Counts")]
    [InlineData("cpu  1 2 3 4 5 6 7\nintr 1\nctxt 1\nbtime 1\n", 5, 1, "'processes'")]
    public void Malformed_lines_fail_where_they_are_wrong(string text, int line, int column, string expected)
        => ParseAssert.Fails(u => KernelStatistics.Parse(u), text, line, column, expected);
}
