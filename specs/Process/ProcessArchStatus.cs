namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/arch_status</c>: architecture-specific task state; on x86 with AVX-512, how long ago the task last
/// used AVX-512 registers (<c>proc_pid_arch_status</c> and <c>avx512_status</c> in
/// <c>arch/x86/kernel/fpu/xstate.c</c>, 5.3+: <c>AVX512_elapsed_ms:\t1234</c>), which tells schedulers and
/// operators which tasks pay the AVX-512 frequency penalty.
/// </summary>
/// <remarks>
/// Empty on an x86 CPU without AVX-512; absent on other architectures. The kernel prints -1 when the task never
/// used AVX-512, and <c>LONG_MAX</c> ms when the time cannot be told.
/// </remarks>
[ProcFile("{pid}/arch_status"), KeyValue]
public sealed partial record ProcessArchStatus
{
    /// <summary>Milliseconds since the task last used AVX-512; -1 for never; <c>null</c> without AVX-512.</summary>
    [Key("AVX512_elapsed_ms")] public long? Avx512ElapsedMilliseconds { get; init; }

    /// <summary>Whether the task has used AVX-512 since it started (<c>null</c> without AVX-512).</summary>
    public bool? UsedAvx512 => Avx512ElapsedMilliseconds is { } ms ? ms >= 0 : null;
}
