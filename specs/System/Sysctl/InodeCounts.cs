namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/fs/inode-nr</c>: inodes allocated and unused ones, tab-separated (proc(5); <c>proc_nr_inodes</c>
/// in <c>fs/inode.c</c> over the first two longs of <c>inodes_stat</c>).
/// </summary>
[ProcFile("sys/fs/inode-nr"), Columnar]
public sealed partial record InodeCounts
{
    /// <summary>Inodes the system has allocated.</summary>
    [Column(0)] public required ulong Inodes { get; init; }

    /// <summary>Allocated inodes that are unused (on the LRU).</summary>
    [Column(1)] public required ulong FreeInodes { get; init; }
}
