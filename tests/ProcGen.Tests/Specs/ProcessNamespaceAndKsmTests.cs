using System;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// The small per-process files of scheduling, namespaces and memory merging: <c>cpuset</c>, <c>setgroups</c>,
/// <c>timerslack_ns</c>, <c>ksm_merging_pages</c>, <c>ksm_stat</c> and <c>arch_status</c>, captured from a
/// <c>sleep</c> and from kthreadd (pid 2) on 6.18.44, plus the shapes other kernels and CPUs print.
/// </summary>
public class ProcessNamespaceAndKsmTests
{
    private static ProcessDirectory Sleep => Fixtures.Fs().Process(Fixtures.SleepPid);
    private static ProcessDirectory KernelThread => Fixtures.Fs().Process(2);

    [Fact]
    public void Captured_files_of_a_sleep()
    {
        Assert.True(Sleep.Cpuset().IsRoot);
        Assert.Equal(SetgroupsPolicy.Allow, Sleep.Setgroups().Policy);
        Assert.Equal(50_000UL, Sleep.TimerSlack().Nanoseconds);          // the kernel default
        Assert.Equal(TimeSpan.FromMicroseconds(50), Sleep.TimerSlack().Slack);
        Assert.Equal(0UL, Sleep.KsmMergingPages().Pages);

        var ksm = Sleep.KsmStatistics();
        Assert.Equal((0UL, 0L, 0UL, 0L), (ksm.ReverseMapItems!.Value, ksm.ZeroPages!.Value, ksm.MergingPages!.Value, ksm.ProcessProfit!.Value));
        Assert.Equal((false, false), (ksm.MergeAny!.Value, ksm.Mergeable!.Value));

        var arch = Sleep.ArchStatus();                                      // no AVX-512 on the capture CPU: empty
        Assert.Null(arch.Avx512ElapsedMilliseconds);
        Assert.Null(arch.UsedAvx512);
    }

    [Fact]
    public void A_kernel_thread_has_no_memory_to_merge()
    {
        var ksm = KernelThread.KsmStatistics();                             // empty: no mm
        Assert.Null(ksm.ReverseMapItems);
        Assert.Null(ksm.Mergeable);
        Assert.Null(KernelThread.KsmMergingPages().Pages);                 // empty too
        Assert.True(KernelThread.Cpuset().IsRoot);
    }

    [Fact]
    public void Cpuset_paths_keep_their_blanks()
    {
        var cpuset = ProcessCpuset.Parse(Fixtures.Bytes("/system.slice/my app.service\n"));
        Assert.Equal("/system.slice/my app.service", cpuset.Path);
        Assert.False(cpuset.IsRoot);
    }

    [Theory]
    [InlineData("deny\n", SetgroupsPolicy.Deny)]
    [InlineData("allow", SetgroupsPolicy.Allow)]
    public void Setgroups_policies(string text, SetgroupsPolicy expected)
        => Assert.Equal(expected, ProcessSetgroups.Parse(Fixtures.Bytes(text)).Policy);

    [Fact]
    public void Timer_slack_of_a_real_time_task_and_a_large_one()
    {
        Assert.Equal(TimeSpan.Zero, ProcessTimerSlack.Parse(Fixtures.Bytes("0\n")).Slack);
        Assert.Equal(TimeSpan.FromSeconds(1), ProcessTimerSlack.Parse(Fixtures.Bytes("1000000000\n")).Slack);
        Assert.Equal(TimeSpan.FromTicks(184467440737095516), ProcessTimerSlack.Parse(Fixtures.Bytes("18446744073709551615\n")).Slack);
    }

    [Fact]
    public void Ksm_stat_of_an_older_kernel_has_only_the_rmap_items()
    {
        // 6.1–6.3 printed one line.
        var ksm = ProcessKsmStatistics.Parse(Fixtures.Bytes("ksm_rmap_items 12\n"));
        Assert.Equal(12UL, ksm.ReverseMapItems);
        Assert.Null(ksm.MergingPages);
        Assert.Null(ksm.MergeAny);
    }

    [Fact]
    public void Ksm_stat_of_a_merging_process_with_negative_profit()
    {
        var ksm = ProcessKsmStatistics.Parse(Fixtures.Bytes(
            "ksm_rmap_items 4096\nksm_zero_pages 3\nksm_merging_pages 10\nksm_process_profit -90112\nksm_merge_any: yes\nksm_mergeable: yes\n"));
        Assert.Equal((4096UL, 3L, 10UL, -90112L), (ksm.ReverseMapItems!.Value, ksm.ZeroPages!.Value, ksm.MergingPages!.Value, ksm.ProcessProfit!.Value));
        Assert.True(ksm.MergeAny);
        Assert.True(ksm.Mergeable);
    }

    [Theory]
    [InlineData("AVX512_elapsed_ms:\t-1\n", -1L, false)]            // never used
    [InlineData("AVX512_elapsed_ms:\t1234\n", 1234L, true)]
    [InlineData("AVX512_elapsed_ms:\t9223372036854775807\n", long.MaxValue, true)]   // LONG_MAX: too long ago to tell
    public void Arch_status_with_avx512(string text, long milliseconds, bool used)
    {
        var arch = ProcessArchStatus.Parse(Fixtures.Bytes(text));
        Assert.Equal(milliseconds, arch.Avx512ElapsedMilliseconds);
        Assert.Equal(used, arch.UsedAvx512);
    }

    [Fact]
    public void Malformed_files_fail_at_their_position()
    {
        ParseAssert.Fails(u => ProcessSetgroups.Parse(u), "maybe\n", 1, 1, "'allow', 'deny'");
        ParseAssert.Fails(u => ProcessTimerSlack.Parse(u), "-1\n", 1, 1, "Nanoseconds");
        ParseAssert.Fails(u => ProcessKsmMergingPages.Parse(u), "many\n", 1, 1, "Pages");
        ParseAssert.Fails(u => ProcessKsmStatistics.Parse(u), "ksm_rmap_items 1\nksm_merge_any: perhaps\n", 2, 16, "MergeAny");
        ParseAssert.Fails(u => ProcessKsmStatistics.Parse(u), "ksm_rmap_items x\n", 1, 16, "ReverseMapItems");
        ParseAssert.Fails(u => ProcessArchStatus.Parse(u), "AVX512_elapsed_ms:\tsoon\n", 1, 20, "Avx512ElapsedMilliseconds");
    }
}
