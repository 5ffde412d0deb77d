using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>iomem and ioports: indented trees of address ranges, and the tree rebuilt from the rows.</summary>
public class IoResourceTests
{
    [Fact]
    public void Iomem_from_fixture()
    {
        var table = Fixtures.Fs().IoMemory();

        Assert.Equal(27, table.Count);

        Assert.Equal(new AddressRange(0x0, 0xfff), table[0].Range);
        Assert.Equal("Reserved", table[0].Name);
        Assert.Equal(0, table[0].Depth);
        Assert.Equal(0x1000UL, table[0].Length);

        var acpi = table[3];
        Assert.Equal(2, acpi.Indentation);
        Assert.Equal(1, acpi.Depth);
        Assert.Equal(new AddressRange(0xde000, 0xdefff), acpi.Range);
        Assert.Equal("AMZNC10C:00", acpi.Name);

        var code = table.Single(r => r.Name == "Kernel code");
        Assert.Equal(new AddressRange(0x01000000, 0x02276507), code.Range);
        Assert.Equal(1, code.Depth);

        // Names keep their blanks and brackets.
        var ecam = table[12];
        Assert.Equal("PCI ECAM 0000 [bus 00-00]", ecam.Name);
        var nested = table[13];
        Assert.Equal(4, nested.Indentation);
        Assert.Equal(2, nested.Depth);
        Assert.Equal("PCI Bus 0000:00", nested.Name);

        // Ranges above 4 GiB print more than 8 digits.
        var high = table.Single(r => r.Range.Start == 0x100000000UL);
        Assert.Equal(0x63fffffffUL, high.Range.End);
        Assert.Equal("System RAM", high.Name);
        Assert.Equal(new AddressRange(0x4000200000, 0x400027ffff), table[^1].Range);
        Assert.Equal("virtio-pci-modern", table[^1].Name);
    }

    [Fact]
    public void Ioports_from_fixture()
    {
        var table = Fixtures.Fs().IoPorts();

        Assert.Equal(15, table.Count);
        Assert.Equal(new AddressRange(0x0000, 0x0cf7), table[0].Range);
        Assert.Equal("PCI Bus 0000:00", table[0].Name);
        Assert.Equal(0, table[0].Depth);

        var keyboard = table[5];
        Assert.Equal(new AddressRange(0x60, 0x60), keyboard.Range);
        Assert.Equal(1UL, keyboard.Length);
        Assert.Equal("keyboard", keyboard.Name);
        Assert.Equal(1, keyboard.Depth);

        Assert.Equal("dma page reg", table[8].Name);
        Assert.Equal(new AddressRange(0x0d00, 0xffff), table[^1].Range);
    }

    [Fact]
    public void Iomem_tree_from_fixture()
    {
        var roots = IoResourceTree.Build(Fixtures.Fs().IoMemory());

        Assert.Equal(
            ["Reserved", "System RAM", "Reserved", "System RAM", "PCI Bus 0000:00", "Reserved", "IOAPIC 0", "System RAM", "PCI Bus 0000:00"],
            roots.Select(r => r.Resource.Name));
        Assert.Equal(["AMZNC10C:00", "System ROM"], roots[2].Children.Select(c => c.Resource.Name));
        Assert.Equal(["Kernel code", "Kernel rodata", "Kernel data", "Kernel bss"], roots[3].Children.Select(c => c.Resource.Name));

        var ecam = Assert.Single(roots[5].Children);
        Assert.Same(roots[5], ecam.Parent);
        Assert.Equal("PCI Bus 0000:00", Assert.Single(ecam.Children).Resource.Name);

        var pci = roots[8];
        Assert.Equal(5, pci.Children.Count);
        Assert.All(pci.Children, device => Assert.Equal("virtio-pci-modern", Assert.Single(device.Children).Resource.Name));

        // Every row is in the tree exactly once.
        Assert.Equal(27, roots.Sum(r => r.DescendantsAndSelf().Count()));
        Assert.Null(roots[0].Parent);
    }

    [Fact]
    public void Iomem_tree_finds_the_innermost_owner_of_an_address()
    {
        var roots = IoResourceTree.Build(Fixtures.Fs().IoMemory());

        Assert.Equal("Kernel code", IoResourceTree.FindInnermost(roots, 0x01000100)!.Resource.Name);
        Assert.Equal("System RAM", IoResourceTree.FindInnermost(roots, 0x02300000)!.Resource.Name);
        var bus = IoResourceTree.FindInnermost(roots, 0xeec00010)!;
        Assert.Equal(2, bus.Resource.Depth);
        Assert.Equal("PCI Bus 0000:00", bus.Resource.Name);
        Assert.Equal("virtio-pci-modern", IoResourceTree.FindInnermost(roots, 0x4000080010)!.Resource.Name);
        // Between IOAPIC 0 and the RAM above 4 GiB nothing is claimed.
        Assert.Null(IoResourceTree.FindInnermost(roots, 0xfec00400));
    }

    [Fact]
    public void Ioports_tree_from_fixture()
    {
        var roots = IoResourceTree.Build(Fixtures.Fs().IoPorts());

        Assert.Equal(["PCI Bus 0000:00", "PCI conf1", "PCI Bus 0000:00"], roots.Select(r => r.Resource.Name));
        Assert.Equal(12, roots[0].Children.Count);
        Assert.Empty(roots[1].Children);
        Assert.Equal("keyboard", IoResourceTree.FindInnermost(roots, 0x64)!.Resource.Name);
        Assert.Equal("serial", IoResourceTree.FindInnermost(roots, 0x3f9)!.Resource.Name);
        Assert.Equal("PCI Bus 0000:00", IoResourceTree.FindInnermost(roots, 0x0100)!.Resource.Name);
    }

    [Fact]
    public void Tree_of_no_rows_and_of_a_depth_jump()
    {
        Assert.Empty(IoResourceTree.Build(IoPortResource.ParseTable(Fixtures.Bytes(""))));

        // A line two levels deeper than the one before still goes under it; a shallower one closes both.
        const string text =
            "0000-0fff : outer\n" +
            "    0100-01ff : deep\n" +
            "  0200-02ff : middle\n" +
            "1000-1fff : next\n";
        var roots = IoResourceTree.Build(IoPortResource.ParseTable(Fixtures.Bytes(text)));

        Assert.Equal(2, roots.Count);
        Assert.Equal(["deep", "middle"], roots[0].Children.Select(c => c.Resource.Name));
        Assert.Empty(roots[1].Children);
        Assert.Equal("outer : 0-fff", $"{roots[0].Resource.Name} : {roots[0].Resource.Range}");
    }

    [Fact]
    public void Unprivileged_readers_see_zero_ranges()
    {
        // r_show prints start = end = 0 without CAP_SYS_ADMIN; the tree is still there.
        const string text =
            "00000000-00000000 : System RAM\n" +
            "  00000000-00000000 : Kernel code\n" +
            "00000000-00000000 : <BAD>\n";
        var table = IoMemoryResource.ParseTable(Fixtures.Bytes(text));

        Assert.All(table, r => Assert.Equal(default, r.Range));
        Assert.Equal("<BAD>", table[2].Name);
        Assert.Single(IoResourceTree.Build(table)[0].Children);
    }

    [Fact]
    public void Iomem_errors_name_line_and_column()
    {
        const string good = "00000000-00000fff : Reserved\n";
        // The colon between range and name is required.
        const string noColon = "  00001000-0009fbff System RAM\n";
        ParseAssert.Fails(u => IoMemoryResource.ParseTable(u), good + noColon, line: 2, column: ParseAssert.ColumnOf(noColon, "System"), mentions: "':'");
        const string badRange = "00001000_0009fbff : System RAM\n";
        ParseAssert.Fails(u => IoMemoryResource.ParseTable(u), good + badRange, line: 2, column: 1, mentions: "AddressRange");
        const string truncated = "  00001000-0009fbff\n";
        ParseAssert.Fails(u => IoMemoryResource.ParseTable(u), good + truncated, line: 2, column: truncated.Length, mentions: "Name");
    }
}
