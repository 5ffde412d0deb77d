namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/kernel/pid_max</c>: one more than the largest pid the kernel hands out; pids wrap around to 300
/// after it (proc(5); <c>pid_max</c> in <c>kernel/pid.c</c>, printed by <c>proc_dointvec_minmax</c>).
/// </summary>
[ProcFile("sys/kernel/pid_max"), SingleValue]
public sealed partial record KernelPidMax
{
    /// <summary>The pid limit (32768 by default, up to 4194304 on 64-bit kernels).</summary>
    public required int PidMax { get; init; }
}
