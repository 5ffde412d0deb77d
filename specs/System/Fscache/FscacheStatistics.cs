using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/fs/fscache/stats</c> and <c>/proc/fs/netfs/stats</c>: the local caching layer's counters (cachefiles
/// under NFS, AFS, Ceph, 9p, SMB), one labelled line of <c>name=value</c> tokens per area. Since 5.17
/// <c>fscache_stats_show</c> (<c>fs/netfs/fscache_stats.c</c>, formerly <c>fs/fscache/stats.c</c>) prints
/// <c>Cookies: n= v= vcol= voom=</c>, <c>Acquire</c>, <c>LRU</c>, <c>Invals</c>, <c>Updates</c>, <c>Relinqs</c>,
/// <c>NoSpace</c>, <c>IO</c>; older kernels printed other labels (<c>Cookies: idx= dat= spc=</c>, <c>Objects</c>,
/// <c>Pages</c>, <c>Retrvls</c>, <c>Ops</c>, <c>CacheOp</c>, …). <c>netfs_stats_show</c> (<c>fs/netfs/stats.c</c>)
/// adds several <c>Netfs  :</c> lines, before or after the FS-Cache ones; since 6.8 <c>/proc/fs/fscache</c> is a
/// link to <c>/proc/fs/netfs</c>, so both paths print the same text.
/// </summary>
/// <remarks>
/// The labels are padded to seven columns (<c>LRU    :</c>); the title line <c>FS-Cache statistics</c> has no
/// colon and is skipped. Labels and token names change between kernels, so lines of other labels are kept in
/// <see cref="OtherLines"/>; the typed properties read the 5.17+ names and are <c>null</c> on other layouts.
/// </remarks>
[ProcFile("fs/fscache/stats", Accessor = "FscacheStatistics"), ProcFile("fs/netfs/stats", Accessor = "NetfsStatistics")]
[KeyValue(SkipUnkeyedLines = true)]
public sealed partial record FscacheStatistics
{
    /// <summary>Every <c>Netfs</c> line in order (<c>DR=0 RA=0 RF=0 WB=0 WBZ=0</c>, <c>ZR=0 sh=0 sk=0</c>, …); empty without netfs.</summary>
    [RepeatedKey("Netfs")] public required IReadOnlyList<KeyValueTokens> NetfsLines { get; init; }

    /// <summary><c>Cookies: n= v= vcol= voom=</c> (5.17+; before, <c>idx= dat= spc=</c>).</summary>
    [Key("Cookies")] public KeyValueTokens? CookieLine { get; init; }

    /// <summary><c>Acquire: n= ok= oom=</c>.</summary>
    [Key("Acquire")] public KeyValueTokens? AcquireLine { get; init; }

    /// <summary><c>LRU    : n= exp= rmv= drp= at=</c> (5.17+).</summary>
    [Key("LRU")] public KeyValueTokens? LruLine { get; init; }

    /// <summary><c>Invals : n=</c>.</summary>
    [Key("Invals")] public KeyValueTokens? InvalidateLine { get; init; }

    /// <summary><c>Updates: n= rsz= rsn=</c>.</summary>
    [Key("Updates")] public KeyValueTokens? UpdateLine { get; init; }

    /// <summary><c>Relinqs: n= rtr= drop=</c>.</summary>
    [Key("Relinqs")] public KeyValueTokens? RelinquishLine { get; init; }

    /// <summary><c>NoSpace: nwr= ncr= cull=</c> (5.17+).</summary>
    [Key("NoSpace")] public KeyValueTokens? NoSpaceLine { get; init; }

    /// <summary><c>IO     : rd= wr=</c> (5.17+).</summary>
    [Key("IO")] public KeyValueTokens? IoLine { get; init; }

    /// <summary>The other lines by label, unparsed (the pre-5.17 <c>Objects</c>, <c>Pages</c>, <c>Retrvls</c>, <c>Ops</c>, …); read them with <see cref="Counter"/>.</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, string> OtherLines { get; init; }

    /// <summary>The counter <paramref name="name"/> of the line labelled <paramref name="label"/>, or <c>null</c>.</summary>
    public ulong? Counter(string label, string name) => Line(label)?.GetNumber(name);

    /// <summary>The line labelled <paramref name="label"/> (without padding or colon) as tokens, or <c>null</c>.</summary>
    public KeyValueTokens? Line(string label) => label switch
    {
        "Cookies" => CookieLine,
        "Acquire" => AcquireLine,
        "LRU" => LruLine,
        "Invals" => InvalidateLine,
        "Updates" => UpdateLine,
        "Relinqs" => RelinquishLine,
        "NoSpace" => NoSpaceLine,
        "IO" => IoLine,
        _ => OtherLines.TryGetValue(label, out var text) && KeyValueTokens.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out var tokens) ? tokens : null,
    };

    /// <summary>The counter <paramref name="name"/> of any <c>Netfs</c> line (names are unique across them), or <c>null</c>.</summary>
    public ulong? NetfsCounter(string name)
    {
        foreach (var line in NetfsLines)
            if (line.GetNumber(name) is { } value) return value;
        return null;
    }

    /// <summary>Cookies in existence (<c>Cookies: n=</c>, <c>fscache_n_cookies</c>; 5.17+).</summary>
    public ulong? Cookies => Counter("Cookies", "n");

    /// <summary>Volumes in existence (<c>Cookies: v=</c>, <c>fscache_n_volumes</c>; 5.17+).</summary>
    public ulong? Volumes => Counter("Cookies", "v");

    /// <summary>Cookie acquisitions requested (<c>Acquire: n=</c>).</summary>
    public ulong? Acquires => Counter("Acquire", "n");

    /// <summary>Cookie acquisitions that succeeded (<c>Acquire: ok=</c>).</summary>
    public ulong? AcquiresSucceeded => Counter("Acquire", "ok");

    /// <summary>Cookies on the LRU list (<c>LRU: n=</c>; 5.17+).</summary>
    public ulong? LruCookies => Counter("LRU", "n");

    /// <summary>Cookie invalidations (<c>Invals: n=</c>).</summary>
    public ulong? Invalidations => Counter("Invals", "n");

    /// <summary>Cookie relinquishments (<c>Relinqs: n=</c>).</summary>
    public ulong? Relinquishments => Counter("Relinqs", "n");

    /// <summary>Writes refused for want of cache space (<c>NoSpace: nwr=</c>; 5.17+).</summary>
    public ulong? NoWriteSpace => Counter("NoSpace", "nwr");

    /// <summary>Objects culled from the cache (<c>NoSpace: cull=</c>; 5.17+).</summary>
    public ulong? Culled => Counter("NoSpace", "cull");

    /// <summary>Reads from the cache (<c>IO: rd=</c>, <c>fscache_n_read</c>; 5.17+).</summary>
    public ulong? CacheReads => Counter("IO", "rd");

    /// <summary>Writes to the cache (<c>IO: wr=</c>, <c>fscache_n_write</c>; 5.17+).</summary>
    public ulong? CacheWrites => Counter("IO", "wr");
}
