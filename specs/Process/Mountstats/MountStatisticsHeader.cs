namespace ProcGen.Specs;

/// <summary>
/// The first line of a <c>mountstats</c> entry: <c>device srv:/export mounted on /mnt with fstype nfs4 statvers=1.1</c>
/// (<c>show_vfsstat</c> in <c>fs/proc_namespace.c</c>; the <c>statvers=</c> field is printed by file systems that
/// have statistics, <c>nfs_show_stats</c> in <c>fs/nfs/super.c</c>).
/// </summary>
[ProcPart, Columnar]
public sealed partial record MountStatisticsHeader
{
    /// <summary>The mounted device or source (<c>srv:/export</c>, <c>/dev/vda</c>, <c>proc</c>), octal escapes decoded.</summary>
    [Column(1), Escaped] public required string Device { get; init; }

    /// <summary>Where it is mounted, octal escapes decoded.</summary>
    [Column(4), Escaped] public required string MountPoint { get; init; }

    /// <summary>The file system type (<c>nfs</c>, <c>nfs4</c>, <c>ext4</c>).</summary>
    [Column(7)] public required string FileSystem { get; init; }

    /// <summary>The version of the statistics that follow (<c>1.0</c>, <c>1.1</c>); <c>null</c> for file systems without any.</summary>
    [Column(8), Prefix("statvers=")] public string? StatisticsVersion { get; init; }
}
