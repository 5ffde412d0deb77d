namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/arch_status</c>: architecture-specific task state (<c>CONFIG_PROC_PID_ARCH_STATUS</c>; x86 only,
/// absent elsewhere). On x86 <c>proc_pid_arch_status</c> in <c>arch/x86/kernel/fpu/xstate.c</c> prints
/// <c>AVX512_elapsed_ms:\t&lt;n&gt;</c> only on CPUs with AVX-512; on others the file is empty and every property is
/// <c>null</c>.
/// </summary>
[ProcFile("{pid}/arch_status"), KeyValue]
public sealed partial record ProcessArchStatus
{
    /// <summary>The value the kernel prints for a task that never used AVX-512.</summary>
    public const long NeverUsed = -1;

    /// <summary>
    /// Milliseconds since the task last used AVX-512 registers, as seen at its last context switch (a coarse hint for
    /// schedulers that keep AVX-512 tasks apart), or <see cref="NeverUsed"/>; <c>null</c> without AVX-512.
    /// </summary>
    [Key("AVX512_elapsed_ms")] public long? Avx512ElapsedMilliseconds { get; init; }

    /// <summary>Whether the task has used AVX-512 (<c>false</c> also when the CPU has none).</summary>
    public bool HasUsedAvx512 => Avx512ElapsedMilliseconds is >= 0;
}
