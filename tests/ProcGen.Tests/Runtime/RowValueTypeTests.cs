using System;
using System.Text;
using ProcGen;

namespace ProcGen.Tests.Runtime;

/// <summary>LetterFlags, KeyTimeout, DeviceInode and SymbolType.</summary>
public class RowValueTypeTests
{
    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);

    [Theory]
    [InlineData("I--Q---", "IQ", "RDUNi")]
    [InlineData("-W-", "W", "RU")]
    [InlineData("EC  p a", "ECpa", "BNb")]
    [InlineData("ECBNpba", "ECBNpba", "e")]
    [InlineData("-", "", "-")]
    public void LetterFlags_finds_letters_in_any_position(string text, string set, string unset)
    {
        Assert.True(LetterFlags.TryParse(U(text), out var flags));
        foreach (char c in set) Assert.True(flags.Has(c), $"{c} in {text}");
        foreach (char c in unset) Assert.False(flags.Has(c), $"{c} in {text}");
        Assert.Equal(set.Length, flags.Count);
        Assert.Equal(text.Length, flags.Length);
        Assert.Equal(text, flags.ToString());
    }

    [Fact]
    public void LetterFlags_limits_and_equality()
    {
        Assert.True(LetterFlags.TryParse(U("abcdefghijklmnop"), out var sixteen));
        Assert.True(sixteen.Has('p'));
        Assert.Equal("abcdefghijklmnop", sixteen.ToString());
        Assert.False(LetterFlags.TryParse(U("abcdefghijklmnopq"), out _));
        Assert.False(LetterFlags.TryParse(U(""), out _));
        Assert.False(LetterFlags.TryParse(U("I-?"), out _));
        Assert.False(LetterFlags.TryParse(U("I\t-"), out _));
        Assert.False(LetterFlags.TryParse(U("é"), out _));

        LetterFlags.TryParse(U("-W-"), out var a);
        LetterFlags.TryParse(U("-W-"), out var b);
        LetterFlags.TryParse(U("W--"), out var c);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(0, default(LetterFlags).Count);
        Assert.Equal("", default(LetterFlags).ToString());
    }

    [Theory]
    [InlineData("45s", 45)]
    [InlineData("5m", 5 * 60)]
    [InlineData("2h", 2 * 3600)]
    [InlineData("6d", 6 * 86400)]
    [InlineData("1w", 7 * 86400)]
    [InlineData("0s", 0)]
    public void KeyTimeout_reads_time_left(string text, int seconds)
    {
        Assert.True(KeyTimeout.TryParse(U(text), out var timeout));
        Assert.Equal(KeyTimeoutState.Expiring, timeout.State);
        Assert.Equal(TimeSpan.FromSeconds(seconds), timeout.Remaining);
        Assert.Equal(text, timeout.ToString());
        Assert.Equal(KeyTimeout.Expiring(timeout.Amount, timeout.Unit), timeout);
    }

    [Fact]
    public void KeyTimeout_permanent_expired_and_invalid()
    {
        Assert.True(KeyTimeout.TryParse(U("perm"), out var perm));
        Assert.Equal(KeyTimeoutState.Permanent, perm.State);
        Assert.Null(perm.Remaining);
        Assert.Equal("perm", perm.ToString());
        Assert.True(KeyTimeout.TryParse(U("expd"), out var expd));
        Assert.Equal(KeyTimeout.Expired, expd);
        Assert.Equal("expd", expd.ToString());

        foreach (var bad in new[] { "", "s", "5", "5y", "-5m", "+5m", "5 m", "PERM", "99999999999999999999w" })
            Assert.False(KeyTimeout.TryParse(U(bad), out _), bad);
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyTimeout.Expiring(1, 'y'));

        // Larger than TimeSpan can hold: saturates rather than throwing.
        Assert.True(KeyTimeout.TryParse(U("18446744073709551615w"), out var huge));
        Assert.Equal(TimeSpan.MaxValue, huge.Remaining);
    }

    [Fact]
    public void DeviceInode_reads_hex_device_and_decimal_inode()
    {
        Assert.True(DeviceInode.TryParse(U("08:02:131090"), out var file));
        Assert.Equal(new DeviceInode(new DeviceNumber(8, 2), 131090), file);
        Assert.Equal("08:02:131090", file.ToString());
        Assert.True(DeviceInode.TryParse(U("103:1f:10"), out var wide));
        Assert.Equal(new DeviceNumber(0x103, 0x1f), wide.Device);
        Assert.Equal(10UL, wide.Inode);

        foreach (var bad in new[] { "", "08:02", ":02:1", "08:02:", "08:02:-1", "08:02:1a", "08:0g:1", "<none>:0", "08:02:03:04" })
            Assert.False(DeviceInode.TryParse(U(bad), out _), bad);
    }

    [Theory]
    [InlineData('T', SymbolKind.Text, true)]
    [InlineData('t', SymbolKind.Text, false)]
    [InlineData('D', SymbolKind.Data, true)]
    [InlineData('b', SymbolKind.Bss, false)]
    [InlineData('r', SymbolKind.ReadOnlyData, false)]
    [InlineData('A', SymbolKind.Absolute, true)]
    [InlineData('W', SymbolKind.Weak, true)]
    [InlineData('v', SymbolKind.WeakObject, false)]
    [InlineData('U', SymbolKind.Undefined, true)]
    [InlineData('u', SymbolKind.UniqueGlobal, false)]
    [InlineData('i', SymbolKind.IndirectFunction, false)]
    [InlineData('?', SymbolKind.Unknown, false)]
    [InlineData('Z', SymbolKind.Unknown, true)]
    public void SymbolType_kind_and_scope(char letter, SymbolKind kind, bool global)
    {
        Assert.True(SymbolType.TryParse(U(letter.ToString()), out var type));
        Assert.Equal(letter, type.Letter);
        Assert.Equal(kind, type.Kind);
        Assert.Equal(global, type.IsGlobal);
        Assert.Equal(letter.ToString(), type.ToString());
    }

    [Fact]
    public void SymbolType_is_exactly_one_letter()
    {
        foreach (var bad in new[] { "", "TT", "1", " ", "[" })
            Assert.False(SymbolType.TryParse(U(bad), out _), bad);
    }
}
