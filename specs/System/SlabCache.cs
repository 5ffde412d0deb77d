namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/slabinfo</c>: a kernel slab cache and how full it is (proc(5), slabinfo(5);
/// <c>cache_show</c> and <c>print_slabinfo_header</c> in <c>mm/slab_common.c</c>). Read with <c>fs.Slabinfo()</c>;
/// the file is readable by root only.
/// </summary>
/// <remarks>
/// After the line <c>slabinfo - version: 2.1</c>, a header names the columns
/// (<c># name &lt;active_objs&gt; &lt;num_objs&gt; … : tunables &lt;limit&gt; … : slabdata &lt;active_slabs&gt; …</c>)
/// and each row has one field under each name, the <c>:</c>, <c>tunables</c> and <c>slabdata</c> words included.
/// Columns are bound by those names. SLUB, the only allocator since 6.8, prints 0 for the three tunables and for
/// <c>&lt;sharedavail&gt;</c>; SLAB kernels built with <c>CONFIG_DEBUG_SLAB</c> (version <c>2.1 (statistics)</c>)
/// add <c>globalstat</c> and <c>cpustat</c> groups.
/// </remarks>
[ProcFile("slabinfo", Accessor = "Slabinfo"), HeaderTable(HeaderLine = 1)]
public sealed partial record SlabCache
{
    /// <summary>The cache's name (<c>kmalloc-64</c>, <c>dentry</c>, <c>task_struct</c>).</summary>
    [Column("name")] public required string Name { get; init; }

    /// <summary>Objects in use.</summary>
    [Column("<active_objs>")] public required ulong ActiveObjects { get; init; }

    /// <summary>Objects allocated, in use or free.</summary>
    [Column("<num_objs>")] public required ulong TotalObjects { get; init; }

    /// <summary>The size of one object in bytes, metadata and padding included.</summary>
    [Column("<objsize>")] public required uint ObjectSize { get; init; }

    /// <summary>How many objects fit in one slab.</summary>
    [Column("<objperslab>")] public required uint ObjectsPerSlab { get; init; }

    /// <summary>How many pages one slab takes (2^order).</summary>
    [Column("<pagesperslab>")] public required uint PagesPerSlab { get; init; }

    /// <summary>SLAB: the most objects a per-CPU cache holds; 0 under SLUB.</summary>
    [Column("<limit>")] public required uint Limit { get; init; }

    /// <summary>SLAB: how many objects move at once between a per-CPU cache and the shared lists; 0 under SLUB.</summary>
    [Column("<batchcount>")] public required uint BatchCount { get; init; }

    /// <summary>SLAB: the size of the shared per-node cache, in multiples of <see cref="BatchCount"/>; 0 under SLUB.</summary>
    [Column("<sharedfactor>")] public required uint SharedFactor { get; init; }

    /// <summary>Slabs with at least one object in use.</summary>
    [Column("<active_slabs>")] public required ulong ActiveSlabs { get; init; }

    /// <summary>Slabs allocated.</summary>
    [Column("<num_slabs>")] public required ulong TotalSlabs { get; init; }

    /// <summary>SLAB: objects in the shared per-node caches; 0 under SLUB.</summary>
    [Column("<sharedavail>")] public required ulong SharedAvailable { get; init; }

    /// <summary>Statistics (SLAB with <c>CONFIG_DEBUG_SLAB</c>): allocations; <c>null</c> when not printed.</summary>
    [Column("<listallocs>")] public ulong? ListAllocations { get; init; }

    /// <summary>Statistics: the most objects ever allocated at once; <c>null</c> when not printed.</summary>
    [Column("<maxobjs>")] public ulong? MaxObjects { get; init; }

    /// <summary>Statistics: how often the cache grew; <c>null</c> when not printed.</summary>
    [Column("<grown>")] public ulong? Grown { get; init; }

    /// <summary>Statistics: how often it was reaped; <c>null</c> when not printed.</summary>
    [Column("<reaped>")] public ulong? Reaped { get; init; }

    /// <summary>Statistics: allocation errors; <c>null</c> when not printed.</summary>
    [Column("<error>")] public ulong? Errors { get; init; }

    /// <summary>Statistics: the most free objects held; <c>null</c> when not printed.</summary>
    [Column("<maxfreeable>")] public ulong? MaxFreeable { get; init; }

    /// <summary>Statistics: allocations from a specific node; <c>null</c> when not printed.</summary>
    [Column("<nodeallocs>")] public ulong? NodeAllocations { get; init; }

    /// <summary>Statistics: frees of objects of another node; <c>null</c> when not printed.</summary>
    [Column("<remotefrees>")] public ulong? RemoteFrees { get; init; }

    /// <summary>Statistics: alien cache overflows; <c>null</c> when not printed.</summary>
    [Column("<alienoverflow>")] public ulong? AlienOverflows { get; init; }

    /// <summary>Per-CPU statistics: allocations served by the per-CPU cache; <c>null</c> when not printed.</summary>
    [Column("<allochit>")] public ulong? AllocationHits { get; init; }

    /// <summary>Per-CPU statistics: allocations the per-CPU cache could not serve; <c>null</c> when not printed.</summary>
    [Column("<allocmiss>")] public ulong? AllocationMisses { get; init; }

    /// <summary>Per-CPU statistics: frees into the per-CPU cache; <c>null</c> when not printed.</summary>
    [Column("<freehit>")] public ulong? FreeHits { get; init; }

    /// <summary>Per-CPU statistics: frees that had to go further; <c>null</c> when not printed.</summary>
    [Column("<freemiss>")] public ulong? FreeMisses { get; init; }

    /// <summary>Memory held by the cache's slabs, in pages (<see cref="TotalSlabs"/> × <see cref="PagesPerSlab"/>).</summary>
    public ulong Pages => TotalSlabs * PagesPerSlab;

    /// <summary>Bytes in objects that are in use (<see cref="ActiveObjects"/> × <see cref="ObjectSize"/>).</summary>
    public ulong ActiveBytes => ActiveObjects * ObjectSize;
}
