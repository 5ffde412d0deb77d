using System;

namespace ProcGen;

/// <summary>
/// An inclusive range of decimal numbers, <c>first-last</c>, or one number for a range of one: the minor numbers of
/// a driver in <c>tty/drivers</c> (<c>0-1048575</c>, <c>64</c>; <c>show_tty_range</c> in <c>fs/proc/proc_tty.c</c>).
/// Unlike <see cref="RangeList"/> it is one range, never a comma-separated list.
/// </summary>
public readonly record struct NumberRange(ulong First, ulong Last) : IProcValue<NumberRange>
{
    /// <summary>How many numbers the range holds (<see cref="Last"/> − <see cref="First"/> + 1).</summary>
    public ulong Count => Last - First + 1;

    /// <summary>Whether <paramref name="number"/> lies in the range, both ends included.</summary>
    public bool Contains(ulong number) => number >= First && number <= Last;

    /// <summary>Parses <c>N</c> or <c>N-M</c> with <c>M ≥ N</c>; anything else (a sign, a list, <c>3-1</c>) fails.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out NumberRange value)
    {
        value = default;
        // Digits only: a sign would make "-1" or "1-+3" look like ranges.
        if (utf8.IsEmpty || !char.IsAsciiDigit((char)utf8[0]) || !char.IsAsciiDigit((char)utf8[^1])) return false;
        int dash = utf8.IndexOf((byte)'-');
        ulong first, last;
        if (dash < 0)
        {
            if (!ProcNumber.TryParseDecimal(utf8, out first)) return false;
            last = first;
        }
        else if (!ProcNumber.TryParseDecimal(utf8[..dash], out first)
                 || utf8[dash + 1] == (byte)'+'
                 || !ProcNumber.TryParseDecimal(utf8[(dash + 1)..], out last)
                 || last < first)
        {
            return false;
        }
        value = new NumberRange(first, last);
        return true;
    }

    /// <summary>The kernel's notation: <c>1-63</c>, or <c>64</c> for a range of one.</summary>
    public override string ToString() => First == Last ? First.ToString(System.Globalization.CultureInfo.InvariantCulture) : FormattableString.Invariant($"{First}-{Last}");
}
