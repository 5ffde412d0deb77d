namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/status</c>: a readable summary of a process (proc(5); <c>proc_pid_status</c> and
/// <c>task_state</c>, <c>task_sig</c>, <c>task_cap</c>, <c>task_seccomp</c>, <c>task_context_switch_counts</c>,
/// <c>task_cpus_allowed</c> in <c>fs/proc/array.c</c>; the <c>Vm*</c>/<c>Rss*</c> lines come from
/// <c>task_mem</c> in <c>fs/proc/task_mmu.c</c>).
/// </summary>
/// <remarks>
/// Sizes are in bytes (the kernel prints kB). Lines a kernel version or configuration may omit are nullable:
/// kernel threads have no memory map and therefore no <c>Vm*</c>, <c>Rss*</c>, <c>HugetlbPages</c>,
/// <c>CoreDumping</c> or <c>THP_enabled</c> lines; the "since" notes give the first kernel that prints a line.
/// </remarks>
[ProcFile("{pid}/status"), KeyValue(Separator = ':')]
public sealed partial record ProcessStatus
{
    /// <summary>The command name (<c>comm</c>, at most 15 bytes), with <c>\n</c> and <c>\\</c> escaped by the kernel.</summary>
    [Key("Name")] public required string Name { get; init; }

    /// <summary>File mode creation mask (4.7+; absent for tasks without an <c>fs_struct</c>).</summary>
    [Key("Umask"), Octal] public uint? Umask { get; init; }

    /// <summary>Scheduler state: the letter before the parenthesized description (<c>S (sleeping)</c>).</summary>
    [Key("State")] public required ProcessState State { get; init; }

    /// <summary>Thread group id: the process id.</summary>
    [Key("Tgid")] public required int Tgid { get; init; }

    /// <summary>NUMA group id, 0 without NUMA balancing (3.13+).</summary>
    [Key("Ngid")] public int? Ngid { get; init; }

    /// <summary>Thread id (equal to <see cref="Tgid"/> for the main thread).</summary>
    [Key("Pid")] public required int Pid { get; init; }

    /// <summary>Parent process id; 0 for init and kthreadd.</summary>
    [Key("PPid")] public required int ParentPid { get; init; }

    /// <summary>Pid of the tracer, 0 when not traced.</summary>
    [Key("TracerPid")] public required int TracerPid { get; init; }

    /// <summary>Real, effective, saved-set and filesystem user ids.</summary>
    [Key("Uid")] public required IdSet Uid { get; init; }

    /// <summary>Real, effective, saved-set and filesystem group ids.</summary>
    [Key("Gid")] public required IdSet Gid { get; init; }

    /// <summary>Slots currently allocated in the file-descriptor table (not the number of open files).</summary>
    [Key("FDSize")] public required int FdSize { get; init; }

    /// <summary>Supplementary group ids (printed with <c>%u</c>, hence unsigned); empty when none.</summary>
    [Key("Groups")] public required uint[] Groups { get; init; }

    /// <summary>Thread group id in each nested pid namespace, outermost first (4.1+).</summary>
    [Key("NStgid")] public int[]? NsTgid { get; init; }

    /// <summary>Thread id in each nested pid namespace, outermost first (4.1+).</summary>
    [Key("NSpid")] public int[]? NsPid { get; init; }

    /// <summary>Process group id in each nested pid namespace (4.1+).</summary>
    [Key("NSpgid")] public int[]? NsPgid { get; init; }

    /// <summary>Session id in each nested pid namespace (4.1+).</summary>
    [Key("NSsid")] public int[]? NsSid { get; init; }

    /// <summary>Whether the task is a kernel thread (6.10+).</summary>
    [Key("Kthread")] public bool? Kthread { get; init; }

    /// <summary>Peak virtual memory size, bytes.</summary>
    [Key("VmPeak"), Kilobytes] public ulong? VmPeak { get; init; }

    /// <summary>Virtual memory size, bytes.</summary>
    [Key("VmSize"), Kilobytes] public ulong? VmSize { get; init; }

    /// <summary>Locked (<c>mlock</c>) memory, bytes.</summary>
    [Key("VmLck"), Kilobytes] public ulong? VmLck { get; init; }

    /// <summary>Pinned memory, bytes (3.2+).</summary>
    [Key("VmPin"), Kilobytes] public ulong? VmPin { get; init; }

    /// <summary>Peak resident set size ("high water mark"), bytes.</summary>
    [Key("VmHWM"), Kilobytes] public ulong? VmHwm { get; init; }

    /// <summary>Resident set size (<see cref="RssAnon"/> + <see cref="RssFile"/> + <see cref="RssShmem"/>), bytes.</summary>
    [Key("VmRSS"), Kilobytes] public ulong? VmRss { get; init; }

    /// <summary>Resident anonymous memory, bytes (4.5+).</summary>
    [Key("RssAnon"), Kilobytes] public ulong? RssAnon { get; init; }

    /// <summary>Resident file mappings, bytes (4.5+).</summary>
    [Key("RssFile"), Kilobytes] public ulong? RssFile { get; init; }

    /// <summary>Resident shared memory (SysV shm, tmpfs, shared anonymous), bytes (4.5+).</summary>
    [Key("RssShmem"), Kilobytes] public ulong? RssShmem { get; init; }

    /// <summary>Size of the data segment, bytes.</summary>
    [Key("VmData"), Kilobytes] public ulong? VmData { get; init; }

    /// <summary>Size of the stack segment, bytes.</summary>
    [Key("VmStk"), Kilobytes] public ulong? VmStk { get; init; }

    /// <summary>Size of the text segment, bytes.</summary>
    [Key("VmExe"), Kilobytes] public ulong? VmExe { get; init; }

    /// <summary>Shared library code size, bytes.</summary>
    [Key("VmLib"), Kilobytes] public ulong? VmLib { get; init; }

    /// <summary>Page-table entries size, bytes.</summary>
    [Key("VmPTE"), Kilobytes] public ulong? VmPte { get; init; }

    /// <summary>Page-middle-directory size, bytes (4.0–4.14 only).</summary>
    [Key("VmPMD"), Kilobytes] public ulong? VmPmd { get; init; }

    /// <summary>Swapped-out anonymous memory, bytes (2.6.34+).</summary>
    [Key("VmSwap"), Kilobytes] public ulong? VmSwap { get; init; }

    /// <summary>Size of hugetlb memory portions, bytes (4.4+; <c>CONFIG_HUGETLB_PAGE</c>).</summary>
    [Key("HugetlbPages"), Kilobytes] public ulong? HugetlbPages { get; init; }

    /// <summary>Whether the process is dumping core (4.15+).</summary>
    [Key("CoreDumping")] public bool? CoreDumping { get; init; }

    /// <summary>Whether transparent huge pages are allowed for the process (5.0+; <c>prctl(PR_SET_THP_DISABLE)</c>).</summary>
    [Key("THP_enabled")] public bool? ThpEnabled { get; init; }

    /// <summary>Mask applied to tagged user addresses (x86 LAM, 6.4+; <c>CONFIG_ADDRESS_MASKING</c>).</summary>
    [Key("untag_mask"), Hex] public ulong? UntagMask { get; init; }

    /// <summary>Number of threads in the thread group.</summary>
    [Key("Threads")] public required int Threads { get; init; }

    /// <summary>Queued signals / the <c>RLIMIT_SIGPENDING</c> limit, for the real user id.</summary>
    [Key("SigQ")] public required SlashPair SigQ { get; init; }

    /// <summary>Signals pending for the thread (bit n-1 = signal n).</summary>
    [Key("SigPnd"), Hex] public required ulong SigPnd { get; init; }

    /// <summary>Signals pending for the whole process.</summary>
    [Key("ShdPnd"), Hex] public required ulong ShdPnd { get; init; }

    /// <summary>Blocked signals.</summary>
    [Key("SigBlk"), Hex] public required ulong SigBlk { get; init; }

    /// <summary>Ignored signals.</summary>
    [Key("SigIgn"), Hex] public required ulong SigIgn { get; init; }

    /// <summary>Caught signals.</summary>
    [Key("SigCgt"), Hex] public required ulong SigCgt { get; init; }

    /// <summary>Inheritable capabilities (capabilities(7)).</summary>
    [Key("CapInh"), Hex] public required ulong CapInh { get; init; }

    /// <summary>Permitted capabilities.</summary>
    [Key("CapPrm"), Hex] public required ulong CapPrm { get; init; }

    /// <summary>Effective capabilities.</summary>
    [Key("CapEff"), Hex] public required ulong CapEff { get; init; }

    /// <summary>Capability bounding set (2.6.26+).</summary>
    [Key("CapBnd"), Hex] public ulong? CapBnd { get; init; }

    /// <summary>Ambient capabilities (4.3+).</summary>
    [Key("CapAmb"), Hex] public ulong? CapAmb { get; init; }

    /// <summary>The <c>no_new_privs</c> bit (4.10+).</summary>
    [Key("NoNewPrivs")] public bool? NoNewPrivs { get; init; }

    /// <summary>Seccomp mode (3.8+; <c>CONFIG_SECCOMP</c>).</summary>
    [Key("Seccomp")] public SeccompMode? Seccomp { get; init; }

    /// <summary>Number of seccomp filters attached (5.9+; <c>CONFIG_SECCOMP_FILTER</c>).</summary>
    [Key("Seccomp_filters")] public int? SeccompFilters { get; init; }

    /// <summary>Speculative store bypass mitigation state, e.g. <c>thread vulnerable</c> (4.17+).</summary>
    [Key("Speculation_Store_Bypass")] public string? SpeculationStoreBypass { get; init; }

    /// <summary>Indirect branch speculation mitigation state, e.g. <c>always enabled</c> (5.1+).</summary>
    [Key("SpeculationIndirectBranch")] public string? SpeculationIndirectBranch { get; init; }

    /// <summary>CPUs the task may run on, as a hexadecimal mask in comma-separated 32-bit words.</summary>
    [Key("Cpus_allowed")] public required string CpusAllowed { get; init; }

    /// <summary>CPUs the task may run on, as ranges (<c>0-3,8</c>; 2.6.26+).</summary>
    [Key("Cpus_allowed_list")] public required RangeList CpusAllowedList { get; init; }

    /// <summary>Memory nodes the task may allocate from, as a hexadecimal mask (<c>CONFIG_CPUSETS</c>).</summary>
    [Key("Mems_allowed")] public string? MemsAllowed { get; init; }

    /// <summary>Memory nodes the task may allocate from, as ranges (<c>CONFIG_CPUSETS</c>).</summary>
    [Key("Mems_allowed_list")] public RangeList? MemsAllowedList { get; init; }

    /// <summary>Voluntary context switches (the task blocked).</summary>
    [Key("voluntary_ctxt_switches")] public required ulong VoluntaryContextSwitches { get; init; }

    /// <summary>Involuntary context switches (the task was preempted).</summary>
    [Key("nonvoluntary_ctxt_switches")] public required ulong NonvoluntaryContextSwitches { get; init; }

    /// <summary>x86 user features enabled for the thread, e.g. <c>shstk wrss</c> (6.6+; <c>CONFIG_X86_USER_SHADOW_STACK</c>).</summary>
    [Key("x86_Thread_features")] public string? X86ThreadFeatures { get; init; }

    /// <summary>x86 user features locked for the thread (6.6+; <c>CONFIG_X86_USER_SHADOW_STACK</c>).</summary>
    [Key("x86_Thread_features_locked")] public string? X86ThreadFeaturesLocked { get; init; }

    /// <summary>
    /// Whether this is a kernel thread: the <c>Kthread:</c> line where the kernel prints it, else the absence of a
    /// memory map (no <c>VmSize:</c> line), which is how older kernels show it.
    /// </summary>
    public bool IsKernelThread => Kthread ?? VmSize is null;
}

/// <summary>The seccomp mode of <c>Seccomp:</c> in <c>{pid}/status</c> (<c>SECCOMP_MODE_*</c>, seccomp(2)).</summary>
public enum SeccompMode
{
    /// <summary>A mode this library does not know.</summary>
    [ProcFallback] Unknown = -1,
    /// <summary><c>SECCOMP_MODE_DISABLED</c>.</summary>
    [ProcToken("0")] Disabled = 0,
    /// <summary><c>SECCOMP_MODE_STRICT</c>: only read, write, _exit and sigreturn.</summary>
    [ProcToken("1")] Strict = 1,
    /// <summary><c>SECCOMP_MODE_FILTER</c>: a BPF filter decides.</summary>
    [ProcToken("2")] Filter = 2,
}
