namespace ProcGen;

/// <summary>
/// The type of an auxiliary vector entry: the <c>AT_*</c> numbers of <c>include/uapi/linux/auxvec.h</c> and of the
/// architectures' <c>asm/auxvec.h</c>. A type no member names (a newer kernel's) keeps its number: an enum holds any
/// <see cref="ulong"/>.
/// </summary>
public enum AuxiliaryVectorType : ulong
{
    /// <summary><c>AT_NULL</c>: the end of the vector (never an entry of <see cref="AuxiliaryVector"/>).</summary>
    Null = 0,

    /// <summary><c>AT_IGNORE</c>: an entry to ignore.</summary>
    Ignore = 1,

    /// <summary><c>AT_EXECFD</c>: the descriptor of the program, when the interpreter was handed an open file.</summary>
    ExecFd = 2,

    /// <summary><c>AT_PHDR</c>: the address of the program headers.</summary>
    ProgramHeaders = 3,

    /// <summary><c>AT_PHENT</c>: the size of one program header.</summary>
    ProgramHeaderSize = 4,

    /// <summary><c>AT_PHNUM</c>: the number of program headers.</summary>
    ProgramHeaderCount = 5,

    /// <summary><c>AT_PAGESZ</c>: the page size in bytes.</summary>
    PageSize = 6,

    /// <summary><c>AT_BASE</c>: the load address of the interpreter (<c>ld.so</c>); 0 for a static program.</summary>
    InterpreterBase = 7,

    /// <summary><c>AT_FLAGS</c>: flags (unused, 0).</summary>
    Flags = 8,

    /// <summary><c>AT_ENTRY</c>: the program's entry point.</summary>
    Entry = 9,

    /// <summary><c>AT_NOTELF</c>: the program is not ELF.</summary>
    NotElf = 10,

    /// <summary><c>AT_UID</c>: the real user id.</summary>
    Uid = 11,

    /// <summary><c>AT_EUID</c>: the effective user id.</summary>
    EffectiveUid = 12,

    /// <summary><c>AT_GID</c>: the real group id.</summary>
    Gid = 13,

    /// <summary><c>AT_EGID</c>: the effective group id.</summary>
    EffectiveGid = 14,

    /// <summary><c>AT_PLATFORM</c>: the address of a string naming the CPU (<c>x86_64</c>).</summary>
    Platform = 15,

    /// <summary><c>AT_HWCAP</c>: the architecture's CPU capability bits (on x86, CPUID 1's EDX).</summary>
    HardwareCapabilities = 16,

    /// <summary><c>AT_CLKTCK</c>: the clock ticks per second of <c>times()</c> (<c>USER_HZ</c>).</summary>
    ClockTicks = 17,

    /// <summary><c>AT_FPUCW</c> (SuperH): the FPU control word to set.</summary>
    FpuControlWord = 18,

    /// <summary><c>AT_DCACHEBSIZE</c> (PowerPC): the data cache block size.</summary>
    DataCacheBlockSize = 19,

    /// <summary><c>AT_ICACHEBSIZE</c> (PowerPC): the instruction cache block size.</summary>
    InstructionCacheBlockSize = 20,

    /// <summary><c>AT_UCACHEBSIZE</c> (PowerPC): the unified cache block size.</summary>
    UnifiedCacheBlockSize = 21,

    /// <summary><c>AT_IGNOREPPC</c> (PowerPC): an entry to ignore.</summary>
    IgnorePowerPC = 22,

    /// <summary><c>AT_SECURE</c>: 1 when the program runs set-user-id, set-group-id or with gained capabilities.</summary>
    Secure = 23,

    /// <summary><c>AT_BASE_PLATFORM</c>: the address of a string naming the real platform.</summary>
    BasePlatform = 24,

    /// <summary><c>AT_RANDOM</c>: the address of 16 random bytes (the stack protector's seed).</summary>
    Random = 25,

    /// <summary><c>AT_HWCAP2</c>: more capability bits (on x86: ring-3 MONITOR/MWAIT, FSGSBASE).</summary>
    HardwareCapabilities2 = 26,

    /// <summary><c>AT_RSEQ_FEATURE_SIZE</c>: the size of the rseq features the kernel supports.</summary>
    RseqFeatureSize = 27,

    /// <summary><c>AT_RSEQ_ALIGN</c>: the alignment an rseq area needs.</summary>
    RseqAlignment = 28,

    /// <summary><c>AT_HWCAP3</c>: more capability bits.</summary>
    HardwareCapabilities3 = 29,

    /// <summary><c>AT_HWCAP4</c>: more capability bits.</summary>
    HardwareCapabilities4 = 30,

    /// <summary><c>AT_EXECFN</c>: the address of the file name given to <c>execve</c>.</summary>
    ExecFileName = 31,

    /// <summary><c>AT_SYSINFO</c> (i386): the entry point of the vDSO's system call trampoline.</summary>
    SystemCallEntry = 32,

    /// <summary><c>AT_SYSINFO_EHDR</c>: the address of the vDSO's ELF header.</summary>
    VdsoBase = 33,

    /// <summary><c>AT_L1I_CACHESHAPE</c> (Alpha, SuperH).</summary>
    L1InstructionCacheShape = 34,

    /// <summary><c>AT_L1D_CACHESHAPE</c> (Alpha, SuperH).</summary>
    L1DataCacheShape = 35,

    /// <summary><c>AT_L2_CACHESHAPE</c> (Alpha, SuperH).</summary>
    L2CacheShape = 36,

    /// <summary><c>AT_L3_CACHESHAPE</c> (Alpha).</summary>
    L3CacheShape = 37,

    /// <summary><c>AT_L1I_CACHESIZE</c> (PowerPC, RISC-V).</summary>
    L1InstructionCacheSize = 40,

    /// <summary><c>AT_L1I_CACHEGEOMETRY</c> (PowerPC, RISC-V).</summary>
    L1InstructionCacheGeometry = 41,

    /// <summary><c>AT_L1D_CACHESIZE</c> (PowerPC, RISC-V).</summary>
    L1DataCacheSize = 42,

    /// <summary><c>AT_L1D_CACHEGEOMETRY</c> (PowerPC, RISC-V).</summary>
    L1DataCacheGeometry = 43,

    /// <summary><c>AT_L2_CACHESIZE</c> (PowerPC, RISC-V).</summary>
    L2CacheSize = 44,

    /// <summary><c>AT_L2_CACHEGEOMETRY</c> (PowerPC, RISC-V).</summary>
    L2CacheGeometry = 45,

    /// <summary><c>AT_L3_CACHESIZE</c> (PowerPC, RISC-V).</summary>
    L3CacheSize = 46,

    /// <summary><c>AT_L3_CACHEGEOMETRY</c> (PowerPC, RISC-V).</summary>
    L3CacheGeometry = 47,

    /// <summary><c>AT_MINSIGSTKSZ</c>: the smallest signal stack that holds the CPU's signal frame (x86, arm64, PowerPC).</summary>
    MinimumSignalStackSize = 51,
}
