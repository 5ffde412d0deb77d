using System;

namespace ProcGen;

/// <summary>
/// A field of one-letter flags in fixed positions, each printed as its letter when set and as <c>-</c> or a blank
/// when not: the <c>I--Q---</c> of <c>keys</c> (<c>proc_keys_show</c>), the <c>-W-</c> and <c>(EC  p a)</c> of
/// <c>consoles</c> (<c>show_console_dev</c>). Letters are case-sensitive (<c>B</c> and <c>b</c> are different flags).
/// </summary>
/// <remarks>
/// Flags are looked up by letter rather than by position, so a kernel that adds a flag in the middle (consoles
/// gained <c>N</c> between <c>B</c> and <c>p</c>) still reads right. The text is kept as printed, up to
/// <see cref="MaxLength"/> positions, without allocating.
/// </remarks>
public readonly record struct LetterFlags : IProcValue<LetterFlags>
{
    /// <summary>The most positions a field may have.</summary>
    public const int MaxLength = 16;

    // The field as printed, one byte per position: positions 0-7 in _low, 8-15 in _high.
    private readonly ulong _low;
    private readonly ulong _high;
    private readonly int _length;

    private LetterFlags(ulong low, ulong high, int length)
    {
        _low = low;
        _high = high;
        _length = length;
    }

    /// <summary>The number of positions printed, set or not.</summary>
    public int Length => _length;

    /// <summary>Whether <paramref name="letter"/> is set.</summary>
    public bool Has(char letter)
    {
        if (!char.IsAsciiLetter(letter)) return false;
        for (int i = 0; i < _length; i++)
            if (At(i) == letter) return true;
        return false;
    }

    /// <summary>The number of letters set.</summary>
    public int Count
    {
        get
        {
            int count = 0;
            for (int i = 0; i < _length; i++)
                if (char.IsAsciiLetter(At(i))) count++;
            return count;
        }
    }

    /// <summary>Letters (set) and <c>-</c> or blanks (not set); nothing else, at most <see cref="MaxLength"/> of them.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out LetterFlags value)
    {
        value = default;
        if (utf8.IsEmpty || utf8.Length > MaxLength) return false;
        ulong low = 0, high = 0;
        for (int i = 0; i < utf8.Length; i++)
        {
            byte b = utf8[i];
            if (!char.IsAsciiLetter((char)b) && b != (byte)'-' && b != (byte)' ') return false;
            if (i < 8) low |= (ulong)b << (8 * i);
            else high |= (ulong)b << (8 * (i - 8));
        }
        value = new LetterFlags(low, high, utf8.Length);
        return true;
    }

    private char At(int i) => (char)(byte)(i < 8 ? _low >> (8 * i) : _high >> (8 * (i - 8)));

    /// <summary>The field as the kernel printed it.</summary>
    public override string ToString()
        => string.Create(_length, this, static (span, flags) =>
        {
            for (int i = 0; i < span.Length; i++) span[i] = flags.At(i);
        });
}
