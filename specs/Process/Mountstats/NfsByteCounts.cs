namespace ProcGen.Specs;

/// <summary>
/// The <c>bytes:</c> line of an NFS mount in <c>mountstats</c>: bytes moved by each path
/// (<c>nfs_show_stats</c> prints the <c>NFSIOS_*BYTES</c> and page counters of <c>include/linux/nfs_iostat.h</c>).
/// </summary>
[ProcPart, Columnar]
public sealed partial record NfsByteCounts
{
    /// <summary>Bytes applications read through the page cache.</summary>
    [Column(0)] public required ulong NormalRead { get; init; }

    /// <summary>Bytes applications wrote through the page cache.</summary>
    [Column(1)] public required ulong NormalWrite { get; init; }

    /// <summary>Bytes read with <c>O_DIRECT</c>.</summary>
    [Column(2)] public required ulong DirectRead { get; init; }

    /// <summary>Bytes written with <c>O_DIRECT</c>.</summary>
    [Column(3)] public required ulong DirectWrite { get; init; }

    /// <summary>Bytes read from the server.</summary>
    [Column(4)] public required ulong ServerRead { get; init; }

    /// <summary>Bytes written to the server.</summary>
    [Column(5)] public required ulong ServerWrite { get; init; }

    /// <summary>Pages read.</summary>
    [Column(6)] public ulong? ReadPages { get; init; }

    /// <summary>Pages written.</summary>
    [Column(7)] public ulong? WritePages { get; init; }
}
