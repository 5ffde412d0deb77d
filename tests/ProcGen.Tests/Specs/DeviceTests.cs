using System;
using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>devices, misc, dma, consoles and diskstats.</summary>
public class DeviceTests
{
    [Fact]
    public void Devices_from_fixture_in_two_sections()
    {
        var devices = Fixtures.Fs().Devices();

        Assert.Equal(27, devices.Count);
        var character = devices.Where(d => d.IsCharacterDevice).ToList();
        var block = devices.Where(d => d.IsBlockDevice).ToList();
        Assert.Equal(23, character.Count);
        Assert.Equal(4, block.Count);

        Assert.Equal(("Character devices", 1, "mem"), (devices[0].Section, devices[0].Major, devices[0].Name));
        // A major registered under several names appears once per name.
        Assert.Equal(["/dev/vc/0", "tty", "ttyS"], character.Where(d => d.Major == 4).Select(d => d.Name));
        Assert.Equal("cpu/cpuid", character.Single(d => d.Major == 203).Name);
        Assert.Equal(("ptm", "pts"), (character.Single(d => d.Major == 128).Name, character.Single(d => d.Major == 136).Name));

        Assert.Equal(("Block devices", 7, "loop"), (block[0].Section, block[0].Major, block[0].Name));
        Assert.Equal(["loop", "zram", "virtblk", "blkext"], block.Select(d => d.Name));
        Assert.Equal(259, block[^1].Major);
    }

    [Fact]
    public void Devices_without_block_devices_and_malformed()
    {
        // devinfo_show: "Character devices:" before the first, "\nBlock devices:" only with CONFIG_BLOCK.
        var devices = DeviceMajor.ParseTable(Fixtures.Bytes("Character devices:\n  1 mem\n 10 misc\n"));
        Assert.Equal(2, devices.Count);
        Assert.All(devices, d => Assert.True(d.IsCharacterDevice));

        // A row before any title has no section.
        ParseAssert.Fails(u => DeviceMajor.ParseTable(u), "  1 mem\n", line: 1, column: 1, mentions: "section");
        const string badMajor = "  x mem\n";
        ParseAssert.Fails(u => DeviceMajor.ParseTable(u), "Character devices:\n" + badMajor, line: 2, column: 3, mentions: "Major");
    }

    [Fact]
    public void Misc_from_fixture()
    {
        var misc = Fixtures.Fs().MiscDevices();

        Assert.Equal(10, misc.Count);
        Assert.Equal((234, "btrfs-control"), (misc[0].Minor, misc[0].Name));
        Assert.Equal((229, "fuse"), (misc[5].Minor, misc[5].Name));
        Assert.Equal((256, "vga_arbiter"), (misc[^1].Minor, misc[^1].Name));
        Assert.Equal(183, misc.Single(m => m.Name == "hw_random").Minor);
    }

    [Fact]
    public void Misc_with_an_unnamed_device_and_a_bad_minor()
    {
        // misc_seq_show: "%3i %s", the name empty when the driver gave none.
        var misc = MiscDevice.ParseTable(Fixtures.Bytes("  1 psaux\n 63 \n"));
        Assert.Null(misc[1].Name);
        Assert.Equal(63, misc[1].Minor);

        ParseAssert.Fails(u => MiscDevice.ParseTable(u), "  1 psaux\nfuse 229\n", line: 2, column: 1, mentions: "Minor");
    }

    [Fact]
    public void Dma_from_fixture()
    {
        var channel = Assert.Single(Fixtures.Fs().DmaChannels());

        Assert.Equal(4, channel.Channel);
        Assert.Equal("cascade", channel.Device);
    }

    [Fact]
    public void Dma_without_channels_and_malformed()
    {
        // proc_dma_show: "%2d: %s" per busy channel, or "No DMA" where the architecture has no channels.
        Assert.Empty(DmaChannel.ParseTable(Fixtures.Bytes("No DMA\n")));
        Assert.Empty(DmaChannel.ParseTable(Fixtures.Bytes("")));

        var channels = DmaChannel.ParseTable(Fixtures.Bytes(" 2: floppy\n 4: cascade\n10: sound blaster\n"));
        Assert.Equal([2, 4, 10], channels.Select(c => c.Channel));
        Assert.Equal("sound blaster", channels[2].Device);

        ParseAssert.Fails(u => DmaChannel.ParseTable(u), " 4 cascade\n", line: 1, column: 2, mentions: "Channel");
        ParseAssert.Fails(u => DmaChannel.ParseTable(u), " 4: cascade\nNo DMA channels\n", line: 2, column: 1, mentions: "Channel");
    }

    [Fact]
    public void Consoles_from_fixture()
    {
        var console = Assert.Single(Fixtures.Fs().Consoles());

        Assert.Equal("ttyS0", console.Name);
        Assert.Equal("-W-", console.Operations.ToString());
        Assert.False(console.CanRead);
        Assert.True(console.CanWrite);
        Assert.False(console.CanUnblank);
        Assert.Equal("EC  p a", console.Flags.ToString());
        Assert.True(console.IsEnabled);
        Assert.True(console.IsPreferred);
        Assert.False(console.IsBootConsole);
        Assert.False(console.IsNonBlocking);
        Assert.True(console.PrintsBuffer);
        Assert.False(console.IsBraille);
        Assert.True(console.IsAnytime);
        Assert.Equal(new DeviceNumber(4, 64), console.Device);
    }

    [Fact]
    public void Consoles_of_other_shapes()
    {
        // show_console_dev: "%s%d" padded to 20 columns and a blank, "%c%c%c (%s)", then " %4d:%d" if there is a tty.
        const string text =
            "tty0                 -WU (E  p  )    4:1\n" +
            "netcon0              -W- (E     )\n" +
            "averyveryverylongname12 RW- (ECBNpba)  204:64\n" +
            "ttyS0                -W- (E p a)    4:64\n";

        var consoles = KernelConsole.ParseTable(Fixtures.Bytes(text));

        Assert.Equal(4, consoles.Count);
        Assert.True(consoles[0].CanUnblank);
        Assert.Equal(new DeviceNumber(4, 1), consoles[0].Device);
        Assert.False(consoles[0].IsAnytime);
        Assert.Null(consoles[1].Device);
        Assert.Equal(1, consoles[1].Flags.Count);
        Assert.Equal("averyveryverylongname12", consoles[2].Name);
        Assert.True(consoles[2].CanRead);
        Assert.True(consoles[2].IsBootConsole && consoles[2].IsNonBlocking && consoles[2].IsBraille);
        Assert.Equal(7, consoles[2].Flags.Count);
        // Six flag positions, as kernels before nbcon printed them.
        Assert.True(consoles[3].PrintsBuffer && consoles[3].IsAnytime && !consoles[3].IsPreferred);

        const string badFlags = "tty0                 -WU (E? p  )    4:1\n";
        ParseAssert.Fails(u => KernelConsole.ParseTable(u), badFlags, line: 1, column: ParseAssert.ColumnOf(badFlags, "E?"), mentions: "Flags");
        const string unclosed = "tty0                 -WU (E  p      4:1\n";
        ParseAssert.Fails(u => KernelConsole.ParseTable(u), unclosed, line: 1, column: unclosed.Length, mentions: "Flags");
        const string badDevice = "tty0                 -WU (E  p  )    4-1\n";
        ParseAssert.Fails(u => KernelConsole.ParseTable(u), badDevice, line: 1, column: ParseAssert.ColumnOf(badDevice, "4-1"), mentions: "Device");
    }

    [Fact]
    public void Diskstats_from_fixture_has_all_20_fields()
    {
        var disks = Fixtures.Fs().DiskStats();

        Assert.Equal(10, disks.Count);
        Assert.Equal(["loop0", "loop1", "loop2", "loop3", "loop4", "loop5", "loop6", "loop7", "vda", "zram0"], disks.Select(d => d.Name));
        Assert.All(disks.Take(8), loop => Assert.Equal(0UL, loop.ReadsCompleted + loop.SectorsWritten + loop.FlushesCompleted!.Value));

        var vda = disks[8];
        Assert.Equal((254U, 0U), (vda.Major, vda.Minor));
        Assert.Equal(new DeviceNumber(254, 0), vda.Device);
        Assert.Equal(75841UL, vda.ReadsCompleted);
        Assert.Equal(11276UL, vda.ReadsMerged);
        Assert.Equal(7437738UL, vda.SectorsRead);
        Assert.Equal(7437738UL * 512, vda.BytesRead);
        Assert.Equal(163089UL, vda.ReadTimeMilliseconds);
        Assert.Equal(TimeSpan.FromMilliseconds(163089), vda.ReadTime);
        Assert.Equal(15474UL, vda.WritesCompleted);
        Assert.Equal(17901UL, vda.WritesMerged);
        Assert.Equal(3182984UL, vda.SectorsWritten);
        Assert.Equal(3182984UL * 512, vda.BytesWritten);
        Assert.Equal(7489UL, vda.WriteTimeMilliseconds);
        Assert.Equal(0UL, vda.IosInProgress);
        Assert.Equal(35568UL, vda.IoTimeMilliseconds);
        Assert.Equal(174662UL, vda.WeightedIoTimeMilliseconds);
        Assert.Equal(14118UL, vda.DiscardsCompleted);
        Assert.Equal(56UL, vda.DiscardsMerged);
        Assert.Equal(756464UL, vda.SectorsDiscarded);
        Assert.Equal(4064UL, vda.DiscardTimeMilliseconds);
        Assert.Equal(18UL, vda.FlushesCompleted);
        Assert.Equal(19UL, vda.FlushTimeMilliseconds);

        Assert.Equal((253U, 0U), (disks[9].Major, disks[9].Minor));
    }

    [Fact]
    public void Diskstats_of_a_14_field_kernel()
    {
        // Before 4.18: "%4d %7d %s %lu %lu %lu %u %lu %lu %lu %u %u %u %u".
        const string text =
            "   8       0 sda 9203 3481 487392 51234 2671 4011 160112 40211 0 28123 91421\n" +
            "   8       1 sda1 9030 3481 481048 50987 2660 4011 160112 40190 0 27990 91160\n";

        var disks = DiskStatistics.ParseTable(Fixtures.Bytes(text));

        Assert.Equal(2, disks.Count);
        Assert.Equal("sda1", disks[1].Name);
        Assert.Equal(91421UL, disks[0].WeightedIoTimeMilliseconds);
        Assert.All(disks, d =>
        {
            Assert.Null(d.DiscardsCompleted);
            Assert.Null(d.DiscardsMerged);
            Assert.Null(d.SectorsDiscarded);
            Assert.Null(d.DiscardTimeMilliseconds);
            Assert.Null(d.FlushesCompleted);
            Assert.Null(d.FlushTimeMilliseconds);
        });
    }

    [Fact]
    public void Diskstats_of_an_18_field_kernel()
    {
        // 4.18 to 5.4: four discard fields, no flush fields.
        const string text = " 259       0 nvme0n1 120445 31 9517042 20412 88113 70114 5418834 61028 0 60104 81440 1200 0 9830400 312\n";

        var disk = Assert.Single(DiskStatistics.ParseTable(Fixtures.Bytes(text)));

        Assert.Equal((259U, 0U, "nvme0n1"), (disk.Major, disk.Minor, disk.Name));
        Assert.Equal(1200UL, disk.DiscardsCompleted);
        Assert.Equal(0UL, disk.DiscardsMerged);
        Assert.Equal(9830400UL, disk.SectorsDiscarded);
        Assert.Equal(312UL, disk.DiscardTimeMilliseconds);
        Assert.Null(disk.FlushesCompleted);
        Assert.Null(disk.FlushTimeMilliseconds);
    }

    [Fact]
    public void Diskstats_errors_name_line_and_column()
    {
        const string good = "   8       0 sda 9203 3481 487392 51234 2671 4011 160112 40211 0 28123 91421\n";
        // A field of the 11 every kernel prints is missing.
        const string short13 = "   8       1 sda1 9030 3481 481048 50987 2660 4011 160112 40190 0 27990\n";
        ParseAssert.Fails(u => DiskStatistics.ParseTable(u), good + short13, line: 2, column: short13.Length, mentions: "WeightedIoTime");
        const string negative = "   8       1 sda1 9030 -3481 481048 50987 2660 4011 160112 40190 0 27990 91160\n";
        ParseAssert.Fails(u => DiskStatistics.ParseTable(u), good + negative, line: 2, column: ParseAssert.ColumnOf(negative, "-3481"), mentions: "ReadsMerged");
        const string badDiscard = "   8       1 sda1 9030 3481 481048 50987 2660 4011 160112 40190 0 27990 91160 x\n";
        ParseAssert.Fails(u => DiskStatistics.ParseTable(u), good + badDiscard, line: 2, column: badDiscard.Length - 1, mentions: "DiscardsCompleted");
    }
}
