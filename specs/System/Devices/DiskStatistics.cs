using System;

namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/diskstats</c>: the I/O statistics of one block device or partition since boot (proc(5);
/// <c>Documentation/admin-guide/iostats.rst</c>; <c>diskstats_show</c> in <c>block/genhd.c</c>).
/// </summary>
/// <remarks>
/// <para>
/// After <c>major minor name</c> come 11 statistics on every kernel, four discard statistics since 4.18 and two
/// flush statistics since 5.5: 14, 18 or 20 fields in all. The newer ones are <c>null</c> on older kernels.
/// </para>
/// <para>
/// Sectors are always 512 bytes here, whatever the device's sector size. Times are milliseconds; the kernel keeps
/// several as 32-bit counts that wrap. Counters reset only at boot (or when the device is added).
/// </para>
/// </remarks>
[ProcFile("diskstats", Accessor = "DiskStats"), Rows]
public sealed partial record DiskStatistics
{
    /// <summary>The device's major number.</summary>
    [Column(0)] public required uint Major { get; init; }

    /// <summary>The device's minor number.</summary>
    [Column(1)] public required uint Minor { get; init; }

    /// <summary>The device's name (<c>sda</c>, <c>sda1</c>, <c>nvme0n1</c>, <c>dm-0</c>).</summary>
    [Column(2)] public required string Name { get; init; }

    /// <summary>(1) Reads completed successfully.</summary>
    [Column(3)] public required ulong ReadsCompleted { get; init; }

    /// <summary>(2) Reads merged with an adjacent one before being issued.</summary>
    [Column(4)] public required ulong ReadsMerged { get; init; }

    /// <summary>(3) Sectors read, in 512-byte units.</summary>
    [Column(5)] public required ulong SectorsRead { get; init; }

    /// <summary>(4) Milliseconds spent reading (summed over all reads, so it can exceed wall time).</summary>
    [Column(6)] public required ulong ReadTimeMilliseconds { get; init; }

    /// <summary>(5) Writes completed successfully.</summary>
    [Column(7)] public required ulong WritesCompleted { get; init; }

    /// <summary>(6) Writes merged with an adjacent one before being issued.</summary>
    [Column(8)] public required ulong WritesMerged { get; init; }

    /// <summary>(7) Sectors written, in 512-byte units.</summary>
    [Column(9)] public required ulong SectorsWritten { get; init; }

    /// <summary>(8) Milliseconds spent writing (summed over all writes).</summary>
    [Column(10)] public required ulong WriteTimeMilliseconds { get; init; }

    /// <summary>(9) I/Os currently in progress: the only field that goes down.</summary>
    [Column(11)] public required ulong IosInProgress { get; init; }

    /// <summary>(10) Milliseconds during which at least one I/O was in progress (busy time; %util in iostat).</summary>
    [Column(12)] public required ulong IoTimeMilliseconds { get; init; }

    /// <summary>(11) Weighted milliseconds doing I/O: each millisecond counted once per I/O in progress (queue time).</summary>
    [Column(13)] public required ulong WeightedIoTimeMilliseconds { get; init; }

    /// <summary>(12) Discards completed successfully; <c>null</c> before Linux 4.18.</summary>
    [Column(14)] public ulong? DiscardsCompleted { get; init; }

    /// <summary>(13) Discards merged; <c>null</c> before Linux 4.18.</summary>
    [Column(15)] public ulong? DiscardsMerged { get; init; }

    /// <summary>(14) Sectors discarded, in 512-byte units; <c>null</c> before Linux 4.18.</summary>
    [Column(16)] public ulong? SectorsDiscarded { get; init; }

    /// <summary>(15) Milliseconds spent discarding; <c>null</c> before Linux 4.18.</summary>
    [Column(17)] public ulong? DiscardTimeMilliseconds { get; init; }

    /// <summary>(16) Flush requests completed successfully; <c>null</c> before Linux 5.5.</summary>
    [Column(18)] public ulong? FlushesCompleted { get; init; }

    /// <summary>(17) Milliseconds spent flushing; <c>null</c> before Linux 5.5.</summary>
    [Column(19)] public ulong? FlushTimeMilliseconds { get; init; }

    /// <summary>The device number, <c>major:minor</c>.</summary>
    public DeviceNumber Device => new(Major, Minor);

    /// <summary>Bytes read: <see cref="SectorsRead"/> × 512.</summary>
    public ulong BytesRead => SectorsRead * 512;

    /// <summary>Bytes written: <see cref="SectorsWritten"/> × 512.</summary>
    public ulong BytesWritten => SectorsWritten * 512;

    /// <summary>Time spent reading, as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan ReadTime => TimeSpan.FromMilliseconds(ReadTimeMilliseconds);

    /// <summary>Time spent writing, as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan WriteTime => TimeSpan.FromMilliseconds(WriteTimeMilliseconds);

    /// <summary>Time the device was busy, as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan IoTime => TimeSpan.FromMilliseconds(IoTimeMilliseconds);
}
