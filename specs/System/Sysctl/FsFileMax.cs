namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/fs/file-max</c>: the system-wide limit on open file handles (proc(5); <c>files_stat.max_files</c>
/// in <c>fs/file_table.c</c>, printed by <c>proc_doulongvec_minmax</c>).
/// </summary>
[ProcFile("sys/fs/file-max"), SingleValue]
public sealed partial record FsFileMax
{
    /// <summary>The most file handles the kernel allocates; may be as large as <see cref="long.MaxValue"/>.</summary>
    public required ulong MaxFiles { get; init; }
}
