using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

public class ProcessStatusTests
{
    // The required lines only, in the kernel's order and with its tabs (task_state, task_sig, task_cap,
    // task_context_switch_counts, cpuset_task_status_allowed), as a 2.6.32-era kernel prints them.
    private const string Minimal =
        "Name:\tsh\n" +
        "State:\tR (running)\n" +
        "Tgid:\t300\n" +
        "Pid:\t301\n" +
        "PPid:\t1\n" +
        "TracerPid:\t0\n" +
        "Uid:\t1000\t1000\t1000\t1000\n" +
        "Gid:\t100\t100\t100\t100\n" +
        "FDSize:\t64\n" +
        "Groups:\t4 24 27 \n" +
        "Threads:\t2\n" +
        "SigQ:\t3/7823\n" +
        "SigPnd:\t0000000000000000\n" +
        "ShdPnd:\t0000000000000000\n" +
        "SigBlk:\t0000000000010000\n" +
        "SigIgn:\t0000000000384004\n" +
        "SigCgt:\t000000004b813efb\n" +
        "CapInh:\t0000000000000000\n" +
        "CapPrm:\t0000000000000000\n" +
        "CapEff:\t0000000000000000\n" +
        "Cpus_allowed:\tff\n" +
        "Cpus_allowed_list:\t0-7\n" +
        "voluntary_ctxt_switches:\t150\n" +
        "nonvoluntary_ctxt_switches:\t545\n";

    [Fact]
    public void Ordinary_process_from_fixture()
    {
        var status = Fixtures.Fs().Process(Fixtures.SleepPid).Status();

        Assert.Equal("sleep", status.Name);
        Assert.Equal(0x12u, status.Umask); // 0022 octal
        Assert.Equal(ProcessState.Sleeping, status.State);
        Assert.Equal(7325, status.Tgid);
        Assert.Equal(0, status.Ngid);
        Assert.Equal(7325, status.Pid);
        Assert.Equal(1, status.ParentPid);
        Assert.Equal(0, status.TracerPid);
        Assert.Equal(new IdSet(0, 0, 0, 0), status.Uid);
        Assert.Equal(new IdSet(0, 0, 0, 0), status.Gid);
        Assert.Equal(256, status.FdSize);
        Assert.Empty(status.Groups);
        Assert.Equal(new[] { 7325 }, status.NsTgid);
        Assert.Equal(new[] { 7325 }, status.NsPid);
        Assert.Equal(new[] { 7321 }, status.NsPgid);
        Assert.Equal(new[] { 4491 }, status.NsSid);
        Assert.False(status.Kthread);
        Assert.False(status.IsKernelThread);
        Assert.Equal(2920UL * 1024, status.VmPeak);
        Assert.Equal(2920UL * 1024, status.VmSize);
        Assert.Equal(0UL, status.VmLck);
        Assert.Equal(0UL, status.VmPin);
        Assert.Equal(1812UL * 1024, status.VmHwm);
        Assert.Equal(1812UL * 1024, status.VmRss);
        Assert.Equal(112UL * 1024, status.RssAnon);
        Assert.Equal(1700UL * 1024, status.RssFile);
        Assert.Equal(0UL, status.RssShmem);
        Assert.Equal(224UL * 1024, status.VmData);
        Assert.Equal(132UL * 1024, status.VmStk);
        Assert.Equal(20UL * 1024, status.VmExe);
        Assert.Equal(1528UL * 1024, status.VmLib);
        Assert.Equal(44UL * 1024, status.VmPte);
        Assert.Null(status.VmPmd);
        Assert.Equal(0UL, status.VmSwap);
        Assert.Equal(0UL, status.HugetlbPages);
        Assert.False(status.CoreDumping);
        Assert.True(status.ThpEnabled);
        Assert.Equal(ulong.MaxValue, status.UntagMask);
        Assert.Equal(1, status.Threads);
        Assert.Equal(new SlashPair(0, 96365), status.SigQ);
        Assert.Equal(0UL, status.SigPnd);
        Assert.Equal(0UL, status.ShdPnd);
        Assert.Equal(0UL, status.SigBlk);
        Assert.Equal(0x6UL, status.SigIgn); // SIGINT and SIGQUIT: started in the background by a shell
        Assert.Equal(0UL, status.SigCgt);
        Assert.Equal(0UL, status.CapInh);
        Assert.Equal(0x1fffeffffffUL, status.CapPrm);
        Assert.Equal(0x1fffeffffffUL, status.CapEff);
        Assert.Equal(0x1fffeffffffUL, status.CapBnd);
        Assert.Equal(0UL, status.CapAmb);
        Assert.False(status.NoNewPrivs);
        Assert.Equal(SeccompMode.Disabled, status.Seccomp);
        Assert.Equal(0, status.SeccompFilters);
        Assert.Equal("vulnerable", status.SpeculationStoreBypass);
        Assert.Equal("always enabled", status.SpeculationIndirectBranch);
        Assert.Equal("3", status.CpusAllowed);
        Assert.Equal(new[] { 0, 1 }, status.CpusAllowedList.Indices().ToArray());
        Assert.Equal("00000000,".Length * 31 + 8, status.MemsAllowed!.Length);
        Assert.EndsWith(",00000001", status.MemsAllowed);
        Assert.Equal("0", status.MemsAllowedList!.ToString());
        Assert.Equal(1UL, status.VoluntaryContextSwitches);
        Assert.Equal(2UL, status.NonvoluntaryContextSwitches);
        Assert.Null(status.X86ThreadFeatures); // no CONFIG_X86_USER_SHADOW_STACK on the capture kernel
        Assert.Null(status.X86ThreadFeaturesLocked);
    }

    [Fact]
    public void Kernel_thread_from_fixture_has_no_memory_lines()
    {
        var status = Fixtures.Fs().Process(2).Status();

        Assert.Equal("kthreadd", status.Name);
        Assert.Equal(0, status.ParentPid);
        Assert.True(status.Kthread);
        Assert.True(status.IsKernelThread);
        Assert.Equal(64, status.FdSize);
        Assert.Equal(new[] { 0 }, status.NsPgid);
        Assert.Null(status.VmPeak);
        Assert.Null(status.VmSize);
        Assert.Null(status.VmRss);
        Assert.Null(status.RssAnon);
        Assert.Null(status.VmSwap);
        Assert.Null(status.HugetlbPages);
        Assert.Null(status.CoreDumping);
        Assert.Null(status.ThpEnabled);
        Assert.Null(status.UntagMask);
        Assert.Equal(ulong.MaxValue, status.SigIgn);
        Assert.Equal(0x1ffffffffffUL, status.CapEff);
        Assert.Equal(62UL, status.VoluntaryContextSwitches);
    }

    [Fact]
    public void Idle_worker_from_fixture_reads_state_I()
    {
        var status = Fixtures.Fs().Process(4).Status();
        Assert.Equal(ProcessState.Idle, status.State);
        Assert.Equal("kworker/R-rcu_gp", status.Name);
    }

    [Fact]
    public void Init_from_fixture_has_locked_memory_and_threads()
    {
        var status = Fixtures.Fs().Process(1).Status();
        Assert.Equal(512, status.FdSize);
        Assert.Equal(42316UL * 1024, status.VmLck);
        Assert.Equal(6464UL * 1024, status.RssShmem);
        Assert.Equal(13, status.Threads);
    }

    [Fact]
    public void Older_kernel_without_optional_lines_leaves_them_null()
    {
        var status = ProcessStatus.Parse(Fixtures.Bytes(Minimal));

        Assert.Equal("sh", status.Name);
        Assert.Equal(ProcessState.Running, status.State);
        Assert.Equal(301, status.Pid);
        Assert.Equal(new IdSet(1000, 1000, 1000, 1000), status.Uid);
        Assert.Equal(new uint[] { 4, 24, 27 }, status.Groups);
        Assert.Equal(new SlashPair(3, 7823), status.SigQ);
        Assert.Equal(0x10000UL, status.SigBlk);
        Assert.Equal(0x4b813efbUL, status.SigCgt);
        Assert.Equal(8, status.CpusAllowedList.Count);
        Assert.Null(status.Umask);
        Assert.Null(status.Ngid);
        Assert.Null(status.NsPid);
        Assert.Null(status.Kthread);
        Assert.Null(status.CapBnd);
        Assert.Null(status.CapAmb);
        Assert.Null(status.NoNewPrivs);
        Assert.Null(status.Seccomp);
        Assert.Null(status.SeccompFilters);
        Assert.Null(status.SpeculationStoreBypass);
        Assert.Null(status.MemsAllowed);
        Assert.Null(status.MemsAllowedList);
        Assert.Null(status.VmSize);
        // Without a Kthread line, a missing memory map is what marks a kernel thread.
        Assert.True(status.IsKernelThread);
    }

    [Fact]
    public void Newer_lines_are_parsed_where_present()
    {
        var text = Minimal.Replace("Threads:", "Seccomp:\t2\nSeccomp_filters:\t3\nThreads:") +
                   "x86_Thread_features:\tshstk wrss\nx86_Thread_features_locked:\t\n";
        var status = ProcessStatus.Parse(Fixtures.Bytes(text));

        Assert.Equal(SeccompMode.Filter, status.Seccomp);
        Assert.Equal(3, status.SeccompFilters);
        Assert.Equal("shstk wrss", status.X86ThreadFeatures);
        Assert.Equal("", status.X86ThreadFeaturesLocked);
    }

    [Fact]
    public void Unknown_state_and_seccomp_mode_map_to_fallbacks()
    {
        var text = Minimal.Replace("R (running)", "Q (queued)") + "Seccomp:\t9\n";
        var status = ProcessStatus.Parse(Fixtures.Bytes(text));

        Assert.Equal(ProcessState.Unknown, status.State);
        Assert.Equal(SeccompMode.Unknown, status.Seccomp);
    }

    [Fact]
    public void Unknown_keys_are_ignored()
    {
        var status = ProcessStatus.Parse(Fixtures.Bytes("Future_Key:\tsomething new\n" + Minimal + "Another:\t1 2 3\n"));
        Assert.Equal("sh", status.Name);
    }

    [Fact]
    public void Name_keeps_inner_blanks_and_parentheses()
    {
        var status = ProcessStatus.Parse(Fixtures.Bytes(Minimal.Replace("Name:\tsh", "Name:\ta) (b")));
        Assert.Equal("a) (b", status.Name);
    }

    [Fact]
    public void CRLF_and_missing_final_newline_are_accepted()
    {
        var crlf = ProcessStatus.Parse(Fixtures.Bytes(Minimal.Replace("\n", "\r\n")));
        var unterminated = ProcessStatus.Parse(Fixtures.Bytes(Minimal.TrimEnd('\n')));

        Assert.Equal(545UL, crlf.NonvoluntaryContextSwitches);
        Assert.Equal("sh", crlf.Name);
        Assert.Equal(new uint[] { 4, 24, 27 }, crlf.Groups);
        Assert.Equal(545UL, unterminated.NonvoluntaryContextSwitches);
    }

    [Fact]
    public void Empty_file_names_the_first_missing_required_key()
        => ParseAssert.Fails(u => ProcessStatus.Parse(u), "", line: 1, column: 1, mentions: "Name");

    [Fact]
    public void Missing_required_key_is_reported_at_the_end_of_the_content()
    {
        var text = Minimal.Replace("Threads:\t2\n", "");
        var lines = text.Split('\n').Length; // the position after the final newline is on an empty last line
        ParseAssert.Fails(u => ProcessStatus.Parse(u), text, line: lines, column: 1, mentions: "Threads");
    }

    [Fact]
    public void Number_too_large_for_its_type_points_at_the_value()
    {
        var text = Minimal.Replace("Threads:\t2", "Threads:\t2147483648"); // int.MaxValue + 1
        ParseAssert.Fails(u => ProcessStatus.Parse(u), text, line: 11, column: "Threads:\t".Length + 1, mentions: "Threads");
    }

    [Fact]
    public void Size_in_kB_too_large_for_bytes_is_a_parse_error()
    {
        // 2^54 kB fits a ulong, but not once multiplied by 1024.
        var text = Minimal + "VmSize:\t18014398509481984 kB\n";
        ParseAssert.Fails(u => ProcessStatus.Parse(u), text, line: 25, column: "VmSize:\t".Length + 1, mentions: "VmSize");
    }

    [Fact]
    public void Size_without_its_kB_unit_is_a_parse_error_after_the_number()
    {
        var text = Minimal + "VmRSS:\t1812\n";
        ParseAssert.Fails(u => ProcessStatus.Parse(u), text, line: 25, column: "VmRSS:\t1812".Length + 1, mentions: "VmRss");
    }

    [Fact]
    public void Truncated_id_set_is_a_parse_error()
    {
        var text = Minimal.Replace("Uid:\t1000\t1000\t1000\t1000", "Uid:\t1000\t1000");
        ParseAssert.Fails(u => ProcessStatus.Parse(u), text, line: 7, column: "Uid:\t".Length + 1, mentions: "Uid");
    }

    [Fact]
    public void Line_without_separator_is_a_parse_error()
    {
        var text = Minimal.Replace("TracerPid:\t0", "TracerPid 0");
        ParseAssert.Fails(u => ProcessStatus.Parse(u), text, line: 6, column: 1, mentions: "':'");
    }

    [Fact]
    public void Bad_octal_umask_points_at_the_value()
    {
        var text = "Umask:\t0089\n" + Minimal;
        ParseAssert.Fails(u => ProcessStatus.Parse(u), text, line: 1, column: "Umask:\t".Length + 1, mentions: "Umask");
    }

    [Fact]
    public void Bad_group_id_points_at_that_id()
    {
        var text = Minimal.Replace("Groups:\t4 24 27 ", "Groups:\t4 2x4 27 ");
        ParseAssert.Fails(u => ProcessStatus.Parse(u), text, line: 10, column: "Groups:\t4 ".Length + 1, mentions: "Groups");
    }
}
