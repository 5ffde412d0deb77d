using System;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

public class ProcessStatTests
{
    // The 52 fields of a 3.5+ kernel after "(comm) state": every value distinct, so a shifted column shows.
    private const string Tail52 =
        "1 7321 4491 34817 7321 4194304 215 3 4 5 60 70 -8 -9 20 0 1 0 381801 2990080 425 18446744073709551615 " +
        "94653353353216 94653353371145 140731777228368 11 12 13 14 6 15 1 16 17 17 1 2 3 4 5 6 " +
        "94653353385232 94653353386496 94653400739840 140731777236891 140731777236902 140731777236902 140731777236969 256";

    [Fact]
    public void Ordinary_process_from_fixture_has_all_52_fields()
    {
        var stat = Fixtures.Fs().Process(Fixtures.SleepPid).Stat();

        Assert.Equal(7325, stat.Pid);
        Assert.Equal("sleep", stat.Comm);
        Assert.Equal(ProcessState.Sleeping, stat.State);
        Assert.Equal(1, stat.ParentPid);
        Assert.Equal(7321, stat.ProcessGroupId);
        Assert.Equal(4491, stat.SessionId);
        Assert.Equal(0, stat.TtyNumber);
        Assert.Equal(-1, stat.TerminalProcessGroupId);
        Assert.Equal(4194304u, stat.Flags);
        Assert.Equal(215UL, stat.MinorFaults);
        Assert.Equal(0UL, stat.ChildMinorFaults);
        Assert.Equal(0UL, stat.MajorFaults);
        Assert.Equal(0UL, stat.ChildMajorFaults);
        Assert.Equal(0UL, stat.UserTimeTicks);
        Assert.Equal(0UL, stat.SystemTimeTicks);
        Assert.Equal(0L, stat.ChildUserTimeTicks);
        Assert.Equal(0L, stat.ChildSystemTimeTicks);
        Assert.Equal(20L, stat.Priority);
        Assert.Equal(0L, stat.Nice);
        Assert.Equal(1L, stat.ThreadCount);
        Assert.Equal(0L, stat.ItRealValue);
        Assert.Equal(381801UL, stat.StartTimeTicks);
        Assert.Equal(2990080UL, stat.VirtualMemorySize);
        Assert.Equal(425L, stat.Rss);
        Assert.Equal(ulong.MaxValue, stat.RssLimit);
        Assert.Equal(94653353353216UL, stat.StartCode);
        Assert.Equal(94653353371145UL, stat.EndCode);
        Assert.Equal(140731777228368UL, stat.StartStack);
        Assert.Equal(0UL, stat.KernelStackPointer);
        Assert.Equal(0UL, stat.KernelInstructionPointer);
        Assert.Equal(0UL, stat.PendingSignals);
        Assert.Equal(0UL, stat.BlockedSignals);
        Assert.Equal(6UL, stat.IgnoredSignals);
        Assert.Equal(0UL, stat.CaughtSignals);
        Assert.Equal(1UL, stat.WaitChannel);
        Assert.Equal(0UL, stat.SwappedPages);
        Assert.Equal(0UL, stat.ChildSwappedPages);
        Assert.Equal(17, stat.ExitSignal);
        Assert.Equal(0, stat.Processor);
        Assert.Equal(0u, stat.RealtimePriority);
        Assert.Equal(0u, stat.Policy);
        Assert.Equal(0UL, stat.BlockIoDelayTicks);
        Assert.Equal(0UL, stat.GuestTimeTicks);
        Assert.Equal(0L, stat.ChildGuestTimeTicks);
        Assert.Equal(94653353385232UL, stat.StartData);
        Assert.Equal(94653353386496UL, stat.EndData);
        Assert.Equal(94653400739840UL, stat.StartBrk);
        Assert.Equal(140731777236891UL, stat.ArgStart);
        Assert.Equal(140731777236902UL, stat.ArgEnd);
        Assert.Equal(140731777236902UL, stat.EnvStart);
        Assert.Equal(140731777236969UL, stat.EnvEnd);
        Assert.Equal(0, stat.ExitCode);
    }

    [Fact]
    public void Self_link_reads_the_same_process()
    {
        var fs = Fixtures.Fs();
        Assert.Equal(fs.Process(Fixtures.SleepPid).Stat(), fs.Self.Stat());
    }

    [Fact]
    public void Init_from_fixture_has_negative_nice_and_cpu_times()
    {
        var stat = Fixtures.Fs().Process(1).Stat();

        Assert.Equal("process_api", stat.Comm);
        Assert.Equal(0, stat.ParentPid);
        Assert.Equal(4194560u, stat.Flags);
        Assert.Equal(37462UL, stat.MinorFaults);
        Assert.Equal(699884UL, stat.ChildMinorFaults);
        Assert.Equal(219UL, stat.ChildMajorFaults);
        Assert.Equal(267UL, stat.UserTimeTicks);
        Assert.Equal(569UL, stat.SystemTimeTicks);
        Assert.Equal(4361L, stat.ChildUserTimeTicks);
        Assert.Equal(1770L, stat.ChildSystemTimeTicks);
        Assert.Equal(10L, stat.Priority);
        Assert.Equal(-10L, stat.Nice);
        Assert.Equal(13L, stat.ThreadCount);
        Assert.Equal(18UL, stat.StartTimeTicks);
        Assert.Equal(43364352UL, stat.VirtualMemorySize);
        Assert.Equal(3241L, stat.Rss);
        Assert.Equal(4096UL, stat.IgnoredSignals);
        Assert.Equal(1256UL, stat.CaughtSignals);
        Assert.Equal(1, stat.Processor);
        // Not ptrace-readable for the capturing user: the kernel prints the [PT] addresses as 0.
        Assert.Equal(1UL, stat.StartCode);
        Assert.Equal(0UL, stat.StartData);
    }

    [Fact]
    public void Kernel_threads_from_fixture()
    {
        var fs = Fixtures.Fs();
        var kthreadd = fs.Process(2).Stat();
        var worker = fs.Process(4).Stat();

        Assert.Equal("kthreadd", kthreadd.Comm);
        Assert.Equal(ProcessState.Sleeping, kthreadd.State);
        Assert.Equal(2129984u, kthreadd.Flags);
        Assert.NotEqual(0u, kthreadd.Flags & 0x00200000u); // PF_KTHREAD
        Assert.Equal(0UL, kthreadd.VirtualMemorySize);
        Assert.Equal(2147483647UL, kthreadd.IgnoredSignals);
        Assert.Equal(0, kthreadd.ExitSignal);

        Assert.Equal("kworker/R-rcu_gp", worker.Comm);
        Assert.Equal(ProcessState.Idle, worker.State);
        Assert.Equal(2, worker.ParentPid);
        Assert.Equal(0L, worker.Priority);
        Assert.Equal(-20L, worker.Nice);
        Assert.Equal(69238880u, worker.Flags);
    }

    [Fact]
    public void Time_helpers_convert_ticks_with_the_hosts_clock()
    {
        var stat = Fixtures.Fs().Process(1).Stat();
        var host = Fixtures.Linux618Host;
        var boot = new DateTimeOffset(2025, 11, 22, 3, 30, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(2.67), stat.UserTime(host));
        Assert.Equal(TimeSpan.FromSeconds(5.69), stat.SystemTime(host));
        Assert.Equal(boot + TimeSpan.FromSeconds(0.18), stat.StartTime(boot, host));
        Assert.Equal(3241UL * 4096, stat.RssBytes(host));
        Assert.Equal(TimeSpan.FromSeconds(267.0 / 250), stat.UserTime(host with { ClockTicksPerSecond = 250 }));
    }

    [Fact]
    public void Every_column_lands_in_its_own_property()
    {
        var stat = ProcessStat.Parse(Fixtures.Bytes("7325 (sleep) S " + Tail52 + "\n"));

        Assert.Equal(34817, stat.TtyNumber);
        Assert.Equal(3UL, stat.ChildMinorFaults);
        Assert.Equal(4UL, stat.MajorFaults);
        Assert.Equal(5UL, stat.ChildMajorFaults);
        Assert.Equal(60UL, stat.UserTimeTicks);
        Assert.Equal(70UL, stat.SystemTimeTicks);
        Assert.Equal(-8L, stat.ChildUserTimeTicks);
        Assert.Equal(-9L, stat.ChildSystemTimeTicks);
        Assert.Equal(11UL, stat.KernelStackPointer);
        Assert.Equal(12UL, stat.KernelInstructionPointer);
        Assert.Equal(13UL, stat.PendingSignals);
        Assert.Equal(14UL, stat.BlockedSignals);
        Assert.Equal(15UL, stat.CaughtSignals);
        Assert.Equal(16UL, stat.SwappedPages);
        Assert.Equal(17UL, stat.ChildSwappedPages);
        Assert.Equal(17, stat.ExitSignal);
        Assert.Equal(1, stat.Processor);
        Assert.Equal(2u, stat.RealtimePriority);
        Assert.Equal(3u, stat.Policy);
        Assert.Equal(4UL, stat.BlockIoDelayTicks);
        Assert.Equal(5UL, stat.GuestTimeTicks);
        Assert.Equal(6L, stat.ChildGuestTimeTicks);
        Assert.Equal(256, stat.ExitCode);
    }

    [Theory]
    [InlineData("a) (b")]      // a name chosen to confuse "up to the first ')'" parsers
    [InlineData("(sd-pam)")]    // systemd's user-manager helper really is called this
    [InlineData("x y  z")]      // blanks inside the name
    [InlineData(")")]
    [InlineData("")]            // prctl(PR_SET_NAME, "")
    public void Comm_runs_to_the_last_closing_parenthesis(string comm)
    {
        var stat = ProcessStat.Parse(Fixtures.Bytes($"42 ({comm}) R " + Tail52 + "\n"));

        Assert.Equal(comm, stat.Comm);
        Assert.Equal(ProcessState.Running, stat.State);
        Assert.Equal(1, stat.ParentPid);
        Assert.Equal(256, stat.ExitCode);
    }

    [Fact]
    public void Older_kernel_without_the_3_3_and_3_5_fields_leaves_them_null()
    {
        // 2.6.24 … 3.2: the line ends after (44) cguest_time.
        var line = "42 (old) S 1 42 42 0 -1 4202752 10 0 0 0 1 2 0 0 20 0 1 0 500 1000 50 4294967295 " +
                   "134512640 134530000 3219000000 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0\n";
        var stat = ProcessStat.Parse(Fixtures.Bytes(line));

        Assert.Equal(4294967295UL, stat.RssLimit);
        Assert.Equal(17, stat.ExitSignal);
        Assert.Equal(0L, stat.ChildGuestTimeTicks);
        Assert.Null(stat.StartData);
        Assert.Null(stat.EndData);
        Assert.Null(stat.StartBrk);
        Assert.Null(stat.ArgStart);
        Assert.Null(stat.EnvEnd);
        Assert.Null(stat.ExitCode);
    }

    [Fact]
    public void Kernel_3_3_line_has_data_addresses_but_no_exit_code()
    {
        var line = "42 (mid) S 1 42 42 0 -1 4202752 10 0 0 0 1 2 0 0 20 0 1 0 500 1000 50 4294967295 " +
                   "134512640 134530000 3219000000 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 100 200 300\n";
        var stat = ProcessStat.Parse(Fixtures.Bytes(line));

        Assert.Equal(100UL, stat.StartData);
        Assert.Equal(200UL, stat.EndData);
        Assert.Equal(300UL, stat.StartBrk);
        Assert.Null(stat.ArgStart);
        Assert.Null(stat.ExitCode);
    }

    [Theory]
    [InlineData("Q")]
    [InlineData("N")]
    [InlineData("RR")]
    public void Unknown_state_letter_maps_to_the_fallback(string state)
    {
        var stat = ProcessStat.Parse(Fixtures.Bytes($"42 (x) {state} " + Tail52 + "\n"));

        Assert.Equal(ProcessState.Unknown, stat.State);
        Assert.Equal(1, stat.ParentPid);
    }

    [Theory]
    [InlineData("W", ProcessState.Waking)]
    [InlineData("K", ProcessState.WakeKill)]
    [InlineData("x", ProcessState.DeadLegacy)]
    [InlineData("P", ProcessState.Parked)]
    [InlineData("t", ProcessState.TracingStop)]
    [InlineData("D", ProcessState.DiskSleep)]
    [InlineData("Z", ProcessState.Zombie)]
    public void Every_documented_state_letter_has_a_member(string letter, ProcessState expected)
        => Assert.Equal(expected, ProcessStat.Parse(Fixtures.Bytes($"42 (x) {letter} " + Tail52)).State);

    [Fact]
    public void No_trailing_newline_and_CRLF_are_accepted()
    {
        Assert.Equal(256, ProcessStat.Parse(Fixtures.Bytes("42 (x) S " + Tail52)).ExitCode);
        Assert.Equal(256, ProcessStat.Parse(Fixtures.Bytes("42 (x) S " + Tail52 + "\r\n")).ExitCode);
    }

    [Fact]
    public void Empty_file_is_a_parse_error_on_line_1()
    {
        var error = ParseAssert.Fails(u => ProcessStat.Parse(u), "", line: 1, column: 1, mentions: "line");
        Assert.Equal("", error.LineText);
    }

    [Fact]
    public void Truncated_line_points_just_past_its_end_and_names_the_missing_field()
    {
        const string line = "42 (x) S 1 42";
        ParseAssert.Fails(u => ProcessStat.Parse(u), line + "\n", line: 1, column: line.Length + 1, mentions: "SessionId");
    }

    [Fact]
    public void Value_too_large_for_its_type_points_at_the_field()
    {
        // (9) flags is an unsigned int in the kernel: 2^32 cannot be one.
        var line = "42 (x) S 1 42 42 0 -1 4294967296 " + Tail52[Tail52.IndexOf(" 215 ", StringComparison.Ordinal)..].TrimStart();
        ParseAssert.Fails(u => ProcessStat.Parse(u), line + "\n", line: 1, column: ParseAssert.ColumnOf(line, "4294967296"), mentions: "Flags");
    }

    [Fact]
    public void Negative_value_in_an_unsigned_field_is_a_parse_error()
    {
        var line = "42 (x) S 1 42 42 0 -1 -5 " + Tail52[Tail52.IndexOf(" 215 ", StringComparison.Ordinal)..].TrimStart();
        ParseAssert.Fails(u => ProcessStat.Parse(u), line, line: 1, column: ParseAssert.ColumnOf(line, "-5"), mentions: "Flags");
    }

    [Fact]
    public void Missing_parentheses_around_comm_is_a_parse_error()
    {
        const string line = "42 sleep S 1 42";
        ParseAssert.Fails(u => ProcessStat.Parse(u), line, line: 1, column: 4, mentions: "Comm");
    }

    [Fact]
    public void Garbage_in_a_trailing_optional_field_is_still_an_error()
    {
        var line = "42 (x) S " + Tail52[..Tail52.LastIndexOf(' ')] + " 12z";
        ParseAssert.Fails(u => ProcessStat.Parse(u), line, line: 1, column: ParseAssert.ColumnOf(line, "12z"), mentions: "ExitCode");
    }
}
