using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary><c>partitions</c>: the captured file, and lines written from <c>show_partition</c> in <c>block/genhd.c</c>.</summary>
public class PartitionsTests
{
    [Fact]
    public void Fixture_has_one_virtio_disk()
    {
        var partitions = Fixtures.Fs().Partitions();

        var vda = Assert.Single(partitions);
        Assert.Equal((254u, 0u), (vda.Major, vda.Minor));
        Assert.Equal(268435456UL, vda.Blocks);
        Assert.Equal(268435456UL * 1024, vda.Size); // 256 GiB
        Assert.Equal("vda", vda.Name);
        Assert.Equal(new DeviceNumber(254, 0), vda.Device);
        Assert.Equal(["major", "minor", "#blocks", "name"], partitions.Layout!.ColumnNames);
    }

    // "%4d  %7d %10llu %pg\n" after the header and its blank line.
    private const string Disks =
        "major minor  #blocks  name\n" +
        "\n" +
        " 259        0  500107608 nvme0n1\n" +
        " 259        1     524288 nvme0n1p1\n" +
        " 259        2 499582279 nvme0n1p2\n" +
        "   8       16 15558144000 sdb\n" +
        " 253        0  499580231 dm-0\n";

    [Fact]
    public void Disks_partitions_and_device_mapper()
    {
        var partitions = Partition.ParseTable(Fixtures.Bytes(Disks));

        Assert.Equal(5, partitions.Count);
        Assert.Equal(new Partition { Major = 259, Minor = 1, Blocks = 524288, Name = "nvme0n1p1" }, partitions[1]);
        // %10llu overflows its width for disks of 10 TB and more: the fields stay separated.
        Assert.Equal(15558144000UL, partitions[3].Blocks);
        Assert.Equal("dm-0", partitions[4].Name);
    }

    [Fact]
    public void Header_only_is_an_empty_table()
        => Assert.Empty(Partition.ParseTable(Fixtures.Bytes("major minor  #blocks  name\n\n")));

    [Fact]
    public void A_row_without_a_name_is_an_error_at_the_end_of_the_line()
    {
        const string row = " 259        1     524288";
        ParseAssert.Fails(utf8 => Partition.ParseTable(utf8), "major minor  #blocks  name\n\n" + row + "\n", 3, row.Length + 1, "column 'name'");
    }

    [Fact]
    public void A_header_without_a_bound_column_is_an_error_on_the_header()
        => ParseAssert.Fails(utf8 => Partition.ParseTable(utf8), "major minor  blocks  name\n\n 8 0 1 sda\n", 1, 1, "'#blocks'");

    [Fact]
    public void A_negative_block_count_is_an_error_at_the_count()
    {
        const string row = "   8        0     -524288 sda";
        ParseAssert.Fails(utf8 => Partition.ParseTable(utf8), "major minor  #blocks  name\n\n" + row + "\n", 3, ParseAssert.ColumnOf(row, "-524288"), "Blocks");
    }
}
