using System;
using System.Text;
using ProcGen;

namespace ProcGen.Tests.Runtime;

public class ProcNumberTests
{
    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);

    [Theory]
    [InlineData("0", 0UL)]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    [InlineData("000042", 42UL)]
    public void Decimal_ulong_parses_the_full_range(string text, ulong expected)
    {
        Assert.True(ProcNumber.TryParseDecimal(U(text), out ulong value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("18446744073709551616")] // ulong.MaxValue + 1
    [InlineData("99999999999999999999")]
    [InlineData("123456789012345678901")] // 21 digits
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("12a")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("+")]
    public void Decimal_ulong_rejects_overflow_and_garbage(string text)
        => Assert.False(ProcNumber.TryParseDecimal(U(text), out ulong _));

    [Theory]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-1", -1)]
    [InlineData("+7", 7)]
    [InlineData("-0", 0)]
    public void Decimal_int_handles_signs_and_limits(string text, int expected)
    {
        Assert.True(ProcNumber.TryParseDecimal(U(text), out int value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("--1")]
    public void Decimal_int_detects_overflow_instead_of_wrapping(string text)
        => Assert.False(ProcNumber.TryParseDecimal(U(text), out int _));

    [Fact]
    public void Decimal_long_min_value_round_trips()
    {
        Assert.True(ProcNumber.TryParseDecimal(U("-9223372036854775808"), out long value));
        Assert.Equal(long.MinValue, value);
        Assert.False(ProcNumber.TryParseDecimal(U("-9223372036854775809"), out long _));
    }

    [Theory]
    [InlineData("255", true, (byte)255)]
    [InlineData("256", false, (byte)0)]
    public void Decimal_byte_checks_its_range(string text, bool ok, byte expected)
    {
        Assert.Equal(ok, ProcNumber.TryParseDecimal(U(text), out byte value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("ffffffffffffffff", ulong.MaxValue)]
    [InlineData("0xffffffffffffffff", ulong.MaxValue)]
    [InlineData("000001fffeffffff", 0x1fffeffffffUL)]
    [InlineData("DEADbeef", 0xdeadbeefUL)]
    [InlineData("00000000000000000000000000000001", 1UL)] // zero-padded wider than 16 digits
    public void Hex_parses_padded_masks_and_prefixes(string text, ulong expected)
    {
        Assert.True(ProcNumber.TryParseHex(U(text), out ulong value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1ffffffffffffffff")] // 17 significant digits
    [InlineData("0x")]
    [InlineData("fg")]
    [InlineData("")]
    public void Hex_rejects_overflow_and_garbage(string text)
        => Assert.False(ProcNumber.TryParseHex(U(text), out ulong _));

    [Fact]
    public void Hex_checks_the_target_width()
    {
        Assert.True(ProcNumber.TryParseHex(U("ffffffff"), out uint max));
        Assert.Equal(uint.MaxValue, max);
        Assert.False(ProcNumber.TryParseHex(U("100000000"), out uint _));
    }

    [Theory]
    [InlineData("0022", 18u)]
    [InlineData("0", 0u)]
    [InlineData("02100002", 0x88002u)]
    public void Octal_parses_umask_and_flags(string text, uint expected)
    {
        Assert.True(ProcNumber.TryParseOctal(U(text), out uint value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("8")]
    [InlineData("")]
    [InlineData("77777777777")] // 2^33-1 does not fit uint
    public void Octal_rejects_bad_digits_and_overflow(string text)
        => Assert.False(ProcNumber.TryParseOctal(U(text), out uint _));

    [Theory]
    [InlineData("2862.23", 2862.23)]
    [InlineData("0.00", 0.0)]
    [InlineData("5636.51", 5636.51)]
    public void Double_is_culture_invariant(string text, double expected)
    {
        Assert.True(ProcNumber.TryParseDouble(U(text), out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1.5x")]
    [InlineData("")]
    public void Double_requires_the_whole_field(string text)
        => Assert.False(ProcNumber.TryParseDouble(U(text), out _));
}
