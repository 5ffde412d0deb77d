namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/cpuset</c>: the process's cpuset as a path in the cpuset (or, on cgroup v2, the unified) hierarchy,
/// relative to the reader's cgroup namespace root (<c>proc_cpuset_show</c> in <c>kernel/cgroup/cpuset.c</c>;
/// <c>CONFIG_PROC_PID_CPUSET</c>): <c>/</c>, <c>/system.slice/sshd.service</c>.
/// </summary>
/// <remarks>The path is printed as is, one line; blanks inside it are kept (only the line's end is trimmed).</remarks>
[ProcFile("{pid}/cpuset"), SingleValue]
public sealed partial record ProcessCpuset
{
    /// <summary>The cpuset's path; <c>/</c> for the root cpuset.</summary>
    public required string Path { get; init; }

    /// <summary>Whether the process is in the root cpuset (every CPU and memory node of its namespace).</summary>
    public bool IsRoot => Path == "/";
}
