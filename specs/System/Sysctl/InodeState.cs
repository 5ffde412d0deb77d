namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/fs/inode-state</c>: all seven longs of <c>inodes_stat</c>, tab-separated (proc(5);
/// <c>proc_nr_inodes</c> in <c>fs/inode.c</c>): the two counts of <c>inode-nr</c>, then <c>nr_unused</c> kept for
/// compatibility (always 0) and four dummies.
/// </summary>
[ProcFile("sys/fs/inode-state"), Columnar]
public sealed partial record InodeState
{
    /// <summary>Inodes the system has allocated.</summary>
    [Column(0)] public required ulong Inodes { get; init; }

    /// <summary>Allocated inodes that are unused.</summary>
    [Column(1)] public required ulong FreeInodes { get; init; }

    /// <summary>Formerly <c>preshrink</c>: nonzero when the system wanted to prune inodes; always 0 since 2.6.</summary>
    [Column(2)] public required ulong Preshrink { get; init; }
}
