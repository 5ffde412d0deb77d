using System.Collections.Generic;
using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>vmallocinfo</c>: the captured file (addresses hashed by <c>%pK</c>), and lines written from
/// <c>vmalloc_info_show</c> in <c>mm/vmalloc.c</c> for what the capture lacks (module callers, NUMA, old kernels).
/// </summary>
public class VmallocinfoTests
{
    [Fact]
    public void Fixture_lines_of_every_shape()
    {
        var areas = Fixtures.Fs().Vmallocinfo();

        Assert.Equal(3367, areas.Count);

        // "0x%pK-0x%pK %7ld" then " %pS" and the flag "vmap".
        var first = areas[0];
        Assert.Equal(new AddressRange(0x323979e7, 0xe85720c2), first.Address);
        Assert.Equal(20480UL, first.Size);
        Assert.Equal(VmallocAreaKind.Area, first.Details.Kind);
        Assert.Equal("irq_init_percpu_irqstack+0xed/0x120", first.Details.Caller);
        Assert.Equal(["vmap"], first.Details.Flags);
        Assert.Null(first.Details.Pages);
        Assert.Empty(first.Details.NodePages);

        // " phys=%pa" and "ioremap".
        var ioremap = areas[1];
        Assert.Equal("acpi_os_map_iomem+0x1bc/0x1e0", ioremap.Details.Caller);
        Assert.Equal(0xa0000UL, ioremap.Details.PhysicalAddress);
        Assert.True(ioremap.Details.HasFlag("ioremap"));

        // " pages=%d", "vmalloc" and the per-node counts.
        var stack = areas[3];
        Assert.Equal("kernel_clone+0xb8/0x400", stack.Details.Caller);
        Assert.Equal(4UL, stack.Details.Pages);
        Assert.Equal(["vmalloc"], stack.Details.Flags);
        Assert.Equal(new Dictionary<int, ulong> { [0] = 4 }, stack.Details.NodePages);

        // A page array that is itself vmalloc'ed: "vpages".
        var hash = areas[57];
        Assert.Equal(2105344UL, hash.Size);
        Assert.Equal(513UL, hash.Details.Pages);
        Assert.Equal(["vmalloc", "vpages"], hash.Details.Flags);

        // Lazily freed areas close the file.
        Assert.Equal(3139, areas.Count(a => a.Details.Kind == VmallocAreaKind.Unpurged));
        Assert.Equal(VmallocAreaKind.Unpurged, areas[^1].Details.Kind);
        Assert.Equal(20480UL, areas[^1].Size);
        Assert.Null(areas[^1].Details.Caller);
    }

    [Fact]
    public void Fixture_streams_the_same_rows()
    {
        var fs = Fixtures.Fs();
        Assert.Equal(fs.Vmallocinfo().Select(a => a.Size), fs.EnumerateVmallocinfo().Select(a => a.Size));
    }

    internal const string Handmade =
        "0xffffc90000400000-0xffffc90000403000   12288 ext4_fill_super+0x1a0/0x2c0 [ext4] pages=2 vmalloc N0=1 N1=1\n" +
        "0xffffc90000410000-0xffffc90000412000    8192 pages=1 vmalloc user\n" +
        "0xffffc90000420000-0xffffc90000424000   16384 vm_map_ram\n" +
        "0xffffc90000430000-0xffffc90000431000    4096\n" +
        "0xffffc90000440000-0xffffc90000442000    8192 pci_iomap+0x2a/0x40 phys=fed00000 ioremap\n" +
        "0xffffc90000450000-0xffffc90000452000    8192 0xffffffff81234567 pages=1 vmalloc dma-coherent sparse\n";

    [Fact]
    public void Module_callers_missing_details_and_old_notations()
    {
        var areas = VmallocArea.ParseTable(Fixtures.Bytes(Handmade));

        // %pS adds the module in brackets, as a word of its own.
        Assert.Equal("ext4_fill_super+0x1a0/0x2c0 [ext4]", areas[0].Details.Caller);
        Assert.Equal(2UL, areas[0].Details.Pages);
        Assert.Equal(new Dictionary<int, ulong> { [0] = 1, [1] = 1 }, areas[0].Details.NodePages);
        Assert.Equal(0x3000UL, areas[0].Address.Length);

        // No caller recorded: the details start with what is there.
        Assert.Null(areas[1].Details.Caller);
        Assert.Equal(["vmalloc", "user"], areas[1].Details.Flags);

        Assert.Equal(VmallocAreaKind.VmMapRam, areas[2].Details.Kind);

        // Nothing after the size.
        Assert.Equal(VmallocAreaKind.Area, areas[3].Details.Kind);
        Assert.Empty(areas[3].Details.Flags);

        // Before %pa, phys= was printed with %llx, without 0x.
        Assert.Equal(0xfed00000UL, areas[4].Details.PhysicalAddress);

        // Without kallsyms the caller is a bare address; newer flag words are kept as printed.
        Assert.Equal("0xffffffff81234567", areas[5].Details.Caller);
        Assert.Equal(["vmalloc", "dma-coherent", "sparse"], areas[5].Details.Flags);
    }

    [Fact]
    public void Details_print_back_in_the_kernel_order()
    {
        var areas = VmallocArea.ParseTable(Fixtures.Bytes(Handmade));
        Assert.Equal("ext4_fill_super+0x1a0/0x2c0 [ext4] pages=2 vmalloc N0=1 N1=1", areas[0].Details.ToString());
        Assert.Equal("vm_map_ram", areas[2].Details.ToString());
        Assert.Equal(areas[0], VmallocArea.ParseTable(Fixtures.Bytes(Handmade))[0]);
    }

    [Fact]
    public void A_page_count_that_is_not_a_number_is_an_error_at_the_details()
    {
        const string line = "0xffffc90000410000-0xffffc90000412000    8192 caller+0x1/0x2 pages=many vmalloc";
        ParseAssert.Fails(utf8 => VmallocArea.ParseTable(utf8), Handmade + line + "\n", 7, ParseAssert.ColumnOf(line, "caller"), "VmallocDetails");
    }

    [Fact]
    public void A_range_without_its_end_is_an_error_at_the_range()
        => ParseAssert.Fails(utf8 => VmallocArea.ParseTable(utf8), "0xffffc90000410000    8192 vmalloc\n", 1, 1, "AddressRange");

    [Fact]
    public void A_missing_size_is_an_error_after_the_range()
    {
        const string line = "0xffffc90000410000-0xffffc90000412000";
        ParseAssert.Fails(utf8 => VmallocArea.ParseTable(utf8), line + "\n", 1, line.Length + 1, "Size");
    }
}
