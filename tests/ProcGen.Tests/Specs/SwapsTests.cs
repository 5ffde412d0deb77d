using System.Globalization;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary><c>swaps</c>: the captured file (no swap), and lines written the way <c>swap_show</c> in <c>mm/swapfile.c</c> prints them.</summary>
public class SwapsTests
{
    private const string Header = "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n";

    /// <summary>
    /// <c>seq_file_path(…, " \t\n\\")</c>, then <c>"%*s%s\t%lu\t%s%lu\t%s%d\n"</c>: padding to column 40, the type
    /// (<c>"file\t"</c> or <c>"partition"</c>), and an extra tab after sizes under 10000000.
    /// </summary>
    private static string Line(string escapedPath, bool partition, ulong size, ulong used, int priority)
        => escapedPath + new string(' ', escapedPath.Length < 40 ? 40 - escapedPath.Length : 1)
           + (partition ? "partition" : "file\t") + "\t" + size.ToString(CultureInfo.InvariantCulture) + "\t"
           + (size < 10000000 ? "\t" : "") + used.ToString(CultureInfo.InvariantCulture) + "\t"
           + (used < 10000000 ? "\t" : "") + priority.ToString(CultureInfo.InvariantCulture) + "\n";

    [Fact]
    public void Fixture_without_swap_is_the_header_alone()
    {
        var swaps = Fixtures.Fs().Swaps();

        Assert.Empty(swaps);
        Assert.Equal(["Filename", "Type", "Size", "Used", "Priority"], swaps.Layout!.ColumnNames);
    }

    [Fact]
    public void Partitions_and_files_in_bytes()
    {
        var text = Header
                   + Line("/dev/nvme0n1p3", partition: true, 16777212, 1048576, -2)
                   + Line("/swapfile", partition: false, 2097148, 0, -3)
                   + Line("/dev/zram0", partition: true, 8388604, 20480, 100);

        var swaps = SwapArea.ParseTable(Fixtures.Bytes(text));

        Assert.Equal(3, swaps.Count);
        Assert.Equal(new SwapArea { Filename = "/dev/nvme0n1p3", Type = SwapType.Partition, SizeKilobytes = 16777212, UsedKilobytes = 1048576, Priority = -2 }, swaps[0]);
        Assert.Equal(16777212UL * 1024, swaps[0].Size);
        Assert.Equal(1048576UL * 1024, swaps[0].Used);
        Assert.Equal((16777212UL - 1048576) * 1024, swaps[0].Free);
        Assert.Equal((SwapType.File, 0UL, -3), (swaps[1].Type, swaps[1].Used, swaps[1].Priority));
        Assert.Equal(100, swaps[2].Priority);
    }

    [Fact]
    public void Paths_are_unescaped()
    {
        var text = Header
                   + Line(@"/var/swap\040file", partition: false, 1048572, 0, -2)
                   + Line(@"/mnt/a\011tab\134back\012line", partition: false, 1024, 0, -3);

        var swaps = SwapArea.ParseTable(Fixtures.Bytes(text));

        Assert.Equal("/var/swap file", swaps[0].Filename);
        Assert.Equal("/mnt/a\ttab\\back\nline", swaps[1].Filename);
    }

    [Fact]
    public void Long_paths_and_large_sizes_lose_their_padding_but_still_split()
    {
        // A path of 40 bytes or more gets one space; sizes of 10000000 KiB or more lose the extra tab.
        var path = "/srv/" + new string('s', 45);
        var swap = Assert.Single(SwapArea.ParseTable(Fixtures.Bytes(Header + Line(path, partition: true, 268435452, 12345678, -2))));

        Assert.Equal(path, swap.Filename);
        Assert.Equal((268435452UL, 12345678UL), (swap.SizeKilobytes, swap.UsedKilobytes));
    }

    [Fact]
    public void A_backing_kind_this_library_does_not_know_is_other()
    {
        // Swap-type words outside mainline (a virtual swap patch set prints "vswap").
        var swap = Assert.Single(SwapArea.ParseTable(Fixtures.Bytes(Header + "/dev/vswap                              vswap\t\t1024\t\t0\t\t-2\n")));
        Assert.Equal(SwapType.Other, swap.Type);
    }

    [Fact]
    public void A_missing_priority_is_an_error_at_the_end_of_the_line()
    {
        const string row = "/swapfile                               file\t\t1024\t\t0";
        ParseAssert.Fails(utf8 => SwapArea.ParseTable(utf8), Header + row + "\n", 2, row.Length + 1, "column 'Priority'");
    }

    [Fact]
    public void A_size_with_a_unit_is_an_error_at_the_size()
    {
        const string row = "/swapfile                               file\t\t1024kB\t\t0\t\t-2";
        ParseAssert.Fails(utf8 => SwapArea.ParseTable(utf8), Header + row + "\n", 2, ParseAssert.ColumnOf(row, "1024kB"), "SizeKilobytes");
    }
}
