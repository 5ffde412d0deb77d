using System;
using System.Linq;
using System.Text;
using ProcGen;

namespace ProcGen.Tests.Runtime;

public class ValueTypeTests
{
    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void IdSet_reads_the_four_ids_in_kernel_order()
    {
        Assert.True(IdSet.TryParse(U("1000\t1001\t1002\t1003"), out var ids));
        Assert.Equal(new IdSet(1000, 1001, 1002, 1003), ids);
        Assert.False(IdSet.TryParse(U("1 2 3"), out _));
        Assert.False(IdSet.TryParse(U("1 2 3 4 5"), out _));
        Assert.False(IdSet.TryParse(U("1 2 3 4294967296"), out _));
    }

    [Fact]
    public void SlashPair_reads_both_halves()
    {
        Assert.True(SlashPair.TryParse(U("0/96365"), out var pair));
        Assert.Equal((0UL, 96365UL), (pair.First, pair.Second));
        Assert.False(SlashPair.TryParse(U("1-2"), out _));
        Assert.False(SlashPair.TryParse(U("1/"), out _));
    }

    [Theory]
    [InlineData("0-1", new[] { 0, 1 })]
    [InlineData("0-3,8,10-11", new[] { 0, 1, 2, 3, 8, 10, 11 })]
    [InlineData("5", new[] { 5 })]
    [InlineData("", new int[0])]
    public void RangeList_expands_ranges(string text, int[] expected)
    {
        Assert.True(RangeList.TryParse(U(text), out var list));
        Assert.Equal(expected, list.Indices().ToArray());
        Assert.Equal(expected.Length, list.Count);
        Assert.Equal(text, list.ToString());
    }

    [Theory]
    [InlineData("3-1")]
    [InlineData("1,,2")]
    [InlineData("a")]
    [InlineData("1-")]
    public void RangeList_rejects_malformed_lists(string text) => Assert.False(RangeList.TryParse(U(text), out _));

    [Fact]
    public void NulSeparated_handles_missing_final_nul_and_equals_in_values()
    {
        Assert.Equal(["/bin/sh", "-c", "echo a b"], NulSeparated.Strings("/bin/sh\0-c\0echo a b\0"u8));
        Assert.Equal(["sshd: user [priv]"], NulSeparated.Strings("sshd: user [priv]"u8));
        Assert.Empty(NulSeparated.Strings(""u8));
        Assert.Equal(["", "x"], NulSeparated.Strings("\0x\0"u8));

        var env = NulSeparated.EnvironmentVariables("A=1\0B=x=y\0C=\0NOEQUALS\0"u8);
        Assert.Equal(
            [new EnvironmentVariable("A", "1"), new EnvironmentVariable("B", "x=y"), new EnvironmentVariable("C", ""), new EnvironmentVariable("NOEQUALS", null)],
            env);
    }

    [Fact]
    public void Integer_arrays_parse_in_every_base_and_locate_bad_items()
    {
        var content = "a: 10 ff 17\n"u8;
        var value = content[3..^1];
        Assert.Equal([0x10u, 0xffu, 0x17u], FieldParser.HexArray<uint>(content, value, "hex"));
        Assert.Equal([8u, 15u], FieldParser.OctalArray<uint>("10 17"u8, "10 17"u8, "octal"));
        Assert.Empty(FieldParser.DecimalArray<int>(" "u8, " "u8, "none"));
        byte[] bytes = content.ToArray();
        var e = Assert.Throws<ProcParseException>(() => FieldParser.DecimalArray<int>(bytes, bytes.AsSpan(3, bytes.Length - 4), "decimal items"));
        Assert.Equal((1, 7, "decimal items"), (e.Line, e.Column, e.Expected)); // "ff" is not decimal
    }

    [Theory]
    [InlineData("(0, 0)", 0UL, 0u)]
    [InlineData("(1, 500000000)", 1UL, 500000000u)]
    [InlineData("(18446744073709551615, 999999999)", ulong.MaxValue, 999999999u)]
    public void Timespec_parses_the_kernel_pair(string text, ulong seconds, uint nanoseconds)
    {
        Assert.True(Timespec.TryParse(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(new Timespec(seconds, nanoseconds), value);
        Assert.Equal(text, value.ToString());
    }

    [Fact]
    public void Timespec_durations_round_down_to_ticks_and_saturate()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(1500), new Timespec(1, 500_000_099).Duration);
        Assert.Equal(TimeSpan.MaxValue, new Timespec(ulong.MaxValue, 0).Duration);
        Assert.True(new Timespec(0, 0).IsZero);
    }

    [Theory]
    [InlineData("(1,)")]
    [InlineData("1, 2")]
    [InlineData("(1, 1000000000)")]   // the kernel normalizes nanoseconds below one second
    [InlineData("(-1, 0)")]
    [InlineData("(1 2)")]
    public void Timespec_rejects_other_text(string text)
        => Assert.False(Timespec.TryParse(Encoding.ASCII.GetBytes(text), out _));
}
