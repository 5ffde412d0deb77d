using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ProcGen.Specs;

/// <summary>
/// One process (or thread) as the process API sees it: the facts of its <c>stat</c>, read once when the object
/// was made, and the other per-process files read lazily, on first use, through results that tell a value from
/// a process that has gone, a refused read and a file that has no meaning for this process. Like
/// <see cref="FileInfo"/>, it is a snapshot that also acts: it can signal and wait for the process it describes.
/// </summary>
/// <remarks>
/// <para>
/// Lazy reads (<see cref="CommandLine"/>, <see cref="Environment"/>, <see cref="Exe"/>, <see cref="Root"/>,
/// <see cref="Status"/>, <see cref="Io"/>, <see cref="FileDescriptors"/>) are cached with their outcome, failures
/// included, so one object answers consistently; <see cref="Cwd"/> is read anew each time, because a process
/// changes directory during its life. Read a fresh object (<see cref="Refresh"/>) for current values.
/// </para>
/// <para>
/// <see cref="ProcReadStatus.NotApplicable"/> is reported where the file exists for processes in general but not
/// for this one: a kernel thread has no executable, command line or environment; a zombie has released its
/// memory, descriptors, working and root directory. The rule is the same for every lazy read: a missing file or
/// an empty command line or environment on a kernel thread or a zombie is "not applicable". Whether the process
/// is a zombie by then is learned from a fresh <c>stat</c>, since it may have exited after this object was made;
/// that read also tells a pid that now names another process, which is reported as gone.
/// </para>
/// <para>Thread safety: instances may be shared; two threads asking for the same lazy value may both read it.</para>
/// </remarks>
public sealed class ProcessInfo
{
    /// <summary><c>PF_KTHREAD</c> of <c>include/linux/sched.h</c>: the task is a kernel thread.</summary>
    private const uint KernelThreadFlag = 0x00200000;

    // Each cache slot holds a boxed ProcResult<T>: a reference is published atomically, a struct would tear.
    private object? _commandLine, _environment, _exe, _root, _status, _io, _fileDescriptors, _limits, _cgroups, _maps;
    private string? _exePath;
    private bool _exePathKnown;

    private ProcessInfo(ProcessDirectory directory, ProcessStat stat, int threadGroupId, bool isThread)
    {
        Directory = directory;
        Stat = stat;
        ThreadGroupId = threadGroupId;
        IsThread = isThread;
    }

    /// <summary>Reads the <c>stat</c> of a process directory into a new object; gone or refused is a status.</summary>
    internal static ProcResult<ProcessInfo> TryRead(ProcessDirectory directory, int threadGroupId, bool isThread)
    {
        var stat = directory.TryReadStat();
        if (!stat.IsOk) return stat.CastFailure<ProcessInfo>();
        return ProcResult<ProcessInfo>.Ok(new ProcessInfo(directory, stat.Value, isThread ? threadGroupId : stat.Value.Pid, isThread));
    }

    /// <summary>The proc root this process was read from.</summary>
    public ProcFs Fs => Directory.Fs;

    /// <summary>The directory the files are read from: <c>42</c>, or <c>42/task/43</c> for a thread.</summary>
    public ProcessDirectory Directory { get; }

    /// <summary>The whole <c>stat</c> record, as read when this object was made.</summary>
    public ProcessStat Stat { get; }

    /// <summary>The process id (for a thread object, the thread id).</summary>
    public int Pid => Stat.Pid;

    /// <summary>The process the task belongs to: equal to <see cref="Pid"/> except for threads other than the main one.</summary>
    public int ThreadGroupId { get; }

    /// <summary>Whether this object was read from <c>{pid}/task/{tid}</c> (see <see cref="Threads"/>).</summary>
    public bool IsThread { get; }

    /// <summary>The command name (<c>comm</c>, at most 15 bytes; see <see cref="ExeName"/> for the full name).</summary>
    public string Comm => Stat.Comm;

    /// <summary>The scheduler state when this object was made.</summary>
    public ProcessState State => Stat.State;

    /// <summary>Whether the process had exited, unreaped, when this object was made (see <see cref="IsAlive"/> for now).</summary>
    public bool IsZombie => State is ProcessState.Zombie;

    /// <summary>Whether this is a kernel thread (<c>PF_KTHREAD</c>): no executable, command line or user memory.</summary>
    public bool IsKernelThread => (Stat.Flags & KernelThreadFlag) != 0;

    /// <summary>The parent's pid; 0 for the roots of the tree (init and kthreadd).</summary>
    public int ParentPid => Stat.ParentPid;

    /// <summary>The process group id.</summary>
    public int ProcessGroupId => Stat.ProcessGroupId;

    /// <summary>The session id.</summary>
    public int SessionId => Stat.SessionId;

    /// <summary>The controlling terminal (<see cref="TerminalDevice.None"/> for none).</summary>
    public TerminalDevice Terminal => TerminalDevice.FromTtyNumber(Stat.TtyNumber);

    /// <summary>Whether the process is in the foreground process group of its terminal (<c>ps</c>'s <c>+</c>).</summary>
    public bool IsInForeground => Stat.TerminalProcessGroupId > 0 && Stat.TerminalProcessGroupId == Stat.ProcessGroupId;

    /// <summary>The number of threads.</summary>
    public long ThreadCount => Stat.ThreadCount;

    /// <summary>The nice value, -20 … 19.</summary>
    public long Nice => Stat.Nice;

    /// <summary>Virtual memory size, bytes.</summary>
    public ulong VirtualMemorySize => Stat.VirtualMemorySize;

    /// <summary>Resident set size in bytes, with the page size of the root's host (<see cref="HostInfo.PageSize"/>).</summary>
    public ulong RssBytes => Stat.RssBytes(Fs.Host);

    /// <summary>CPU time in user mode, with the root's clock tick rate (<see cref="HostInfo.ClockTicksPerSecond"/>).</summary>
    public TimeSpan UserTime => Stat.UserTime(Fs.Host);

    /// <summary>CPU time in kernel mode.</summary>
    public TimeSpan SystemTime => Stat.SystemTime(Fs.Host);

    /// <summary>User plus kernel CPU time (<c>ps</c>'s TIME).</summary>
    public TimeSpan CpuTime => UserTime + SystemTime;

    /// <summary>When the process started, in clock ticks after boot: with <see cref="Pid"/>, its identity.</summary>
    public ulong StartTimeTicks => Stat.StartTimeTicks;

    /// <summary>
    /// When the process started: boot time (<c>btime</c> of the root's <c>stat</c>) plus the start ticks.
    /// <c>null</c> when the root has no <c>stat</c> to take the boot time from.
    /// </summary>
    public DateTimeOffset? StartTime => SystemBootTime.Get(Fs) is { } bootTime ? Stat.StartTime(bootTime, Fs.Host) : null;

    /// <summary>
    /// How long the process has existed (<c>ps</c>'s ETIME): the root's uptime, read now, minus the start ticks.
    /// Using the uptime rather than the wall clock keeps this right for a captured tree and across clock changes.
    /// <c>null</c> when the root has no <c>uptime</c>.
    /// </summary>
    public TimeSpan? RunTime
    {
        get
        {
            var uptime = Fs.TryReadUptime();
            if (!uptime.IsOk) return null;
            var run = uptime.Value.Up - Fs.Host.TicksToTimeSpan(StartTimeTicks);
            return run < TimeSpan.Zero ? TimeSpan.Zero : run;
        }
    }

    /// <summary>The arguments (<c>cmdline</c>); not applicable to kernel threads and zombies.</summary>
    public ProcResult<ProcessCmdline> CommandLine
        => Cached(ref _commandLine, "cmdline", static d => d.TryReadCmdline(), static c => c.Arguments.Length == 0);

    /// <summary>
    /// The initial environment (<c>environ</c>) by name; the first of repeated names wins, as with <c>getenv</c>, and
    /// an item without <c>=</c> maps to the empty string. Not applicable to kernel threads and zombies.
    /// </summary>
    public ProcResult<IReadOnlyDictionary<string, string>> Environment
        => Cached(ref _environment, "environ", static d => d.TryReadEnviron().Select(ToDictionary), static e => e.Count == 0);

    /// <summary>The executable (<c>exe</c>); not applicable to kernel threads and zombies.</summary>
    public ProcResult<ProcessExe> Exe => Cached(ref _exe, "exe", static d => d.TryReadExe());

    /// <summary>The working directory (<c>cwd</c>), read anew on every call; not applicable to zombies.</summary>
    public ProcResult<ProcessCwd> Cwd => ReadNow("cwd", static d => d.TryReadCwd());

    /// <summary>The root directory (<c>root</c>); not applicable to zombies.</summary>
    public ProcResult<ProcessRoot> Root => Cached(ref _root, "root", static d => d.TryReadRoot());

    /// <summary>The <c>status</c> summary (ids, memory, signals, capabilities).</summary>
    public ProcResult<ProcessStatus> Status => Cached(ref _status, "status", static d => d.TryReadStatus());

    /// <summary>The I/O counters (<c>io</c>).</summary>
    public ProcResult<ProcessIo> Io => Cached(ref _io, "io", static d => d.TryReadIo());

    /// <summary>The resource limits (<c>limits</c>), read once.</summary>
    public ProcResult<ProcTable<ProcessLimit>> Limits => Cached(ref _limits, "limits", static d => d.TryReadLimits());

    /// <summary>The control groups (<c>cgroup</c>), read once.</summary>
    public ProcResult<ProcTable<ProcessCgroup>> Cgroups => Cached(ref _cgroups, "cgroup", static d => d.TryReadCgroups());

    /// <summary>The memory mappings (<c>maps</c>), read once; a kernel thread has none (not applicable).</summary>
    public ProcResult<ProcTable<MemoryMapping>> Maps => Cached(ref _maps, "maps", static d => d.TryReadMaps(), static m => m.Count == 0);

    /// <summary>
    /// The open descriptors (<c>fd/</c>) and their targets, by number. A descriptor closed between the listing and
    /// the read of its link is left out. Not applicable to kernel threads and zombies.
    /// </summary>
    public ProcResult<IReadOnlyDictionary<int, ProcessFd>> FileDescriptors
        => Cached(ref _fileDescriptors, "fd", static d => ReadFileDescriptors(d), static f => f.Count == 0);

    /// <summary>Real, effective, saved and filesystem user ids (from <see cref="Status"/>).</summary>
    public ProcResult<IdSet> UserIds => Status.Select(static s => s.Uid);

    /// <summary>Real, effective, saved and filesystem group ids (from <see cref="Status"/>).</summary>
    public ProcResult<IdSet> GroupIds => Status.Select(static s => s.Gid);

    /// <summary>The names of <see cref="UserIds"/>, from the system's user database.</summary>
    public ProcResult<IdNames> UserNames => Status.Select(static s => IdNames.OfUsers(s.Uid));

    /// <summary>The names of <see cref="GroupIds"/>, from the system's group database.</summary>
    public ProcResult<IdNames> GroupNames => Status.Select(static s => IdNames.OfGroups(s.Gid));

    /// <summary>
    /// The absolute path of the executable, found as Python's <c>proc</c> package does: the <c>exe</c> link
    /// (without a <c>" (deleted)"</c> suffix); else <c>argv[0]</c> if it is absolute; else <c>argv[0]</c> looked up
    /// on the process's <c>PATH</c> (or this process's, if its environment is unreadable) — only for the running
    /// system's <c>/proc</c>, whose file system is the one at hand; else <c>null</c> (kernel threads, zombies).
    /// </summary>
    public string? ExePath
    {
        get
        {
            if (Volatile.Read(ref _exePathKnown)) return _exePath;
            _exePath = FindExePath();
            Volatile.Write(ref _exePathKnown, true);
            return _exePath;
        }
    }

    /// <summary>
    /// The name of the executable: the file name of <see cref="ExePath"/>, else <see cref="Comm"/>. Unlike
    /// <see cref="Comm"/> it is not cut at 15 bytes and does not change with <c>prctl(PR_SET_NAME)</c>.
    /// </summary>
    public string ExeName => ExePath is { } path ? Path.GetFileName(path) : Comm;

    /// <summary>
    /// The threads of this process (<c>{pid}/task/</c>), main thread included; threads that end during the
    /// enumeration are skipped and counted in <paramref name="counts"/>.
    /// </summary>
    public IEnumerable<ProcessInfo> Threads(ProcessEnumerationCounts? counts = null)
        => ProcessEnumerator.EnumerateThreads(Fs.Process(ThreadGroupId), counts);

    /// <summary>
    /// Whether the process still runs: its <c>stat</c> is readable, has the same start time (the pid was not
    /// reused) and does not show a zombie. A zombie counts as not alive: it has exited and only waits to be reaped.
    /// </summary>
    public bool IsAlive
    {
        get
        {
            var now = Directory.TryReadStat();
            return now.IsOk && now.Value.StartTimeTicks == StartTimeTicks
                   && now.Value.State is not (ProcessState.Zombie or ProcessState.Dead or ProcessState.DeadLegacy);
        }
    }

    /// <summary>A new object for the same process with its current <c>stat</c>; gone if the pid now names another process.</summary>
    public ProcResult<ProcessInfo> Refresh()
    {
        var fresh = TryRead(Directory, ThreadGroupId, IsThread);
        if (fresh.IsOk && fresh.Value.StartTimeTicks != StartTimeTicks)
            return ProcResult<ProcessInfo>.Failed(ProcReadStatus.ProcessGone, Directory.FullPath + "/stat");
        return fresh;
    }

    /// <summary>Sends <c>SIGTERM</c>: asks the process to end.</summary>
    /// <exception cref="ProcessNotFoundException">It has exited (<c>ESRCH</c>), or its pid now names another process.</exception>
    /// <exception cref="ProcPermissionDeniedException">The caller may not signal it (<c>EPERM</c>).</exception>
    /// <exception cref="InvalidOperationException">The process was read from a root other than the running system's <c>/proc</c>.</exception>
    public void Terminate() => SendSignal(ProcessSignal.Terminate);

    /// <summary>Sends <c>SIGKILL</c>: ends the process at once. Exceptions as for <see cref="Terminate"/>.</summary>
    public void Kill() => SendSignal(ProcessSignal.Kill);

    /// <summary>Sends <c>SIGSTOP</c>: suspends the process. Exceptions as for <see cref="Terminate"/>.</summary>
    public void Suspend() => SendSignal(ProcessSignal.Stop);

    /// <summary>Sends <c>SIGCONT</c>: resumes a suspended process. Exceptions as for <see cref="Terminate"/>.</summary>
    public void Resume() => SendSignal(ProcessSignal.Continue);

    /// <summary>
    /// Sends <paramref name="signal"/> to this process, and only to it: the pid is pinned and checked against the
    /// start time first, so a process that exited and left its pid to another is reported, not hit (see
    /// <see cref="ProcessSignals"/>). A signal to a zombie succeeds and does nothing, as with <c>kill</c>. A thread
    /// object signals its whole process, since <c>kill</c> addresses thread groups.
    /// </summary>
    /// <exception cref="ProcessNotFoundException">It has exited (<c>ESRCH</c>), or its pid now names another process.</exception>
    /// <exception cref="ProcPermissionDeniedException">The caller may not signal it (<c>EPERM</c>).</exception>
    /// <exception cref="InvalidOperationException">The process was read from a root other than the running system's <c>/proc</c>.</exception>
    public void SendSignal(ProcessSignal signal)
    {
        if (Fs.Root != "/proc")
            throw new InvalidOperationException(
                $"Process {Pid} was read from {Fs.Root}, not from the running system's /proc: its pid means nothing to kill(2) here.");
        ProcessSignals.Send(Pid, signal, IsSameProcess);
    }

    /// <summary>
    /// Waits until the process is no longer alive (<see cref="IsAlive"/>: exited, zombie, or reaped) by polling its
    /// <c>stat</c>, which works for any process, not only children (<c>waitpid</c> does not). Returns <c>false</c>
    /// if it still runs after <paramref name="timeout"/> (<see cref="Timeout.InfiniteTimeSpan"/> waits for ever).
    /// </summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        int delay = 1;
        while (IsAlive)
        {
            var left = timeout == Timeout.InfiniteTimeSpan ? TimeSpan.MaxValue : timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero) return false;
            Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(delay, left.TotalMilliseconds)));
            delay = Math.Min(delay * 2, 50); // quick for processes that end at once, cheap for long waits
        }
        return true;
    }

    /// <summary>Like <see cref="WaitForExit"/>, without blocking a thread.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        int delay = 1;
        while (IsAlive)
        {
            var left = timeout == Timeout.InfiniteTimeSpan ? TimeSpan.MaxValue : timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero) return false;
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(delay, left.TotalMilliseconds)), cancellationToken).ConfigureAwait(false);
            delay = Math.Min(delay * 2, 50);
        }
        return true;
    }

    /// <summary><c>comm(pid)</c>, as <c>pstree -p</c> names processes.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Comm}({Pid})");

    // The one mechanism behind every lazy member: read once, explain an absence, cache the outcome. A new
    // per-process file (limits, cgroup, maps) is one line: a slot field and a member calling this.
    private ProcResult<T> Cached<T>(ref object? slot, string file, Func<ProcessDirectory, ProcResult<T>> read, Func<T, bool>? isEmpty = null)
    {
        if (Volatile.Read(ref slot) is ProcResult<T> cached) return cached;
        var result = ReadNow(file, read, isEmpty);
        Volatile.Write(ref slot, result);
        return result;
    }

    private ProcResult<T> ReadNow<T>(string file, Func<ProcessDirectory, ProcResult<T>> read, Func<T, bool>? isEmpty = null)
    {
        var result = read(Directory);
        bool absent = result.Status == ProcReadStatus.NotFound || (result.IsOk && isEmpty is not null && isEmpty(result.Value));
        if (!absent) return result;
        var path = result.FilePath ?? Directory.FullPath + "/" + file;
        return ExplainAbsence(path) is { } status ? ProcResult<T>.Failed(status, path) : result;
    }

    // Why a file is missing or empty: a kernel thread or a zombie (not applicable), a process that has gone or
    // whose pid was reused since (gone), or neither (the read's own outcome stands).
    private ProcReadStatus? ExplainAbsence(string path)
    {
        if (IsKernelThread) return ProcReadStatus.NotApplicable;
        var now = Directory.TryReadStat();
        if (now.Status == ProcReadStatus.ProcessGone) return ProcReadStatus.ProcessGone;
        if (!now.IsOk) return null;
        if (now.Value.StartTimeTicks != StartTimeTicks) return ProcReadStatus.ProcessGone;
        return now.Value.State is ProcessState.Zombie or ProcessState.Dead or ProcessState.DeadLegacy ? ProcReadStatus.NotApplicable : null;
    }

    private bool IsSameProcess()
    {
        var now = Directory.TryReadStat();
        return now.IsOk && now.Value.StartTimeTicks == StartTimeTicks;
    }

    private static IReadOnlyDictionary<string, string> ToDictionary(ProcessEnviron environ)
    {
        var variables = new Dictionary<string, string>(environ.Variables.Length, StringComparer.Ordinal);
        foreach (var variable in environ.Variables)
            variables.TryAdd(variable.Name, variable.Value ?? string.Empty);
        return variables;
    }

    private static ProcResult<IReadOnlyDictionary<int, ProcessFd>> ReadFileDescriptors(ProcessDirectory directory)
    {
        var fdPath = directory.FullPath + "/fd";
        var listing = ProcessEnumerator.ListNumericEntries(fdPath);
        if (!listing.IsOk) return listing.CastFailure<IReadOnlyDictionary<int, ProcessFd>>();
        var descriptors = new SortedDictionary<int, ProcessFd>();
        foreach (int fd in listing.Value)
        {
            var target = directory.TryReadFd(fd);
            switch (target.Status)
            {
                case ProcReadStatus.Ok: descriptors[fd] = target.Value!; break;
                case ProcReadStatus.NotFound: break; // closed since the listing
                default: return target.CastFailure<IReadOnlyDictionary<int, ProcessFd>>();
            }
        }
        return ProcResult<IReadOnlyDictionary<int, ProcessFd>>.Ok(descriptors);
    }

    private string? FindExePath()
    {
        var exe = Exe;
        if (exe.IsOk) return exe.Value.Path;
        var commandLine = CommandLine;
        if (!commandLine.IsOk || commandLine.Value.Arguments.Length == 0) return null;
        var argv0 = commandLine.Value.Arguments[0];
        if (argv0.Length == 0) return null;
        if (argv0[0] == '/') return argv0;
        // A bare name was found on PATH by whoever started the process; a relative path with a '/' depended on a
        // working directory long gone. Only the running system's file system can answer the lookup.
        if (argv0.Contains('/') || Fs.Root != "/proc") return null;
        var searchPath = Environment.TryGetValue(out var variables) && variables.TryGetValue("PATH", out var path)
            ? path
            : System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var entry in searchPath.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry[0] != '/') continue;
            var candidate = Path.Join(entry, argv0);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
