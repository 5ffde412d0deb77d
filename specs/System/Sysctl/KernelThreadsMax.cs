namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/kernel/threads-max</c>: the system-wide limit on threads that <c>fork</c>/<c>clone</c> may create
/// (proc(5); <c>sysctl_max_threads</c> in <c>kernel/fork.c</c>, sized from memory at boot).
/// </summary>
[ProcFile("sys/kernel/threads-max"), SingleValue]
public sealed partial record KernelThreadsMax
{
    /// <summary>The most threads (tasks) that may exist at once.</summary>
    public required int ThreadsMax { get; init; }
}
