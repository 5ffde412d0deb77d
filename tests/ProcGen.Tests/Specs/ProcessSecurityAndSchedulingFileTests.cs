using System;
using ProcGen.Specs;
using ProcGen.Tests.Runtime;

namespace ProcGen.Tests.Specs;

/// <summary>cpuset, setgroups, timerslack_ns, arch_status, ksm_merging_pages, ksm_stat and the LSM attributes under attr/.</summary>
public class ProcessSecurityAndSchedulingFileTests
{
    private static ProcessDirectory Sleep => Fixtures.Fs().Process(Fixtures.SleepPid);

    [Fact]
    public void Cpuset_from_fixture_for_processes_and_a_thread()
    {
        var fs = Fixtures.Fs();
        Assert.Equal("/", Sleep.Cpuset().Path);
        Assert.True(fs.Process(2).Cpuset().IsRoot);
        Assert.Equal("/", fs.Process(1).Thread(1).Cpuset().Path);
    }

    [Fact]
    public void Cpuset_path_keeps_blanks()
    {
        var cpuset = ProcessCpuset.Parse(Fixtures.Bytes("/system.slice/my service.scope\n"));
        Assert.Equal("/system.slice/my service.scope", cpuset.Path);
        Assert.False(cpuset.IsRoot);
    }

    [Fact]
    public void Setgroups_from_fixture_and_deny()
    {
        Assert.Equal(SetgroupsPolicy.Allow, Sleep.Setgroups().Policy);
        Assert.Equal(SetgroupsPolicy.Allow, Fixtures.Fs().Process(1).Thread(1).Setgroups().Policy);
        Assert.Equal(SetgroupsPolicy.Deny, ProcessSetgroups.Parse(Fixtures.Bytes("deny\n")).Policy);
    }

    [Fact]
    public void Setgroups_unknown_word_is_an_error()
        => ParseAssert.Fails(u => ProcessSetgroups.Parse(u), "maybe\n", line: 1, column: 1, mentions: "allow");

    [Fact]
    public void Timerslack_from_fixture_in_nanoseconds_and_as_a_time_span()
    {
        var slack = Sleep.TimerSlack();
        Assert.Equal(50_000UL, slack.Nanoseconds);
        Assert.Equal(TimeSpan.FromMicroseconds(50), slack.Slack);
        Assert.Equal(50_000UL, Fixtures.Fs().Process(4).TimerSlack().Nanoseconds);
        Assert.Equal(0UL, ProcessTimerSlack.Parse(Fixtures.Bytes("0\n")).Nanoseconds);
        Assert.Equal(TimeSpan.FromTicks(184467440737095516), ProcessTimerSlack.Parse(Fixtures.Bytes("18446744073709551615\n")).Slack);
    }

    [Fact]
    public void Timerslack_is_per_process_only()
    {
        // tid_base_stuff has no timerslack_ns: a thread directory does not have it.
        Assert.Equal(ProcReadStatus.NotFound, Fixtures.Fs().Process(1).Thread(1).TryReadTimerSlack().Status);
    }

    [Theory]
    [InlineData("-5\n")]
    [InlineData("50 000\n")]
    [InlineData("\n")]
    public void Timerslack_malformed_is_an_error(string text)
        => ParseAssert.Fails(u => ProcessTimerSlack.Parse(u), text, line: 1, column: 1, mentions: "Nanoseconds");

    [Fact]
    public void Arch_status_is_empty_without_avx512()
    {
        var status = Sleep.ArchStatus();
        Assert.Null(status.Avx512ElapsedMilliseconds);
        Assert.False(status.HasUsedAvx512);
        Assert.Null(Fixtures.Fs().Process(2).ArchStatus().Avx512ElapsedMilliseconds);
    }

    [Fact]
    public void Arch_status_with_avx512_in_the_kernels_format()
    {
        // proc_pid_arch_status: seq_printf(m, "AVX512_elapsed_ms:\t%ld\n", ...)
        var used = ProcessArchStatus.Parse(Fixtures.Bytes("AVX512_elapsed_ms:\t1234\n"));
        Assert.Equal(1234L, used.Avx512ElapsedMilliseconds);
        Assert.True(used.HasUsedAvx512);

        var never = ProcessArchStatus.Parse(Fixtures.Bytes("AVX512_elapsed_ms:\t-1\n"));
        Assert.Equal(ProcessArchStatus.NeverUsed, never.Avx512ElapsedMilliseconds);
        Assert.False(never.HasUsedAvx512);
    }

    [Fact]
    public void Arch_status_malformed_value_is_an_error()
        => ParseAssert.Fails(u => ProcessArchStatus.Parse(u), "AVX512_elapsed_ms:\tsoon\n", line: 1, column: "AVX512_elapsed_ms:\t".Length + 1, mentions: "Avx512ElapsedMilliseconds");

    [Fact]
    public void Ksm_merging_pages_from_fixture_and_of_a_kernel_thread()
    {
        Assert.Equal(0UL, Sleep.KsmMergingPages().Pages);
        Assert.Null(Fixtures.Fs().Process(2).KsmMergingPages().Pages);
        Assert.Equal(812UL, ProcessKsmMergingPages.Parse(Fixtures.Bytes("812\n")).Pages);
    }

    [Fact]
    public void Ksm_merging_pages_malformed_is_an_error()
        => ParseAssert.Fails(u => ProcessKsmMergingPages.Parse(u), "please use /proc/<pid>/ksm_stat instead\n", line: 1, column: 1, mentions: "Pages");

    [Fact]
    public void Ksm_stat_from_fixture_with_both_key_styles()
    {
        Assert.Equal(new ProcessKsmStatistics
        {
            RmapItems = 0, ZeroPages = 0, MergingPages = 0, ProcessProfitBytes = 0, MergeAny = false, Mergeable = false,
        }, Sleep.KsmStatistics());
        Assert.True(Fixtures.Fs().Process(1).Thread(1).KsmStatistics().HasMemory);
    }

    [Fact]
    public void Ksm_stat_of_a_kernel_thread_is_empty()
    {
        var ksm = Fixtures.Fs().Process(2).KsmStatistics();
        Assert.False(ksm.HasMemory);
        Assert.Equal(new ProcessKsmStatistics(), ksm);
    }

    [Fact]
    public void Ksm_stat_of_a_merging_process_with_a_negative_profit()
    {
        const string text = "ksm_rmap_items 2048\nksm_zero_pages 3\nksm_merging_pages 10\nksm_process_profit -90112\n"
                            + "ksm_merge_any: yes\nksm_mergeable: yes\n";
        Assert.Equal(new ProcessKsmStatistics
        {
            RmapItems = 2048, ZeroPages = 3, MergingPages = 10, ProcessProfitBytes = -90112, MergeAny = true, Mergeable = true,
        }, ProcessKsmStatistics.Parse(Fixtures.Bytes(text)));
    }

    [Fact]
    public void Ksm_stat_of_older_kernels_has_fewer_lines()
    {
        // 6.1 printed only the rmap items; 6.4 added merging pages and the profit; 6.6 the zero pages, last.
        Assert.Equal(new ProcessKsmStatistics { RmapItems = 5 }, ProcessKsmStatistics.Parse(Fixtures.Bytes("ksm_rmap_items 5\n")));
        var v66 = ProcessKsmStatistics.Parse(Fixtures.Bytes("ksm_rmap_items 5\nksm_merging_pages 1\nksm_process_profit 4016\nksm_zero_pages 2\n"));
        Assert.Equal(new ProcessKsmStatistics { RmapItems = 5, MergingPages = 1, ProcessProfitBytes = 4016, ZeroPages = 2 }, v66);
    }

    [Fact]
    public void Ksm_stat_malformed_flag_is_an_error()
    {
        const string text = "ksm_rmap_items 0\nksm_merge_any: maybe\n";
        ParseAssert.Fails(u => ProcessKsmStatistics.Parse(u), text, line: 2, column: "ksm_merge_any: ".Length + 1, mentions: "MergeAny");
    }

    [Fact]
    public void Ksm_stat_line_without_a_value_is_an_error()
        => ParseAssert.Fails(u => ProcessKsmStatistics.Parse(u), "ksm_rmap_items\n", line: 1, column: 1, mentions: "key");

    [Fact]
    public void Security_attributes_are_absent_without_a_security_module()
    {
        // This kernel has no LSM that provides attr/*: reads fail with EINVAL and the capture has no file.
        var status = Sleep.TryReadSecurityLabel().Status;
        Assert.Equal(ProcReadStatus.NotFound, status);
        Assert.Equal(ProcReadStatus.NotFound, Sleep.TryReadExecSecurityLabel().Status);
    }

    [Fact]
    public void Security_attribute_refused_with_einval_says_why()
    {
        // EINVAL from attr/* means no LSM provides the attribute, not a dying process (the other EINVAL of /proc).
        using var root = new TempProcRoot().File("7/stat", "7 (x) S 1\n");

        var attribute = Assert.IsType<ProcFileNotFoundException>(root.Fs.ErrorFor(LibC.EINVAL, "7", "attr/current"));
        var mounts = Assert.IsType<ProcFileNotFoundException>(root.Fs.ErrorFor(LibC.EINVAL, "7", "mounts"));

        Assert.Contains("no security module provides this attribute", attribute.Message);
        Assert.Contains("exiting or a zombie", mounts.Message);
    }

    [Theory]
    [InlineData("system_u:system_r:init_t:s0\0", "system_u:system_r:init_t:s0", null)]
    [InlineData("unconfined\n", "unconfined", null)]
    [InlineData("/usr/bin/foo (enforce)\n", "/usr/bin/foo (enforce)", "enforce")]
    [InlineData("firefox//&snap.firefox (complain)\n\0", "firefox//&snap.firefox (complain)", "complain")]
    [InlineData("_", "_", null)]
    public void Security_label_loses_its_terminator(string text, string label, string? appArmorMode)
    {
        var attribute = ProcessSecurityAttribute.Parse(Fixtures.Bytes(text));
        Assert.Equal(label, attribute.Label!.Text);
        Assert.Equal(label, attribute.Label.ToString());
        Assert.Equal(appArmorMode, attribute.Label.AppArmorMode);
    }

    [Fact]
    public void Security_label_empty_is_unset()
    {
        Assert.Null(ProcessSecurityAttribute.Parse(ReadOnlySpan<byte>.Empty).Label);
        Assert.Null(ProcessSecurityAttribute.Parse(Fixtures.Bytes("\n")).Label);
    }

    [Fact]
    public void Security_label_with_an_inner_nul_is_an_error()
    {
        var error = Assert.Throws<ProcParseException>(() => ProcessSecurityAttribute.Parse(Fixtures.Bytes("a\0b\0")));
        Assert.Contains("Label", error.Expected);
    }

    [Fact]
    public void Security_attributes_read_through_every_path()
    {
        using var root = new TempProcRoot()
            .File("7/attr/current", "unconfined\n")
            .File("7/attr/apparmor/current", "unconfined\n")
            .File("7/attr/smack/current", "_\0")
            .File("7/attr/prev", "system_u:system_r:kernel_t:s0\0")
            .File("7/attr/fscreate", "");
        var process = root.Fs.Process(7);

        Assert.Equal("unconfined", process.SecurityLabel().Label!.Text);
        Assert.Equal("unconfined", process.AppArmorLabel().Label!.Text);
        Assert.Equal("_", process.SmackLabel().Label!.Text);
        Assert.Equal("system_u:system_r:kernel_t:s0", process.PreviousSecurityLabel().Label!.Text);
        Assert.Null(process.FileCreationSecurityLabel().Label);
        Assert.Equal(ProcReadStatus.NotFound, process.TryReadSocketCreationSecurityLabel().Status);
    }

    [Fact]
    public void Binary_and_write_only_per_process_files_are_not_declared()
    {
        // mem is the process's memory, pagemap 64-bit entries per page, clear_refs write-only: no text to declare.
        foreach (var file in new[] { "mem", "pagemap", "clear_refs" })
        {
            Assert.Null(Catalog.Find("self/" + file));
            Assert.Null(Catalog.Find("42/" + file));
            Assert.Null(Catalog.Find("42/task/43/" + file));
        }
    }
}
