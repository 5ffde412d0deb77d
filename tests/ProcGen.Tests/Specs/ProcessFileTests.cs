using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>The small per-process files: statm, io, comm, cmdline, environ, wchan, the OOM knobs, audit ids, personality, coredump_filter.</summary>
public class ProcessFileTests
{
    private static ProcessDirectory Sleep => Fixtures.Fs().Process(Fixtures.SleepPid);

    [Fact]
    public void Statm_from_fixture_in_pages_and_bytes()
    {
        var statm = Sleep.Statm();
        var host = Fixtures.Linux618Host;

        Assert.Equal(new ProcessStatm { Size = 730, Resident = 453, Shared = 425, Text = 5, Lib = 0, Data = 89, Dirty = 0 }, statm);
        Assert.Equal(730UL * 4096, statm.SizeBytes(host));
        Assert.Equal(453UL * 4096, statm.ResidentBytes(host));
        Assert.Equal(425UL * 4096, statm.SharedBytes(host));
        Assert.Equal(5UL * 4096, statm.TextBytes(host));
        Assert.Equal(89UL * 4096, statm.DataBytes(host));
        // statm and status describe the same memory: size is VmSize, resident is VmRSS.
        Assert.Equal(Sleep.Status().VmSize, statm.SizeBytes(host));
        Assert.Equal(Sleep.Status().VmRss, statm.ResidentBytes(host));
    }

    [Fact]
    public void Statm_of_init_and_of_a_kernel_thread()
    {
        var fs = Fixtures.Fs();
        Assert.Equal(new ProcessStatm { Size = 10587, Resident = 3246, Shared = 1618, Text = 1332, Lib = 0, Data = 8738, Dirty = 0 }, fs.Process(1).Statm());
        Assert.Equal(new ProcessStatm { Size = 0, Resident = 0, Shared = 0, Text = 0, Lib = 0, Data = 0, Dirty = 0 }, fs.Process(2).Statm());
    }

    [Fact]
    public void Statm_truncated_names_the_missing_column()
        => ParseAssert.Fails(u => ProcessStatm.Parse(u), "730 453 425 5 0\n", line: 1, column: "730 453 425 5 0".Length + 1, mentions: "Data");

    [Fact]
    public void Io_from_fixture()
    {
        var io = Sleep.Io();
        Assert.Equal(new ProcessIo
        {
            ReadChars = 13952, WriteChars = 0, ReadSyscalls = 20, WriteSyscalls = 0,
            ReadBytes = 0, WriteBytes = 0, CancelledWriteBytes = 0,
        }, io);
    }

    [Fact]
    public void Io_unreadable_in_fixture_is_reported_as_not_found()
    {
        // The capture could not read init's io (no ptrace access), so the fixture has no such file.
        Assert.Equal(ProcReadStatus.NotFound, Fixtures.Fs().Process(1).TryReadIo().Status);
    }

    [Fact]
    public void Io_with_a_value_too_large_points_at_it()
    {
        const string text = "rchar: 1\nwchar: 18446744073709551616\nsyscr: 0\nsyscw: 0\nread_bytes: 0\nwrite_bytes: 0\ncancelled_write_bytes: 0\n";
        ParseAssert.Fails(u => ProcessIo.Parse(u), text, line: 2, column: "wchar: ".Length + 1, mentions: "WriteChars");
    }

    [Fact]
    public void Comm_from_fixture_and_inline()
    {
        Assert.Equal("sleep", Sleep.Comm().Name);
        Assert.Equal("kworker/R-rcu_gp", Fixtures.Fs().Process(4).Comm().Name);
        Assert.Equal("a) (b", ProcessComm.Parse(Fixtures.Bytes("a) (b\n")).Name);
        Assert.Equal(" lead and trail ", ProcessComm.Parse(Fixtures.Bytes(" lead and trail \n")).Name);
        Assert.Equal("no-newline", ProcessComm.Parse(Fixtures.Bytes("no-newline")).Name);
    }

    [Fact]
    public void Cmdline_from_fixture()
    {
        var fs = Fixtures.Fs();
        Assert.Equal(new[] { "sleep", "1000" }, Sleep.Cmdline().Arguments);
        Assert.Equal("sleep 1000", Sleep.Cmdline().ToString());
        Assert.Empty(fs.Process(2).Cmdline().Arguments); // kernel threads have no argv
        var init = fs.Process(1).Cmdline().Arguments;
        Assert.Equal(15, init.Length);
        Assert.Equal("/process_api", init[0]);
        Assert.Equal("--auth-required", init[^1]);
    }

    [Fact]
    public void Cmdline_without_final_NUL_keeps_the_last_argument()
    {
        // A process that overwrote its argv (setproctitle) may leave no terminating NUL.
        Assert.Equal(new[] { "nginx: worker process" }, ProcessCmdline.Parse(Fixtures.Bytes("nginx: worker process")).Arguments);
        Assert.Equal(new[] { "a", "b c" }, ProcessCmdline.Parse(Fixtures.Bytes("a\0b c")).Arguments);
        Assert.Equal(new[] { "a", "", "b" }, ProcessCmdline.Parse(Fixtures.Bytes("a\0\0b\0")).Arguments);
    }

    [Fact]
    public void Environ_from_fixture_splits_at_the_first_equals_sign()
    {
        var environ = Sleep.Environ();

        Assert.Equal(new[]
        {
            new EnvironmentVariable("HOME", "/tmp/pgcap"),
            new EnvironmentVariable("LANG", "C.UTF-8"),
            new EnvironmentVariable("PATH", "/usr/bin:/bin"),
            new EnvironmentVariable("PROCGEN_NOTE", "a=b=c"),
        }, environ.Variables);
        Assert.Equal("a=b=c", environ.Get("PROCGEN_NOTE"));
        Assert.Null(environ.Get("USER"));
    }

    [Fact]
    public void Environ_inline_edge_cases()
    {
        var environ = ProcessEnviron.Parse(Fixtures.Bytes("EMPTY=\0=leading\0NOEQUALS\0LAST=x=y"));

        Assert.Equal(new[]
        {
            new EnvironmentVariable("EMPTY", ""),
            new EnvironmentVariable("", "leading"),
            new EnvironmentVariable("NOEQUALS", null),
            new EnvironmentVariable("LAST", "x=y"),
        }, environ.Variables);
        Assert.Empty(ProcessEnviron.Parse(default).Variables);
    }

    [Fact]
    public void Wchan_from_fixture()
    {
        var fs = Fixtures.Fs();
        Assert.Equal("hrtimer_nanosleep", Sleep.Wchan().Symbol);
        Assert.True(Sleep.Wchan().IsWaiting);
        Assert.Equal("kthreadd", fs.Process(2).Wchan().Symbol);
        Assert.Equal("rescuer_thread", fs.Process(4).Wchan().Symbol);
        // init's symbol is hidden from the capturing user: the kernel prints 0.
        Assert.Equal("0", fs.Process(1).Wchan().Symbol);
        Assert.False(fs.Process(1).Wchan().IsWaiting);
    }

    [Fact]
    public void Oom_files_from_fixture()
    {
        var fs = Fixtures.Fs();
        Assert.Equal(666u, Sleep.OomScore().Score);
        Assert.Equal(0u, fs.Process(1).OomScore().Score);
        Assert.Equal(0, Sleep.OomScoreAdj().Adjustment);
        Assert.False(Sleep.OomScoreAdj().IsOomKillDisabled);
        Assert.Equal(0, Sleep.OomAdj().Adjustment);
    }

    [Fact]
    public void Oom_adjustments_are_signed()
    {
        Assert.Equal(-1000, ProcessOomScoreAdj.Parse(Fixtures.Bytes("-1000\n")).Adjustment);
        Assert.True(ProcessOomScoreAdj.Parse(Fixtures.Bytes("-1000\n")).IsOomKillDisabled);
        Assert.Equal(-17, ProcessOomAdj.Parse(Fixtures.Bytes("-17\n")).Adjustment);
        Assert.Equal(15, ProcessOomAdj.Parse(Fixtures.Bytes("15")).Adjustment);
    }

    [Fact]
    public void Oom_score_empty_or_negative_is_a_parse_error()
    {
        ParseAssert.Fails(u => ProcessOomScore.Parse(u), "", line: 1, column: 1, mentions: "Score");
        ParseAssert.Fails(u => ProcessOomScore.Parse(u), "-3\n", line: 1, column: 1, mentions: "Score");
    }

    [Fact]
    public void Loginuid_and_sessionid_unset_in_fixture()
    {
        // Nothing in the capture VM logged in through PAM: both are (u32)-1.
        var loginUid = Sleep.LoginUid();
        var session = Sleep.SessionId();

        Assert.Equal(4294967295u, loginUid.Uid);
        Assert.False(loginUid.IsSet);
        Assert.Equal(ProcessLoginUid.Unset, loginUid.Uid);
        Assert.Equal(4294967295u, session.SessionId);
        Assert.False(session.IsSet);
    }

    [Fact]
    public void Loginuid_set_and_overflowing()
    {
        var loginUid = ProcessLoginUid.Parse(Fixtures.Bytes("1000"));
        Assert.Equal(1000u, loginUid.Uid);
        Assert.True(loginUid.IsSet);
        Assert.True(ProcessSessionId.Parse(Fixtures.Bytes("3")).IsSet);
        ParseAssert.Fails(u => ProcessLoginUid.Parse(u), "4294967296", line: 1, column: 1, mentions: "Uid");
    }

    [Fact]
    public void Personality_is_hexadecimal()
    {
        Assert.Equal(0u, Sleep.Personality().Persona);
        Assert.Equal(0u, Fixtures.Fs().Process(2).Personality().Persona);
        var norandom = ProcessPersonality.Parse(Fixtures.Bytes("00040000\n"));
        Assert.Equal(0x40000u, norandom.Persona);
        Assert.True(norandom.IsRandomizationDisabled);
        Assert.Equal(0u, norandom.Domain);
        Assert.Equal(0x0008u, ProcessPersonality.Parse(Fixtures.Bytes("00000008\n")).Domain); // PER_LINUX32
        ParseAssert.Fails(u => ProcessPersonality.Parse(u), "0004g000\n", line: 1, column: 1, mentions: "Persona");
    }

    [Fact]
    public void Personality_refused_in_fixture_is_not_found()
        => Assert.Equal(ProcReadStatus.NotFound, Fixtures.Fs().Process(1).TryReadPersonality().Status);

    [Fact]
    public void Coredump_filter_from_fixture_and_kernel_thread()
    {
        var filter = Sleep.CoredumpFilter();
        Assert.Equal(0x33u, filter.Mask); // the kernel default: anonymous, ELF headers, hugetlb private
        Assert.True(filter.Includes(0));
        Assert.True(filter.Includes(1));
        Assert.False(filter.Includes(2));
        Assert.True(filter.Includes(4));
        Assert.True(filter.Includes(5));
        // No mm, no filter: the kernel returns an empty file.
        var kthread = Fixtures.Fs().Process(2).CoredumpFilter();
        Assert.Null(kthread.Mask);
        Assert.False(kthread.Includes(0));
    }
}
