using System.Collections.Generic;
using System.Text;

namespace ProcGen.Tests.Runtime;

public class VmallocDetailsTests
{
    private static VmallocDetails Parse(string text)
    {
        Assert.True(VmallocDetails.TryParse(Encoding.UTF8.GetBytes(text), out var details));
        return details;
    }

    [Fact]
    public void Caller_pages_physical_address_flags_and_nodes()
    {
        var details = Parse("pci_iomap_range+0x5c/0x80 [snd_hda_intel] pages=3 phys=0x00000000fe000000 ioremap N0=2 N3=1");

        Assert.Equal(VmallocAreaKind.Area, details.Kind);
        Assert.Equal("pci_iomap_range+0x5c/0x80 [snd_hda_intel]", details.Caller);
        Assert.Equal(3UL, details.Pages);
        Assert.Equal(0xfe000000UL, details.PhysicalAddress);
        Assert.Equal(["ioremap"], details.Flags);
        Assert.Equal(new Dictionary<int, ulong> { [0] = 2, [3] = 1 }, details.NodePages);
        Assert.True(details.HasFlag("ioremap"));
        Assert.False(details.HasFlag("vmalloc"));
    }

    [Fact]
    public void Areas_without_details()
    {
        Assert.Equal(VmallocAreaKind.VmMapRam, Parse("vm_map_ram").Kind);
        Assert.Equal(VmallocAreaKind.Unpurged, Parse("unpurged vm_area").Kind);
        var empty = Parse("");
        Assert.Equal((VmallocAreaKind.Area, (string?)null, (ulong?)null), (empty.Kind, empty.Caller, empty.Pages));
        Assert.Empty(empty.Flags);
    }

    [Fact]
    public void Only_the_first_word_can_be_the_caller()
    {
        // A word with '+' after the first is a flag word the kernel added, not a caller.
        var details = Parse("pages=1 vmalloc a+b");
        Assert.Null(details.Caller);
        Assert.Equal(["vmalloc", "a+b"], details.Flags);
    }

    [Fact]
    public void Unknown_key_value_words_are_kept_as_flags()
        => Assert.Equal(["vmalloc", "huge=2M"], Parse("f+0x1/0x2 pages=512 vmalloc huge=2M").Flags);

    [Fact]
    public void Equal_details_are_equal()
    {
        Assert.Equal(Parse("f+0x1/0x2 pages=4 vmalloc N0=4"), Parse("f+0x1/0x2  pages=4 vmalloc N0=4"));
        Assert.NotEqual(Parse("f+0x1/0x2 pages=4 vmalloc N0=4"), Parse("f+0x1/0x2 pages=4 vmalloc N1=4"));
    }

    [Theory]
    [InlineData("f+0x1/0x2 pages=x vmalloc")]
    [InlineData("f+0x1/0x2 pages=1 pages=2")]
    [InlineData("f+0x1/0x2 phys=zz ioremap")]
    [InlineData("f+0x1/0x2 pages=2 N0=one")]
    [InlineData("f+0x1/0x2 pages=2 N0=1 N0=1")]
    public void Rejects_malformed_values(string text) => Assert.False(VmallocDetails.TryParse(Encoding.UTF8.GetBytes(text), out _));
}
