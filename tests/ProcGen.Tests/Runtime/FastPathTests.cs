using System;
using System.Linq;
using System.Text;
using ProcGen;

namespace ProcGen.Tests.Runtime;

/// <summary>
/// The accelerated paths (eight digits at a time, fused scan-and-parse, keys as numbers) must agree with the plain
/// ones on every input, including the boundaries where they hand over to each other.
/// </summary>
public class FastPathTests
{
    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);

    [Theory]
    [InlineData("12345678", true, 12345678u)]
    [InlineData("00000000", true, 0u)]
    [InlineData("99999999", true, 99999999u)]
    [InlineData("1234567a", false, 0u)]
    [InlineData("1234 678", false, 0u)]
    [InlineData("/2345678", false, 0u)] // '/' is just below '0'
    [InlineData(":2345678", false, 0u)] // ':' is just above '9'
    [InlineData("1234567", false, 0u)]  // too short
    public void Eight_digits_at_a_time(string text, bool ok, uint expected)
    {
        Assert.Equal(ok, ProcNumber.TryReadEightDigits(U(text), 0, out uint value));
        Assert.Equal(expected, value);
    }

    public static TheoryData<string> Numbers() =>
    [
        "0", "7", "42", "1234567", "12345678", "123456789", "1234567890123456", "12345678901234567",
        "1234567890123456789", "9999999999999999999", "18446744073709551615", "94042637828096",
    ];

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Cursor_agrees_with_the_plain_parser(string number)
    {
        var line = U($"{number} {number}\t{number}");
        var cursor = new ColumnCursor(line, line);
        ulong expected = ulong.Parse(number);
        Assert.Equal(expected, cursor.NextDecimal<ulong>("a"));
        Assert.Equal(expected, cursor.NextDecimal<ulong>("b"));
        Assert.Equal(expected, cursor.NextOptionalDecimal<ulong>("c"));
        Assert.Null(cursor.NextOptionalDecimal<ulong>("d"));
    }

    [Theory]
    [InlineData("18446744073709551616")]   // one past ulong.MaxValue: the 20th-digit test
    [InlineData("99999999999999999999")]
    [InlineData("100000000000000000000")]  // 21 digits
    [InlineData("12345678x")]              // bad byte right after a SWAR block
    [InlineData("-5")]                     // negative into unsigned
    public void Cursor_rejects_what_the_plain_parser_rejects(string field)
    {
        var content = U("1 " + field + " 3\n");
        var e = Assert.Throws<ProcParseException>(() =>
        {
            var cursor = new ColumnCursor(content, content.AsSpan(0, content.Length - 1));
            cursor.NextDecimal<ulong>("first");
            cursor.NextDecimal<ulong>("second");
        });
        Assert.Equal((1, 3, "second"), (e.Line, e.Column, e.Expected));
    }

    [Fact]
    public void Cursor_handles_signs_ranges_skips_and_missing_fields()
    {
        var content = U("-1 2147483648 300 a b c 5");
        var cursor = new ColumnCursor(content, content);
        Assert.Equal(-1, cursor.NextDecimal<int>("signed"));
        var overflow = Assert.Throws<ProcParseException>(() => { var c = new ColumnCursor(content, content); c.Skip(1); c.NextDecimal<int>("int"); });
        Assert.Equal(4, overflow.Column);
        cursor.Skip(5);
        Assert.Equal((byte)5, cursor.NextDecimal<byte>("byte"));
        var missing = Assert.Throws<ProcParseException>(() => { var c = new ColumnCursor(content, content); c.Skip(7); c.NextDecimal<int>("more"); });
        Assert.Equal(content.Length + 1, missing.Column);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("Abc")]
    [InlineData("VmRSS")]
    [InlineData("MemFree")]
    [InlineData("MemTotal")]
    [InlineData("SwapCached")]
    [InlineData("HugePages_Total")]
    [InlineData("Speculation_Store_Bypass")]
    public void Key_numbers_pack_little_endian(string key)
    {
        var bytes = U(key);
        ulong head = 0;
        for (int i = 0; i < Math.Min(8, bytes.Length); i++) head |= (ulong)bytes[i] << (8 * i);
        Assert.Equal(head, KeyMatch.Head(bytes));
        if (bytes.Length >= 8)
        {
            ulong tail = 0;
            for (int i = 0; i < 8; i++) tail |= (ulong)bytes[bytes.Length - 8 + i] << (8 * i);
            Assert.Equal(tail, KeyMatch.Tail(bytes));
        }
    }

    [Fact]
    public void Key_numbers_differ_for_keys_of_one_length()
    {
        string[] keys = ["Active(anon)", "Active(file)", "Inactive(anon)", "Inactive(file)", "Unevictable", "SwapCached"];
        var numbers = keys.Select(k => (k.Length, KeyMatch.Head(U(k)), k.Length >= 8 ? KeyMatch.Tail(U(k)) : 0)).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }
}
