using System;
using System.Collections.Generic;

namespace ProcGen;

/// <summary>
/// How many free blocks of one order a zone has on the free list of one migrate type. <c>pagetypeinfo_showfree_print</c>
/// in <c>mm/vmstat.c</c> stops counting a list at 100000 entries and prints <c>&gt;100000</c>: then
/// <see cref="IsCapped"/> is set and <see cref="Count"/> is a lower bound.
/// </summary>
/// <param name="Count">The number of free blocks (each 2^order pages), or 100000 when <see cref="IsCapped"/>.</param>
/// <param name="IsCapped">Whether the kernel stopped counting (<c>&gt;100000</c>): the real count is at least <see cref="Count"/>.</param>
public readonly record struct FreeBlockCount(ulong Count, bool IsCapped)
{
    public override string ToString() => IsCapped ? FormattableString.Invariant($">{Count}") : FormattableString.Invariant($"{Count}");
}

/// <summary>
/// One row of <c>/proc/pagetypeinfo</c>'s free-page table (<c>Node %4d, zone %8s, type %12s </c> then one count per order).
/// </summary>
/// <param name="Node">The NUMA node.</param>
/// <param name="Zone">The zone: <c>DMA</c>, <c>DMA32</c>, <c>Normal</c>, <c>HighMem</c>, <c>Movable</c>, <c>Device</c>.</param>
/// <param name="MigrateType">The migrate type of the free list (<c>Unmovable</c>, <c>Movable</c>, <c>Reclaimable</c>, <c>HighAtomic</c>, <c>CMA</c>, <c>Isolate</c>).</param>
/// <param name="FreeBlocks">The free blocks on that list per order, from order 0 (single pages) up.</param>
public sealed record PageTypeFreeBlocks(int Node, string Zone, string MigrateType, IReadOnlyList<FreeBlockCount> FreeBlocks);

/// <summary>
/// One row of <c>/proc/pagetypeinfo</c>'s block tables (<c>Node %d, zone %8s </c> then one <c>%12lu</c> per migrate
/// type): the number of page blocks of each migrate type in one zone, bound by the header's type names.
/// </summary>
/// <param name="Node">The NUMA node.</param>
/// <param name="Zone">The zone name.</param>
/// <param name="Blocks">Page blocks per migrate type name, in the header's order.</param>
public sealed record PageBlockCounts(int Node, string Zone, IReadOnlyDictionary<string, ulong> Blocks);

/// <summary>
/// The whole of <c>/proc/pagetypeinfo</c> (<c>pagetypeinfo_show</c> in <c>mm/vmstat.c</c>), which the kernel prints
/// once per node with memory:
/// <code>
/// Page block order: 9
/// Pages per block:  512
///
/// Free pages count per migrate type at order       0      1 …     10
/// Node    0, zone      DMA, type    Unmovable      0      0 …      0
///
/// Number of blocks type     Unmovable      Movable  Reclaimable   HighAtomic      Isolate
/// Node 0, zone      DMA            1            7            0            0            0
///
/// Number of mixed blocks    Unmovable      Movable …               (CONFIG_PAGE_OWNER with page_owner=on only)
/// Node 0, zone      DMA            0            1 …
/// </code>
/// The rows of every node are concatenated; the page block order and size, the orders and the migrate type names
/// must agree between nodes.
/// </summary>
public sealed class PageTypeReport : IProcValue<PageTypeReport>
{
    private PageTypeReport(int pageBlockOrder, ulong pagesPerBlock, int orderCount, string[] migrateTypes,
        PageTypeFreeBlocks[] freeBlocks, PageBlockCounts[] blockCounts, PageBlockCounts[]? mixedBlockCounts)
    {
        PageBlockOrder = pageBlockOrder;
        PagesPerBlock = pagesPerBlock;
        OrderCount = orderCount;
        MigrateTypes = migrateTypes;
        FreeBlocks = freeBlocks;
        BlockCounts = blockCounts;
        MixedBlockCounts = mixedBlockCounts;
    }

    /// <summary>The order of a page block, the unit the kernel assigns a migrate type to (<c>pageblock_order</c>, 9 on x86-64 with 4 KiB pages).</summary>
    public int PageBlockOrder { get; }

    /// <summary>Pages in a page block (<c>pageblock_nr_pages</c>, 2^<see cref="PageBlockOrder"/>).</summary>
    public ulong PagesPerBlock { get; }

    /// <summary>The number of orders in the free-page table's header (<c>NR_PAGE_ORDERS</c>, usually 11).</summary>
    public int OrderCount { get; }

    /// <summary>The migrate type names of the block table's header, in the kernel's order (they vary with CONFIG_CMA, CONFIG_MEMORY_ISOLATION).</summary>
    public IReadOnlyList<string> MigrateTypes { get; }

    /// <summary>The free-page table: one row per node, zone and migrate type.</summary>
    public IReadOnlyList<PageTypeFreeBlocks> FreeBlocks { get; }

    /// <summary>The number of page blocks of each migrate type: one row per node and zone.</summary>
    public IReadOnlyList<PageBlockCounts> BlockCounts { get; }

    /// <summary>
    /// Page blocks of each type that hold pages of another type (<c>pagetypeinfo_showmixedcount</c>); <c>null</c>
    /// unless the kernel has CONFIG_PAGE_OWNER and was booted with <c>page_owner=on</c>.
    /// </summary>
    public IReadOnlyList<PageBlockCounts>? MixedBlockCounts { get; }

    private enum Table { None, Free, Blocks, Mixed }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out PageTypeReport value)
    {
        var failure = default(ProcValueFailure);
        return TryParse(utf8, out value, ref failure);
    }

    /// <summary>The line and field <see cref="TryParse(ReadOnlySpan{byte}, out PageTypeReport)"/> stopped at, and what it expected there.</summary>
    public static ProcValueError? Diagnose(ReadOnlySpan<byte> utf8)
    {
        var failure = default(ProcValueFailure);
        return TryParse(utf8, out _, ref failure) ? null : failure.ToError(utf8);
    }

    private static bool TryParse(ReadOnlySpan<byte> utf8, out PageTypeReport value, ref ProcValueFailure failure)
    {
        value = null!;
        int position = 0;
        int blockOrder = -1, orderCount = -1;
        ulong perBlock = 0;
        string[]? types = null;
        var zones = new List<string>();
        var free = new List<PageTypeFreeBlocks>();
        var blocks = new List<PageBlockCounts>();
        List<PageBlockCounts>? mixed = null;
        var table = Table.None;
        int sections = 0;
        var line = ReadOnlySpan<byte>.Empty;
        while (ProcText.NextNonBlankLine(utf8, ref position, out line))
        {
            if (line.StartsWith("Page block order:"u8))
            {
                // A node's section; the one before it must have had its block table, and its mixed-block table when
                // the first node had one (page owner tracking is on for every node or none).
                if (blockOrder >= 0 && (table is Table.None or Table.Free || (mixed is not null && table != Table.Mixed)))
                    return failure.At(line, MissingTable(table, mixed is not null) + " before the next node's 'Page block order:'");
                sections++;
                var orderField = ProcText.Trim(line["Page block order:"u8.Length..]);
                if (!ProcNumber.TryParseDecimal(orderField, out int order)) return failure.At(orderField, "the page block order (a number)");
                if (blockOrder >= 0 && order != blockOrder) return failure.At(orderField, $"the page block order of the first node ({blockOrder})");
                if (!ProcText.NextNonBlankLine(utf8, ref position, out line) || !line.StartsWith("Pages per block:"u8))
                    return failure.At(line, "'Pages per block:' on the line after 'Page block order:'");
                var pagesField = ProcText.Trim(line["Pages per block:"u8.Length..]);
                if (!ProcNumber.TryParseDecimal(pagesField, out ulong pages)) return failure.At(pagesField, "the pages per block (a number)");
                if (blockOrder >= 0 && pages != perBlock) return failure.At(pagesField, $"the pages per block of the first node ({perBlock})");
                blockOrder = order;
                perBlock = pages;
                table = Table.None;
            }
            else if (line.StartsWith("Free pages count per migrate type at order"u8))
            {
                if (blockOrder < 0 || table != Table.None) return failure.At(line, "'Page block order:' before the free-page table");
                var header = line["Free pages count per migrate type at order"u8.Length..];
                int at = 0, count = 0;
                for (var field = ProcText.NextField(header, ref at); !field.IsEmpty; field = ProcText.NextField(header, ref at), count++)
                    if (!ProcNumber.TryParseDecimal(field, out int order) || order != count) return failure.At(field, $"order {count} in the free-page table's header");
                if (count == 0) return failure.At(header, "the orders 0, 1, … after 'at order'");
                if (orderCount >= 0 && count != orderCount) return failure.At(header, $"the {orderCount} orders of the first node");
                orderCount = count;
                table = Table.Free;
            }
            else if (line.StartsWith("Number of blocks type"u8))
            {
                if (table != Table.Free) return failure.At(line, "the free-page table before the block table");
                if (!TryReadTypes(line["Number of blocks type"u8.Length..], ref types, ref failure)) return false;
                table = Table.Blocks;
            }
            else if (line.StartsWith("Number of mixed blocks"u8))
            {
                if (table != Table.Blocks) return failure.At(line, "the block table before the mixed-block table");
                if (!TryReadTypes(line["Number of mixed blocks"u8.Length..], ref types, ref failure)) return false;
                if (mixed is null)
                {
                    if (sections > 1) return failure.At(line, "no mixed-block table: the first node had none");
                    mixed = new List<PageBlockCounts>();
                }
                table = Table.Mixed;
            }
            else if (table == Table.Free)
            {
                if (!TryReadFreeRow(line, orderCount, zones, out var row, ref failure)) return false;
                free.Add(row);
            }
            else if (table is Table.Blocks or Table.Mixed)
            {
                if (!TryReadBlockRow(line, types!, zones, out var row, ref failure)) return false;
                (table == Table.Blocks ? blocks : mixed!).Add(row);
            }
            else return failure.At(line, blockOrder < 0 ? "'Page block order:' first" : "'Free pages count per migrate type at order' after 'Pages per block:'");
        }
        if (table is Table.None or Table.Free || (mixed is not null && table != Table.Mixed))
            return failure.At(utf8[utf8.Length..], MissingTable(table, mixed is not null) + " before the end");
        value = new PageTypeReport(blockOrder, perBlock, orderCount, types!, free.ToArray(), blocks.ToArray(), mixed?.ToArray());
        return true;
    }

    private static string MissingTable(Table table, bool hasMixed) => table switch
    {
        Table.None => "the free-page table ('Free pages count per migrate type at order')",
        Table.Free => "the block table ('Number of blocks type')",
        _ => hasMixed ? "the mixed-block table ('Number of mixed blocks'), as the first node had one" : "more rows",
    };

    // "%12s " per migrate type; every header of every node must name the same types.
    private static bool TryReadTypes(ReadOnlySpan<byte> header, ref string[]? types, ref ProcValueFailure failure)
    {
        int at = 0, count = 0;
        var names = types is null ? new List<string>() : null;
        for (var field = ProcText.NextField(header, ref at); !field.IsEmpty; field = ProcText.NextField(header, ref at), count++)
        {
            if (names is not null) names.Add(FieldParser.String(field));
            else if (count >= types!.Length || !SameText(field, types[count]))
                return failure.At(field, count < types!.Length ? $"the migrate type '{types[count]}' of the first table's header" : "no more migrate types than the first table's header");
        }
        if (count == 0) return failure.At(header, "the migrate type names");
        if (types is not null && count != types.Length) return failure.At(header[header.Length..], $"the migrate type '{types[count]}' of the first table's header");
        types ??= names!.ToArray();
        return true;
    }

    // "Node %4d, zone %8s, type %12s " then "%s%6lu " per order, "%s" being ">" when the kernel stopped counting.
    private static bool TryReadFreeRow(ReadOnlySpan<byte> line, int orderCount, List<string> zones, out PageTypeFreeBlocks row, ref ProcValueFailure failure)
    {
        row = null!;
        int at = 0;
        if (!TryReadNodeAndZone(line, ref at, zones, true, out int node, out string zone, ref failure)) return false;
        var typeWord = ProcText.NextField(line, ref at);
        if (!typeWord.SequenceEqual("type"u8)) return failure.At(typeWord, "'type' after the zone");
        var typeField = ProcText.NextField(line, ref at);
        if (typeField.IsEmpty) return failure.At(typeField, "the migrate type after 'type'");
        string type = Intern(zones, typeField);
        var counts = new FreeBlockCount[orderCount];
        for (int order = 0; order < orderCount; order++)
        {
            var field = ProcText.NextField(line, ref at);
            var digits = !field.IsEmpty && field[0] == (byte)'>' ? field[1..] : field;
            if (!ProcText.IsDigits(digits) || !ProcNumber.TryParseDecimal(digits, out ulong count))
                return failure.At(field.IsEmpty ? line[line.Length..] : field, $"a count or '>100000' for order {order}");
            counts[order] = new FreeBlockCount(count, digits.Length != field.Length);
        }
        var extra = ProcText.NextField(line, ref at);
        if (!extra.IsEmpty) return failure.At(extra, $"the end of the row after {orderCount} orders");
        row = new PageTypeFreeBlocks(node, zone, type, counts);
        return true;
    }

    // "Node %d, zone %8s " then "%12lu " per migrate type.
    private static bool TryReadBlockRow(ReadOnlySpan<byte> line, string[] types, List<string> zones, out PageBlockCounts row, ref ProcValueFailure failure)
    {
        row = null!;
        int at = 0;
        if (!TryReadNodeAndZone(line, ref at, zones, false, out int node, out string zone, ref failure)) return false;
        var counts = new Dictionary<string, ulong>(types.Length);
        foreach (var type in types)
        {
            var field = ProcText.NextField(line, ref at);
            if (!ProcText.IsDigits(field) || !ProcNumber.TryParseDecimal(field, out ulong count))
                return failure.At(field.IsEmpty ? line[line.Length..] : field, $"a block count for {type}");
            counts.Add(type, count);
        }
        var extra = ProcText.NextField(line, ref at);
        if (!extra.IsEmpty) return failure.At(extra, $"the end of the row after {types.Length} migrate types");
        row = new PageBlockCounts(node, zone, counts);
        return true;
    }

    private static bool TryReadNodeAndZone(ReadOnlySpan<byte> line, ref int at, List<string> names, bool zoneHasComma, out int node, out string zone, ref ProcValueFailure failure)
    {
        node = 0;
        zone = null!;
        var nodeWord = ProcText.NextField(line, ref at);
        if (!nodeWord.SequenceEqual("Node"u8)) return failure.At(nodeWord, "a row starting with 'Node'");
        var nodeField = ProcText.NextField(line, ref at);
        if (nodeField.Length < 2 || nodeField[^1] != (byte)',' || !ProcText.IsDigits(nodeField[..^1])
            || !ProcNumber.TryParseDecimal(nodeField[..^1], out node))
            return failure.At(nodeField, "the node number and a comma ('0,')");
        var zoneWord = ProcText.NextField(line, ref at);
        if (!zoneWord.SequenceEqual("zone"u8)) return failure.At(zoneWord, "'zone' after the node");
        var zoneField = ProcText.NextField(line, ref at);
        if (zoneHasComma)
        {
            if (zoneField.Length < 2 || zoneField[^1] != (byte)',') return failure.At(zoneField, "the zone name and a comma ('DMA32,')");
            zoneField = zoneField[..^1];
        }
        if (zoneField.IsEmpty || zoneField.IndexOf((byte)',') >= 0) return failure.At(zoneField, "the zone name");
        zone = Intern(names, zoneField);
        return true;
    }

    // Zone and type names repeat on every row: one string each.
    private static string Intern(List<string> names, ReadOnlySpan<byte> field)
    {
        foreach (var name in names)
            if (SameText(field, name)) return name;
        var created = FieldParser.String(field);
        names.Add(created);
        return created;
    }

    private static bool SameText(ReadOnlySpan<byte> field, string name)
    {
        if (field.Length != name.Length) return false;
        for (int i = 0; i < field.Length; i++)
            if (field[i] != name[i]) return false;
        return true;
    }



    public override string ToString() => FormattableString.Invariant(
        $"pagetypeinfo: block order {PageBlockOrder} ({PagesPerBlock} pages), {FreeBlocks.Count} free lists, {BlockCounts.Count} zones");
}
