using System.Text;

namespace ProcGen.Tests.Runtime;

public class NumberRangeTests
{
    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);

    [Theory]
    [InlineData("0-1048575", 0UL, 1048575UL)]
    [InlineData("1-63", 1UL, 63UL)]
    [InlineData("64", 64UL, 64UL)]
    [InlineData("5-5", 5UL, 5UL)]
    public void Ranges_and_single_numbers(string text, ulong first, ulong last)
    {
        Assert.True(NumberRange.TryParse(U(text), out var range));
        Assert.Equal(new NumberRange(first, last), range);
        Assert.Equal(last - first + 1, range.Count);
        Assert.True(range.Contains(first) && range.Contains(last));
        Assert.False(range.Contains(last + 1));
    }

    [Theory]
    [InlineData("1-63", "1-63")]
    [InlineData("64", "64")]
    [InlineData("5-5", "5")]
    public void Prints_as_the_kernel_does(string text, string printed)
    {
        Assert.True(NumberRange.TryParse(U(text), out var range));
        Assert.Equal(printed, range.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("63-1")]
    [InlineData("-1")]
    [InlineData("1-")]
    [InlineData("+1")]
    [InlineData("1-+3")]
    [InlineData("1-2-3")]
    [InlineData("1,3")]
    [InlineData("a-b")]
    [InlineData("99999999999999999999")]
    public void Rejects_what_is_not_one_range(string text) => Assert.False(NumberRange.TryParse(U(text), out _));
}
