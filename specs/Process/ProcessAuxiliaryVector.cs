namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/auxv</c>: the ELF auxiliary vector the program received at <c>execve</c> (proc(5), getauxval(3);
/// <c>proc_pid_auxv</c> in <c>fs/proc/base.c</c>). Binary: pairs of native 64-bit words, read without trimming
/// (<see cref="SingleValueAttribute.Binary"/>). Readable only with ptrace access to the process (another user's
/// process is refused); a kernel thread has none (<c>ESRCH</c>: not found; older kernels gave an empty file, hence
/// nullable).
/// </summary>
[ProcFile("{pid}/auxv", Accessor = "AuxiliaryVector"), SingleValue(Binary = true)]
public sealed partial record ProcessAuxiliaryVector
{
    /// <summary>The entries; <c>null</c> for an empty file (a process without memory on older kernels).</summary>
    public AuxiliaryVector? Vector { get; init; }

    /// <summary><c>AT_PAGESZ</c>: the page size the program was told, in bytes.</summary>
    public ulong? PageSize => Vector?[AuxiliaryVectorType.PageSize];

    /// <summary><c>AT_CLKTCK</c>: clock ticks per second (<c>USER_HZ</c>).</summary>
    public ulong? ClockTicksPerSecond => Vector?[AuxiliaryVectorType.ClockTicks];

    /// <summary><c>AT_HWCAP</c>: the CPU capability bits.</summary>
    public ulong? HardwareCapabilities => Vector?[AuxiliaryVectorType.HardwareCapabilities];

    /// <summary><c>AT_HWCAP2</c>: more CPU capability bits.</summary>
    public ulong? HardwareCapabilities2 => Vector?[AuxiliaryVectorType.HardwareCapabilities2];

    /// <summary><c>AT_ENTRY</c>: the program's entry point address.</summary>
    public ulong? EntryPoint => Vector?[AuxiliaryVectorType.Entry];

    /// <summary><c>AT_SYSINFO_EHDR</c>: the address of the vDSO.</summary>
    public ulong? VdsoBase => Vector?[AuxiliaryVectorType.VdsoBase];

    /// <summary><c>AT_MINSIGSTKSZ</c>: the smallest signal stack for this CPU, in bytes.</summary>
    public ulong? MinimumSignalStackSize => Vector?[AuxiliaryVectorType.MinimumSignalStackSize];

    /// <summary><c>AT_SECURE</c>: whether the program runs in secure mode (set-user-id, set-group-id, gained capabilities).</summary>
    public bool? IsSecure => Vector?[AuxiliaryVectorType.Secure] is { } secure ? secure != 0 : null;
}
