namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/fs/file-nr</c>: allocated file handles, free ones, and the limit, tab-separated (proc(5);
/// <c>proc_nr_files</c> in <c>fs/file_table.c</c>, printed by <c>proc_doulongvec_minmax</c> over
/// <c>files_stat</c>).
/// </summary>
[ProcFile("sys/fs/file-nr"), Columnar]
public sealed partial record FileHandles
{
    /// <summary>File handles allocated now (open files system-wide).</summary>
    [Column(0)] public required ulong Allocated { get; init; }

    /// <summary>Allocated but unused handles: always 0 since 2.6, which frees them at once.</summary>
    [Column(1)] public required ulong Free { get; init; }

    /// <summary>The limit, as in <c>fs/file-max</c>.</summary>
    [Column(2)] public required ulong Maximum { get; init; }
}
