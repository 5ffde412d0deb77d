namespace ProcGen.Specs;

/// <summary>
/// The <c>events:</c> line of an NFS mount in <c>mountstats</c>: how often the client did each thing
/// (<c>nfs_show_stats</c> in <c>fs/nfs/super.c</c> prints the <c>NFSIOS_*</c> counters of
/// <c>include/linux/nfs_iostat.h</c> in order).
/// </summary>
[ProcPart, Columnar]
public sealed partial record NfsEventCounts
{
    /// <summary>Inode attributes revalidated.</summary>
    [Column(0)] public required ulong InodeRevalidate { get; init; }

    /// <summary>Dentries revalidated.</summary>
    [Column(1)] public required ulong DentryRevalidate { get; init; }

    /// <summary>Page caches invalidated.</summary>
    [Column(2)] public required ulong DataInvalidate { get; init; }

    /// <summary>Attribute caches invalidated.</summary>
    [Column(3)] public required ulong AttributeInvalidate { get; init; }

    /// <summary>Files opened.</summary>
    [Column(4)] public required ulong Opens { get; init; }

    /// <summary>Lookups.</summary>
    [Column(5)] public required ulong Lookups { get; init; }

    /// <summary>Access checks.</summary>
    [Column(6)] public required ulong AccessChecks { get; init; }

    /// <summary>Partial page updates.</summary>
    [Column(7)] public required ulong UpdatePage { get; init; }

    /// <summary>Single pages read.</summary>
    [Column(8)] public required ulong ReadPage { get; init; }

    /// <summary>Multi-page reads.</summary>
    [Column(9)] public required ulong ReadPages { get; init; }

    /// <summary>Single pages written.</summary>
    [Column(10)] public required ulong WritePage { get; init; }

    /// <summary>Multi-page writes.</summary>
    [Column(11)] public required ulong WritePages { get; init; }

    /// <summary>Directory reads (<c>getdents</c>).</summary>
    [Column(12)] public required ulong GetDents { get; init; }

    /// <summary>Attribute changes.</summary>
    [Column(13)] public required ulong SetAttr { get; init; }

    /// <summary>Flushes on close.</summary>
    [Column(14)] public required ulong Flush { get; init; }

    /// <summary><c>fsync</c> calls.</summary>
    [Column(15)] public required ulong Fsync { get; init; }

    /// <summary>Lock operations.</summary>
    [Column(16)] public required ulong Lock { get; init; }

    /// <summary>Files closed (last reference released).</summary>
    [Column(17)] public required ulong Release { get; init; }

    /// <summary>Waits for congestion to clear.</summary>
    [Column(18)] public required ulong CongestionWait { get; init; }

    /// <summary>Truncations by attribute change.</summary>
    [Column(19)] public required ulong SetAttrTruncate { get; init; }

    /// <summary>Writes that extended a file.</summary>
    [Column(20)] public required ulong ExtendWrite { get; init; }

    /// <summary>Open files renamed instead of deleted (<c>.nfsXXXX</c>).</summary>
    [Column(21)] public required ulong SillyRename { get; init; }

    /// <summary>Reads the server answered with fewer bytes than asked.</summary>
    [Column(22)] public required ulong ShortRead { get; init; }

    /// <summary>Writes the server took fewer bytes of than sent.</summary>
    [Column(23)] public required ulong ShortWrite { get; init; }

    /// <summary>Retries after the server said <c>JUKEBOX</c>/<c>DELAY</c> (2.6.24+).</summary>
    [Column(24)] public ulong? Delay { get; init; }

    /// <summary>Reads through pNFS (2.6.38+).</summary>
    [Column(25)] public ulong? PnfsRead { get; init; }

    /// <summary>Writes through pNFS (2.6.38+).</summary>
    [Column(26)] public ulong? PnfsWrite { get; init; }
}
