namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/cpuset</c>: the path of the task's cpuset, relative to the cpuset hierarchy's root as the reader
/// sees it (cpuset(7); <c>proc_cpuset_show</c> in <c>kernel/cgroup/cpuset.c</c>, one line). <c>/</c> for the root
/// cpuset; on cgroup v2 the path in the unified hierarchy. Printed raw with <c>seq_puts</c>: a directory name may hold
/// blanks. Present with <c>CONFIG_CPUSETS</c>, in each thread's directory too.
/// </summary>
[ProcFile("{pid}/cpuset"), SingleValue]
public sealed partial record ProcessCpuset
{
    /// <summary>The cpuset's path, <c>/</c> or <c>/system.slice/foo.service</c>, without the final newline.</summary>
    public required string Path { get; init; }

    /// <summary>Whether the task is in the root cpuset.</summary>
    public bool IsRoot => Path == "/";
}
