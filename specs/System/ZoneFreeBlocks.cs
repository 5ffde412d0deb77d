namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/buddyinfo</c>: the free blocks of one memory zone of one NUMA node, counted per order
/// (proc(5); <c>frag_show_print</c> in <c>mm/vmstat.c</c> prints <c>Node %d, zone %8s </c> then one <c>%6lu</c>
/// per order).
/// </summary>
/// <remarks>
/// A block of order <c>n</c> is 2^n contiguous pages, so the counts show how fragmented free memory is: many
/// low-order blocks and few high-order ones means large contiguous allocations may fail. The number of orders
/// (<c>NR_PAGE_ORDERS</c>, usually 11) depends on the kernel's configuration.
/// </remarks>
[ProcFile("buddyinfo", Accessor = "BuddyInfo"), Rows]
public sealed partial record ZoneFreeBlocks
{
    /// <summary>The NUMA node (<c>0</c> of <c>Node 0,</c>).</summary>
    [Column(1), Suffix(",")] public required int Node { get; init; }

    /// <summary>The zone: <c>DMA</c>, <c>DMA32</c>, <c>Normal</c>, <c>HighMem</c>, <c>Movable</c>, <c>Device</c>.</summary>
    [Column(3)] public required string Zone { get; init; }

    /// <summary>The number of free blocks of each order, from order 0 (single pages) up; a block of order n is 2^n pages.</summary>
    [Column(4)] public required ulong[] FreeBlocks { get; init; }

    /// <summary>The free pages these blocks hold: the sum of count × 2^order, in pages (see <see cref="HostInfo"/> for the page size).</summary>
    public ulong FreePages
    {
        get
        {
            ulong pages = 0;
            for (int order = 0; order < FreeBlocks.Length; order++) pages += FreeBlocks[order] << order;
            return pages;
        }
    }
}
