using System;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/stat</c>: one line of status fields, the ones <c>ps</c> reads (proc(5); <c>do_task_stat</c> in
/// <c>fs/proc/array.c</c>). Comments give the man page's 1-based field numbers; <see cref="ColumnAttribute"/>
/// indices are 0-based.
/// </summary>
/// <remarks>
/// Units are the kernel's: times in clock ticks (<see cref="HostInfo.ClockTicksPerSecond"/>, use
/// <see cref="UserTime"/>, <see cref="SystemTime"/>, <see cref="StartTime"/>), <see cref="Rss"/> in pages,
/// <see cref="VirtualMemorySize"/> in bytes. Addresses marked [PT] read as 0 unless the reader may ptrace the
/// process. Fields (45)–(52) appeared in 3.3 and 3.5 and are nullable; older lines simply end earlier.
/// </remarks>
[ProcFile("{pid}/stat"), Columnar]
public sealed partial record ProcessStat
{
    /// <summary>(1) pid: the process (thread) id.</summary>
    [Column(0)] public required int Pid { get; init; }

    /// <summary>(2) comm: the command name, without the parentheses; may itself contain blanks and parentheses.</summary>
    [Column(1), Enclosed('(', ')')] public required string Comm { get; init; }

    /// <summary>(3) state.</summary>
    [Column(2)] public required ProcessState State { get; init; }

    /// <summary>(4) ppid: the parent's pid.</summary>
    [Column(3)] public required int ParentPid { get; init; }

    /// <summary>(5) pgrp: the process group id.</summary>
    [Column(4)] public required int ProcessGroupId { get; init; }

    /// <summary>(6) session: the session id.</summary>
    [Column(5)] public required int SessionId { get; init; }

    /// <summary>(7) tty_nr: the controlling terminal (major in bits 15–8, minor in 31–20 and 7–0); 0 for none.</summary>
    [Column(6)] public required int TtyNumber { get; init; }

    /// <summary>(8) tpgid: foreground process group of the controlling terminal; -1 for none.</summary>
    [Column(7)] public required int TerminalProcessGroupId { get; init; }

    /// <summary>(9) flags: the <c>PF_*</c> flags of <c>include/linux/sched.h</c> (<c>PF_KTHREAD</c> = 0x00200000).</summary>
    [Column(8)] public required uint Flags { get; init; }

    /// <summary>(10) minflt: minor faults (no disk access).</summary>
    [Column(9)] public required ulong MinorFaults { get; init; }

    /// <summary>(11) cminflt: minor faults of waited-for children.</summary>
    [Column(10)] public required ulong ChildMinorFaults { get; init; }

    /// <summary>(12) majflt: major faults (a page was read from disk).</summary>
    [Column(11)] public required ulong MajorFaults { get; init; }

    /// <summary>(13) cmajflt: major faults of waited-for children.</summary>
    [Column(12)] public required ulong ChildMajorFaults { get; init; }

    /// <summary>(14) utime: time scheduled in user mode (guest time included), clock ticks.</summary>
    [Column(13)] public required ulong UserTimeTicks { get; init; }

    /// <summary>(15) stime: time scheduled in kernel mode, clock ticks.</summary>
    [Column(14)] public required ulong SystemTimeTicks { get; init; }

    /// <summary>(16) cutime: user time of waited-for children, clock ticks.</summary>
    [Column(15)] public required long ChildUserTimeTicks { get; init; }

    /// <summary>(17) cstime: kernel time of waited-for children, clock ticks.</summary>
    [Column(16)] public required long ChildSystemTimeTicks { get; init; }

    /// <summary>(18) priority: for real-time policies -2 … -100 (−1 − rt_priority), otherwise nice + 20.</summary>
    [Column(17)] public required long Priority { get; init; }

    /// <summary>(19) nice: -20 (highest priority) … 19.</summary>
    [Column(18)] public required long Nice { get; init; }

    /// <summary>(20) num_threads (2.6+).</summary>
    [Column(19)] public required long ThreadCount { get; init; }

    /// <summary>(21) itrealvalue: always 0 since 2.6.17.</summary>
    [Column(20)] public required long ItRealValue { get; init; }

    /// <summary>(22) starttime: when the process started, clock ticks after boot (see <see cref="StartTime"/>).</summary>
    [Column(21)] public required ulong StartTimeTicks { get; init; }

    /// <summary>(23) vsize: virtual memory size, bytes.</summary>
    [Column(22)] public required ulong VirtualMemorySize { get; init; }

    /// <summary>(24) rss: resident set size, pages (see <see cref="RssBytes"/>).</summary>
    [Column(23)] public required long Rss { get; init; }

    /// <summary>(25) rsslim: soft limit on the RSS, bytes (<c>RLIM_INFINITY</c> prints as 18446744073709551615).</summary>
    [Column(24)] public required ulong RssLimit { get; init; }

    /// <summary>(26) startcode [PT]: lowest address of program text.</summary>
    [Column(25)] public required ulong StartCode { get; init; }

    /// <summary>(27) endcode [PT]: highest address of program text.</summary>
    [Column(26)] public required ulong EndCode { get; init; }

    /// <summary>(28) startstack [PT]: bottom of the stack.</summary>
    [Column(27)] public required ulong StartStack { get; init; }

    /// <summary>(29) kstkesp: stack pointer; 0 unless the process is dumping core.</summary>
    [Column(28)] public required ulong KernelStackPointer { get; init; }

    /// <summary>(30) kstkeip: instruction pointer; 0 unless the process is dumping core.</summary>
    [Column(29)] public required ulong KernelInstructionPointer { get; init; }

    /// <summary>(31) signal: pending signals as a decimal bitmap (obsolete: use <see cref="ProcessStatus"/>).</summary>
    [Column(30)] public required ulong PendingSignals { get; init; }

    /// <summary>(32) blocked: blocked signals as a decimal bitmap (obsolete).</summary>
    [Column(31)] public required ulong BlockedSignals { get; init; }

    /// <summary>(33) sigignore: ignored signals as a decimal bitmap (obsolete).</summary>
    [Column(32)] public required ulong IgnoredSignals { get; init; }

    /// <summary>(34) sigcatch: caught signals as a decimal bitmap (obsolete).</summary>
    [Column(33)] public required ulong CaughtSignals { get; init; }

    /// <summary>(35) wchan [PT]: since 4.4 only 0 (running) or 1 (waiting); the name is in <c>{pid}/wchan</c>.</summary>
    [Column(34)] public required ulong WaitChannel { get; init; }

    /// <summary>(36) nswap: not maintained, always 0.</summary>
    [Column(35)] public required ulong SwappedPages { get; init; }

    /// <summary>(37) cnswap: not maintained, always 0.</summary>
    [Column(36)] public required ulong ChildSwappedPages { get; init; }

    /// <summary>(38) exit_signal: signal sent to the parent on exit (2.1.22+).</summary>
    [Column(37)] public required int ExitSignal { get; init; }

    /// <summary>(39) processor: CPU last run on (2.2.8+).</summary>
    [Column(38)] public required int Processor { get; init; }

    /// <summary>(40) rt_priority: real-time priority 1–99, 0 for normal policies (2.5.19+).</summary>
    [Column(39)] public required uint RealtimePriority { get; init; }

    /// <summary>(41) policy: the <c>SCHED_*</c> scheduling policy number (2.5.19+).</summary>
    [Column(40)] public required uint Policy { get; init; }

    /// <summary>(42) delayacct_blkio_ticks: aggregated block I/O delays, clock ticks (2.6.18+).</summary>
    [Column(41)] public required ulong BlockIoDelayTicks { get; init; }

    /// <summary>(43) guest_time: time spent running a virtual CPU, clock ticks (2.6.24+).</summary>
    [Column(42)] public required ulong GuestTimeTicks { get; init; }

    /// <summary>(44) cguest_time: guest time of waited-for children, clock ticks (2.6.24+).</summary>
    [Column(43)] public required long ChildGuestTimeTicks { get; init; }

    /// <summary>(45) start_data [PT]: start of initialized and uninitialized (BSS) data (3.3+).</summary>
    [Column(44)] public ulong? StartData { get; init; }

    /// <summary>(46) end_data [PT]: end of data (3.3+).</summary>
    [Column(45)] public ulong? EndData { get; init; }

    /// <summary>(47) start_brk [PT]: start of the heap (3.3+).</summary>
    [Column(46)] public ulong? StartBrk { get; init; }

    /// <summary>(48) arg_start [PT]: start of the command-line arguments (3.5+).</summary>
    [Column(47)] public ulong? ArgStart { get; init; }

    /// <summary>(49) arg_end [PT]: end of the command-line arguments (3.5+).</summary>
    [Column(48)] public ulong? ArgEnd { get; init; }

    /// <summary>(50) env_start [PT]: start of the environment (3.5+).</summary>
    [Column(49)] public ulong? EnvStart { get; init; }

    /// <summary>(51) env_end [PT]: end of the environment (3.5+).</summary>
    [Column(50)] public ulong? EnvEnd { get; init; }

    /// <summary>(52) exit_code [PT]: the exit status as <c>waitpid</c> reports it (3.5+).</summary>
    [Column(51)] public int? ExitCode { get; init; }

    /// <summary>(14) utime as a duration.</summary>
    public TimeSpan UserTime(HostInfo host) => host.TicksToTimeSpan(UserTimeTicks);

    /// <summary>(15) stime as a duration.</summary>
    public TimeSpan SystemTime(HostInfo host) => host.TicksToTimeSpan(SystemTimeTicks);

    /// <summary>
    /// (22) starttime as a point in time, given the boot time (<c>btime</c> of <c>/proc/stat</c>, or now minus
    /// <see cref="Uptime.UpSeconds"/>).
    /// </summary>
    public DateTimeOffset StartTime(DateTimeOffset bootTime, HostInfo host) => bootTime + host.TicksToTimeSpan(StartTimeTicks);

    /// <summary>(24) rss in bytes; a negative count (never printed in practice) reads as 0.</summary>
    public ulong RssBytes(HostInfo host) => Rss <= 0 ? 0 : host.PagesToBytes((ulong)Rss);
}
