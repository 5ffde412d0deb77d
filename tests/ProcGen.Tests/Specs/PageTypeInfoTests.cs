using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>pagetypeinfo</c>: the fixture is this machine's file; the variants are written from <c>pagetypeinfo_show</c> and
/// its helpers in <c>mm/vmstat.c</c>: <c>"Node %4d, zone %8s, type %12s "</c> then <c>"%s%6lu "</c> per order (the
/// <c>%s</c> is <c>&gt;</c> past 100000 entries), <c>"\n%-23s"</c> + <c>"%12s "</c> per migrate type for the block
/// headers, <c>"Node %d, zone %8s "</c> + <c>"%12lu "</c> for their rows, the whole printed once per node.
/// </summary>
public class PageTypeInfoTests
{
    [Fact]
    public void Fixture_of_one_node()
    {
        var report = Fixtures.Fs().PageTypeInfo().Report;

        Assert.Equal(9, report.PageBlockOrder);
        Assert.Equal(512UL, report.PagesPerBlock);
        Assert.Equal(11, report.OrderCount);
        Assert.Equal(["Unmovable", "Movable", "Reclaimable", "HighAtomic", "Isolate"], report.MigrateTypes);

        Assert.Equal(15, report.FreeBlocks.Count);
        var dmaUnmovable = report.FreeBlocks[0];
        Assert.Equal((0, "DMA", "Unmovable"), (dmaUnmovable.Node, dmaUnmovable.Zone, dmaUnmovable.MigrateType));
        Assert.Equal([0UL, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0], dmaUnmovable.FreeBlocks.Select(c => c.Count));
        var normalMovable = report.FreeBlocks.Single(r => r.Zone == "Normal" && r.MigrateType == "Movable");
        Assert.Equal([1UL, 1, 5833, 7211, 3457, 1576, 500, 227, 134, 106, 330], normalMovable.FreeBlocks.Select(c => c.Count));
        Assert.All(report.FreeBlocks, r => Assert.All(r.FreeBlocks, c => Assert.False(c.IsCapped)));
        // Zone and type names are one string each, not one per row.
        Assert.Same(report.FreeBlocks[0].Zone, report.FreeBlocks[4].Zone);

        Assert.Equal(["DMA", "DMA32", "Normal"], report.BlockCounts.Select(r => r.Zone));
        Assert.Equal(7UL, report.BlockCounts[0].Blocks["Movable"]);
        Assert.Equal(1528UL, report.BlockCounts[1].Blocks["Movable"]);
        Assert.Equal([52UL, 1938, 58, 0, 0], report.BlockCounts[2].Blocks.Values);
        Assert.Null(report.MixedBlockCounts);
    }

    // Two nodes, a kernel with CMA, page_owner=on (the mixed-block table), and a list counted past 100000.
    internal const string TwoNodes =
        "Page block order: 9\n" +
        "Pages per block:  512\n" +
        "\n" +
        "Free pages count per migrate type at order       0      1      2 \n" +
        "Node    0, zone      DMA, type    Unmovable      0      1      0 \n" +
        "Node    0, zone      DMA, type      Movable >100000   2048      3 \n" +
        "Node    0, zone      DMA, type          CMA      0      0      7 \n" +
        "\n" +
        "Number of blocks type     Unmovable      Movable          CMA      Isolate \n" +
        "Node 0, zone      DMA            1            7            2            0 \n" +
        "\n" +
        "Number of mixed blocks    Unmovable      Movable          CMA      Isolate \n" +
        "Node 0, zone      DMA            0            1            0            0 \n" +
        "Page block order: 9\n" +
        "Pages per block:  512\n" +
        "\n" +
        "Free pages count per migrate type at order       0      1      2 \n" +
        "Node    1, zone   Normal, type    Unmovable     12      0      1 \n" +
        "\n" +
        "Number of blocks type     Unmovable      Movable          CMA      Isolate \n" +
        "Node 1, zone   Normal           40         2000            0            0 \n" +
        "\n" +
        "Number of mixed blocks    Unmovable      Movable          CMA      Isolate \n" +
        "Node 1, zone   Normal            3           12            0            0 \n";

    [Fact]
    public void Two_nodes_with_CMA_capped_counts_and_mixed_blocks()
    {
        var report = PageTypeInfo.Parse(Fixtures.Bytes(TwoNodes)).Report;

        Assert.Equal(3, report.OrderCount);
        Assert.Equal(["Unmovable", "Movable", "CMA", "Isolate"], report.MigrateTypes);
        Assert.Equal([0, 0, 0, 1], report.FreeBlocks.Select(r => r.Node));
        Assert.Equal(new FreeBlockCount(100000, true), report.FreeBlocks[1].FreeBlocks[0]);
        Assert.Equal(new FreeBlockCount(2048, false), report.FreeBlocks[1].FreeBlocks[1]);
        Assert.Equal(">100000", report.FreeBlocks[1].FreeBlocks[0].ToString());
        Assert.Equal("CMA", report.FreeBlocks[2].MigrateType);

        Assert.Equal([(0, "DMA"), (1, "Normal")], report.BlockCounts.Select(r => (r.Node, r.Zone)));
        Assert.Equal(2UL, report.BlockCounts[0].Blocks["CMA"]);
        Assert.Equal(2000UL, report.BlockCounts[1].Blocks["Movable"]);
        Assert.NotNull(report.MixedBlockCounts);
        Assert.Equal(12UL, report.MixedBlockCounts![1].Blocks["Movable"]);
    }

    [Fact]
    public void Read_through_a_root()
    {
        using var root = new Runtime.TempProcRoot().File("pagetypeinfo", TwoNodes);
        Assert.Equal(2, root.Fs.PageTypeInfo().Report.BlockCounts.Count);
    }

    private const string Head = "Page block order: 9\nPages per block:  512\n\n";
    private const string FreeHeader = "Free pages count per migrate type at order       0      1 \n";
    private const string FreeRow = "Node    0, zone      DMA, type    Unmovable      0      1 \n";
    private const string BlockHeader = "\nNumber of blocks type     Unmovable      Movable \n";
    private const string BlockRow = "Node 0, zone      DMA            1            7 \n";

    // Lines of the pieces: Head 1-3, FreeHeader 4, FreeRow 5, BlockHeader 6-7, BlockRow 8.
    [Theory]
    [InlineData("", 1, 1, "the free-page table")]
    [InlineData(Head, 2, 22, "the free-page table")] // no tables: just after the last line
    [InlineData(Head + FreeHeader + FreeRow, 5, 58, "the block table")] // no block table
    [InlineData("Pages per block:  512\n\n" + FreeHeader + FreeRow + BlockHeader + BlockRow, 1, 1, "'Page block order:' first")]
    [InlineData("Page block order: nine\nPages per block:  512\n\n" + FreeHeader + FreeRow + BlockHeader + BlockRow, 1, 19, "the page block order")]
    [InlineData(Head + "Free pages count per migrate type at order       0      2 \n" + FreeRow + BlockHeader + BlockRow, 4, 57, "order 1 in the free-page table's header")] // orders skip
    [InlineData(Head + FreeHeader + "Node    0, zone      DMA, type    Unmovable      0 \n" + BlockHeader + BlockRow, 5, 51, "for order 1")] // a count short
    [InlineData(Head + FreeHeader + "Node    0, zone      DMA, type    Unmovable      0      1      2 \n" + BlockHeader + BlockRow, 5, 64, "the end of the row after 2 orders")]
    [InlineData(Head + FreeHeader + "Node    0, zone      DMA, type    Unmovable      0     -1 \n" + BlockHeader + BlockRow, 5, 56, "a count or '>100000' for order 1")]
    [InlineData(Head + FreeHeader + "Node    0, zone      DMA, type    Unmovable      0     >x \n" + BlockHeader + BlockRow, 5, 56, "for order 1")]
    [InlineData(Head + FreeHeader + "Node    0, zone      DMA type    Unmovable      0      1 \n" + BlockHeader + BlockRow, 5, 22, "the zone name and a comma")]
    [InlineData(Head + FreeHeader + "Node 0 zone      DMA, type    Unmovable      0      1 \n" + BlockHeader + BlockRow, 5, 6, "the node number and a comma")]
    [InlineData(Head + FreeHeader + FreeRow + BlockHeader + "Node 0, zone      DMA            1 \n", 8, 35, "a block count for Movable")] // a type short
    [InlineData(Head + FreeHeader + FreeRow + BlockHeader + "Node 0, zone      DMA            1           x7 \n", 8, 46, "a block count for Movable")]
    [InlineData(Head + FreeHeader + FreeRow + "\nNumber of blocks type\n" + BlockRow, 7, 22, "the migrate type names")]
    [InlineData(Head + FreeHeader + FreeRow + BlockHeader + BlockRow + "something else\n", 9, 1, "a row starting with 'Node'")]
    [InlineData(Head + FreeHeader + FreeRow + BlockHeader + BlockRow + Head + FreeHeader + FreeRow, 13, 58, "the block table")] // second node without blocks
    [InlineData(Head + FreeHeader + FreeRow + BlockHeader + BlockRow + "Page block order: 10\nPages per block:  1024\n\n" + FreeHeader + FreeRow + BlockHeader + BlockRow, 9, 19, "of the first node (9)")] // nodes disagree
    [InlineData(Head + FreeHeader + FreeRow + BlockHeader + BlockRow + Head + FreeHeader + FreeRow + "\nNumber of blocks type     Unmovable          CMA \n" + BlockRow, 15, 46, "the migrate type 'Movable'")] // other type names
    [InlineData(Head + FreeHeader + FreeRow + BlockHeader + BlockRow + "\nNumber of mixed blocks    Unmovable      Movable \n" + BlockRow + Head + FreeHeader + FreeRow + BlockHeader + BlockRow, 19, 48, "the mixed-block table")] // mixed table on one node only
    [InlineData(Head + "Node    0, zone      DMA, type    Unmovable      0      1 \n" + BlockHeader + BlockRow, 4, 1, "'Free pages count per migrate type at order'")] // rows before the header
    public void A_malformed_file_is_an_error_at_the_line_and_field(string text, int line, int column, string expected)
    {
        var error = ParseAssert.Fails(utf8 => PageTypeInfo.Parse(utf8), text, line, column, expected);
        Assert.EndsWith("(in a PageTypeReport for Report (the whole file))", error.Expected);   // and which value
    }
}
