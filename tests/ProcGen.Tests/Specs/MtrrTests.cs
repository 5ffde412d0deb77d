using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>mtrr</c>. The capture machine (a virtual machine) has none, so every line is written from
/// <c>mtrr_seq_show</c> in <c>arch/x86/kernel/cpu/mtrr/if.c</c>:
/// <c>"reg%02i: base=0x%06lx000 (%5luMB), size=%5lu%cB, count=%d: %s\n"</c>, sizes below 1 MiB in K.
/// </summary>
public class MtrrTests
{
    internal const string Mtrr =
        "reg00: base=0x000000000 (    0MB), size= 2048MB, count=1: write-back\n" +
        "reg01: base=0x080000000 ( 2048MB), size= 1024MB, count=1: write-back\n" +
        "reg02: base=0x0c0000000 ( 3072MB), size=  256MB, count=1: uncachable\n" +
        "reg03: base=0x0000a0000 (    0MB), size=  128KB, count=2: write-combining\n" +
        "reg04: base=0x4000000000 (262144MB), size=65536MB, count=1: write-through\n" +
        "reg07: base=0x0d0000000 ( 3328MB), size=    4MB, count=1: ?\n";

    [Fact]
    public void Bases_and_sizes_in_bytes_types_and_counts()
    {
        var registers = MtrrRegister.ParseTable(Fixtures.Bytes(Mtrr));

        Assert.Equal(6, registers.Count);
        Assert.Equal(0, registers[0].Index);
        Assert.Equal(new MtrrRange(0, 2048UL << 20, 1, MtrrMemoryType.WriteBack), registers[0].Range);
        Assert.Equal(new MtrrRange(0x80000000, 1024UL << 20, 1, MtrrMemoryType.WriteBack), registers[1].Range);
        Assert.Equal(0xc0000000UL + (256UL << 20), registers[2].Range.End);
        Assert.Equal(MtrrMemoryType.Uncachable, registers[2].Range.Type);
        // Below 1 MiB the size is printed in KiB.
        Assert.Equal(new MtrrRange(0xa0000, 128UL << 10, 2, MtrrMemoryType.WriteCombining), registers[3].Range);
        // Five-digit sizes leave no padding after "size=": one word instead of two.
        Assert.Equal(new MtrrRange(0x4000000000, 65536UL << 20, 1, MtrrMemoryType.WriteThrough), registers[4].Range);
        // Unused registers are skipped, so indices have gaps; "?" is a type the kernel cannot name.
        Assert.Equal((7, MtrrMemoryType.Unknown), (registers[5].Index, registers[5].Range.Type));
    }

    [Fact]
    public void Older_kernels_print_the_type_before_the_count()
    {
        // "reg%02i: base=0x%05lx000 (%4luMB), size=%4lu%cB: %s, count=%d\n"
        var register = Assert.Single(MtrrRegister.ParseTable(Fixtures.Bytes("reg01: base=0xe8000000 (3712MB), size= 128MB: write-combining, count=1\n")));

        Assert.Equal(new MtrrRange(0xe8000000, 128UL << 20, 1, MtrrMemoryType.WriteCombining), register.Range);
    }

    [Fact]
    public void No_register_in_use_is_an_empty_table()
        => Assert.Empty(MtrrRegister.ParseTable(Fixtures.Bytes("")));

    [Fact]
    public void The_capture_machine_has_no_mtrr_file()
        => Assert.Equal(ProcReadStatus.NotFound, Fixtures.Fs().TryReadMtrr().Status);

    [Fact]
    public void A_register_name_without_reg_is_an_error_at_the_name()
        => ParseAssert.Fails(utf8 => MtrrRegister.ParseTable(utf8), "r00: base=0x000000000 (    0MB), size= 2048MB, count=1: write-back\n", 1, 1, "after 'reg'");

    [Fact]
    public void An_unknown_type_is_an_error_at_the_rest_of_the_line()
    {
        const string line = "reg00: base=0x000000000 (    0MB), size= 2048MB, count=1: write-sometimes";
        ParseAssert.Fails(utf8 => MtrrRegister.ParseTable(utf8), Mtrr + line + "\n", 7, ParseAssert.ColumnOf(line, "base="), "MtrrRange");
    }

    [Theory]
    [InlineData("base=0x000000000 (    0MB), size= 2048GB, count=1: write-back")] // the kernel has only K and M
    [InlineData("base=0x000000000 (    0MB), size= 2048MB, count=x: write-back")]
    [InlineData("base=0xzz0000000 (    0MB), size= 2048MB, count=1: write-back")]
    [InlineData("base=0x000000000 (    0MB) size= 2048MB, count=1: write-back")]
    [InlineData("base=0x000000000 (    0MB), size= 2048MB")]
    [InlineData("base=0x000000000 (    0MB), size=99999999999999999999MB, count=1: write-back")]
    [InlineData("")]
    public void Malformed_ranges_do_not_parse(string text)
        => Assert.False(MtrrRange.TryParse(Fixtures.Bytes(text), out _));
}
