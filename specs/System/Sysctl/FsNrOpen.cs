namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/fs/nr_open</c>: the ceiling for <c>RLIMIT_NOFILE</c>: no process may have more descriptors
/// (proc(5); <c>sysctl_nr_open</c> in <c>fs/file.c</c>).
/// </summary>
[ProcFile("sys/fs/nr_open"), SingleValue]
public sealed partial record FsNrOpen
{
    /// <summary>The most descriptors one process may hold (1048576 by default).</summary>
    public required uint MaxDescriptors { get; init; }
}
