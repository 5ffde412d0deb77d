using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>{pid}/smaps</c> and <c>{pid}/smaps_rollup</c> of two captured processes (<c>linux-6.18.44-extra</c>:
/// 14296 is <c>sleep</c>, 14293 a python3 with 75 mappings).
/// </summary>
public class MemoryUsageTests
{
    private const string Root = "linux-6.18.44-extra";

    [Fact]
    public void Captured_smaps_has_one_entry_per_maps_line()
    {
        var process = Fixtures.Fs(Root).Process(14296);
        var usage = process.Smaps();
        var maps = process.Maps();

        Assert.Equal(37, usage.Count);
        Assert.Equal(maps.Select(m => m.Address), usage.Select(u => u.Mapping.Address));
        var first = usage[0];
        Assert.Equal("/usr/bin/sleep", first.Mapping.Path);
        Assert.Equal((8UL * 1024, 4096UL, 4096UL, 8UL * 1024, 8UL * 1024), (first.Size, first.KernelPageSize!.Value, first.MmuPageSize!.Value, first.Rss, first.Pss));
        Assert.Equal((0UL, 8UL * 1024), (first.PssDirty!.Value, first.PrivateClean));
        Assert.False(first.ThpEligible);
        Assert.Equal(["rd", "mr", "mw", "me"], first.VmFlags!);

        var stack = usage.Single(u => u.Mapping.Path == "[stack]");
        Assert.Equal((132UL * 1024, 8UL * 1024, 8UL * 1024), (stack.Size, stack.Rss, stack.Anonymous!.Value));
        Assert.True(stack.HasFlag("gd"));
        Assert.Equal(MappingFlags.Readable | MappingFlags.Writable | MappingFlags.MayRead | MappingFlags.MayWrite | MappingFlags.MayExecute
                     | MappingFlags.GrowsDown | MappingFlags.Accountable, stack.Flags);
        Assert.False(stack.HasFlag("ex"));
        Assert.All(usage, u => Assert.Empty(u.Other));
    }

    [Fact]
    public void Rollup_is_the_sum_of_the_entries()
    {
        foreach (var pid in new[] { 14296, 14293 })
        {
            var process = Fixtures.Fs(Root).Process(pid);
            var rollup = Assert.Single(process.SmapsRollup());
            var usage = process.Smaps();

            Assert.Equal("[rollup]", rollup.Span.Path);
            Assert.Equal(usage[0].Mapping.Address.Start, rollup.Span.Address.Start);
            Assert.Equal(usage.Aggregate(0UL, (sum, u) => sum + u.Rss), rollup.Rss);
            Assert.Equal(usage.Aggregate(0UL, (sum, u) => sum + u.Anonymous!.Value), rollup.Anonymous);
            Assert.Equal(rollup.Pss, rollup.PssAnon + rollup.PssFile + rollup.PssShmem);
            Assert.Empty(rollup.Other);
        }
    }

    [Fact]
    public void Captured_python_smaps_has_io_and_dontdump_mappings()
    {
        var usage = Fixtures.Fs(Root).Process(14293).Smaps();

        Assert.Equal(75, usage.Count);
        Assert.Equal(14, usage.Count(u => u.HasFlag("ex")));
        Assert.Equal(2, usage.Count(u => u.HasFlag("dd")));
        Assert.All(usage, u => Assert.Equal(false, u.ThpEligible));
    }

    /// <summary>An entry with the keys some kernels add (<c>ProtectionKey</c>) or lack (no <c>KSM</c>, <c>Pss_Dirty</c>).</summary>
    public const string Handmade =
        "7f00aa000000-7f00aa021000 rw-p 00000000 00:00 0 \nSize:                132 kB\nRss:                  12 kB\nPss:                  12 kB\n" +
        "Shared_Clean:          0 kB\nShared_Dirty:          0 kB\nPrivate_Clean:         0 kB\nPrivate_Dirty:        12 kB\nSwap:                  4 kB\n" +
        "THPeligible:    1\nProtectionKey:         3\nNewKey:                8 kB\nVmFlags: rd wr mr mw me ac sd \n";

    [Fact]
    public void Optional_and_unknown_keys()
    {
        var entry = Assert.Single(MemoryMappingUsage.ParseTable(Fixtures.Bytes(Handmade)));

        Assert.Null(entry.Mapping.Path);
        Assert.Null(entry.PssDirty);
        Assert.Null(entry.Ksm);
        Assert.Equal((true, 3, 4096UL), (entry.ThpEligible!.Value, entry.ProtectionKey!.Value, entry.Swap!.Value));
        Assert.Equal(8192UL, entry.Other["NewKey"]);
        Assert.True(entry.HasFlag("sd"));
        Assert.True(entry.Flags.HasFlag(MappingFlags.SoftDirty));
    }

    [Theory]
    [InlineData("00400000-00401000 r-xp 00000000 08:01 1 /a\nSize: 4 kB\nRss: 4 kB\nPss: 4 kB\nShared_Clean: 0 kB\nShared_Dirty: 0 kB\nPrivate_Clean: 0 kB\nPrivate_Dirty: 4\n", 8, 17, "a size in kB")]
    [InlineData("00400000-00401000 r-xp 00000000 08:01 1 /a\nSize: 4 kB\nRss: 4 kB\n", 4, 1, "'Pss'")]
    [InlineData("00400000-00401000 r-xp 00000000 08:01 1 /a\nSize: 4 kB\nRss: 4 kB\nPss: 4 kB\nShared_Clean: 0 kB\nShared_Dirty: 0 kB\nPrivate_Clean: 0 kB\nPrivate_Dirty: 0 kB\nTHPeligible: 2\n", 9, 14, "0/1 or yes/no")]
    [InlineData("0040000000401000 r-xp 00000000 08:01 1 /a\nSize: 4 kB\n", 1, 1, "AddressRange")]
    public void Malformed_smaps_entries(string text, int line, int column, string expected)
        => ParseAssert.Fails(u => MemoryMappingUsage.ParseTable(u), text, line, column, expected);

    [Fact]
    public void Rollup_without_its_header_line_fails_at_the_first_line()
        => ParseAssert.Fails(u => MemoryUsageRollup.ParseTable(u), "Rss: 4 kB\nPss: 4 kB\n", 1, 1, "AddressRange");
}
