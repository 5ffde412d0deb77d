using System;
using System.Buffers.Text;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ProcGen;

/// <summary>
/// Number parsing over UTF-8 bytes, as the kernel prints numbers: no culture, no grouping, no surrounding
/// blanks. Overflow is a failure, never a wrapped value. One generic implementation serves every integer width.
/// </summary>
public static class ProcNumber
{
    /// <summary>Decimal digits, with a leading <c>-</c> for signed types (and <c>+</c>, which the kernel never prints but users may).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseDecimal<T>(ReadOnlySpan<byte> utf8, out T value)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        bool negative = false;
        if (!utf8.IsEmpty && (utf8[0] == (byte)'-' || utf8[0] == (byte)'+'))
        {
            negative = utf8[0] == (byte)'-';
            utf8 = utf8[1..];
        }
        if (utf8.IsEmpty || utf8.Length > 20)
        {
            value = T.Zero;
            return false;
        }

        ulong magnitude = 0;
        if (utf8.Length <= 19)
        {
            // 19 digits cannot overflow a ulong: the loop needs no overflow test, only a digit test.
            foreach (byte b in utf8)
            {
                uint digit = (uint)(b - (byte)'0');
                if (digit > 9)
                {
                    value = T.Zero;
                    return false;
                }
                magnitude = magnitude * 10 + digit;
            }
        }
        else
        {
            foreach (byte b in utf8)
            {
                uint digit = (uint)(b - (byte)'0');
                if (digit > 9 || magnitude > (ulong.MaxValue - digit) / 10)
                {
                    value = T.Zero;
                    return false;
                }
                magnitude = magnitude * 10 + digit;
            }
        }
        return FromMagnitude(magnitude, negative, out value);
    }

    /// <summary>Hexadecimal digits of either case, with or without a <c>0x</c> prefix.</summary>
    public static bool TryParseHex<T>(ReadOnlySpan<byte> utf8, out T value)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        if (utf8.Length > 2 && utf8[0] == (byte)'0' && (utf8[1] | 0x20) == (byte)'x')
            utf8 = utf8[2..];
        // Leading zeros do not count towards the 16-digit limit: masks are often zero-padded.
        while (utf8.Length > 16 && utf8[0] == (byte)'0') utf8 = utf8[1..];
        if (utf8.IsEmpty || utf8.Length > 16)
        {
            value = T.Zero;
            return false;
        }
        ulong magnitude = 0;
        foreach (byte b in utf8)
        {
            uint digit = HexDigit(b);
            if (digit > 15)
            {
                value = T.Zero;
                return false;
            }
            magnitude = (magnitude << 4) | digit;
        }
        return FromMagnitude(magnitude, negative: false, out value);
    }

    /// <summary>Octal digits (<c>Umask: 0022</c>, <c>flags:	02100002</c>).</summary>
    public static bool TryParseOctal<T>(ReadOnlySpan<byte> utf8, out T value)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        while (utf8.Length > 1 && utf8[0] == (byte)'0') utf8 = utf8[1..];
        if (utf8.IsEmpty || utf8.Length > 22)
        {
            value = T.Zero;
            return false;
        }
        ulong magnitude = 0;
        foreach (byte b in utf8)
        {
            uint digit = (uint)(b - (byte)'0');
            if (digit > 7 || magnitude > (ulong.MaxValue >> 3))
            {
                value = T.Zero;
                return false;
            }
            magnitude = (magnitude << 3) | digit;
        }
        return FromMagnitude(magnitude, negative: false, out value);
    }

    /// <summary>
    /// Reads the eight bytes at <paramref name="offset"/> as one 8-digit decimal number, if they are all digits:
    /// one load, one test and three multiplications instead of eight dependent multiply-adds (SWAR).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryReadEightDigits(ReadOnlySpan<byte> utf8, int offset, out uint value)
    {
        if (!BitConverter.IsLittleEndian || (uint)offset > (uint)(utf8.Length - 8))
        {
            value = 0;
            return false;
        }
        ulong chunk = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref MemoryMarshal.GetReference(utf8), offset));
        // Every byte is 0x30-0x39: its high nibble is 3, and adding 6 does not carry into the high nibble.
        if ((chunk & 0xF0F0F0F0F0F0F0F0) != 0x3030303030303030
            || ((chunk + 0x0606060606060606) & 0xF0F0F0F0F0F0F0F0) != 0x3030303030303030)
        {
            value = 0;
            return false;
        }
        chunk -= 0x3030303030303030;
        chunk = chunk * 10 + (chunk >> 8);                       // pairs of digits: d0*10+d1 in every other byte
        const ulong mask = 0x000000FF000000FF;
        const ulong hundredsAndMillions = 100 + (1_000_000UL << 32);
        const ulong onesAndTenThousands = 1 + (10_000UL << 32);
        value = (uint)((((chunk & mask) * hundredsAndMillions) + (((chunk >> 16) & mask) * onesAndTenThousands)) >> 32);
        return true;
    }

    /// <summary>A decimal floating-point number (<c>uptime</c>, <c>loadavg</c>), invariant, the whole span.</summary>
    public static bool TryParseDouble(ReadOnlySpan<byte> utf8, out double value)
        => Utf8Parser.TryParse(utf8, out value, out int consumed) && consumed == utf8.Length && !utf8.IsEmpty;

    /// <summary>
    /// Exactly <paramref name="hex"/>'s hexadecimal digits, at most 16, with no prefix, sign or blank: the
    /// fixed-width fields of socket tables (<c>0100007F</c>, <c>0277</c>, <c>00000000:00000064</c>).
    /// </summary>
    public static bool TryParseHexDigits(ReadOnlySpan<byte> hex, out ulong value)
    {
        value = 0;
        if (hex.IsEmpty || hex.Length > 16) return false;
        foreach (byte b in hex)
        {
            uint digit = HexDigit(b);
            if (digit > 15) return false;
            value = (value << 4) | digit;
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint HexDigit(byte b)
    {
        uint d = (uint)(b - (byte)'0');
        if (d <= 9) return d;
        uint l = (uint)((b | 0x20) - (byte)'a');
        return l <= 5 ? l + 10 : uint.MaxValue;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FromMagnitude<T>(ulong magnitude, bool negative, out T value)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        // Both limits fit in a ulong for every integer type up to 64 bits.
        ulong max = ulong.CreateTruncating(T.MaxValue);
        if (!negative)
        {
            if (magnitude > max)
            {
                value = T.Zero;
                return false;
            }
            value = T.CreateTruncating(magnitude);
            return true;
        }
        if (T.IsZero(T.MinValue))
        {
            // "-0" is zero; any other negative number does not fit an unsigned type.
            value = T.Zero;
            return magnitude == 0;
        }
        if (magnitude > max + 1)
        {
            value = T.Zero;
            return false;
        }
        value = T.Zero - T.CreateTruncating(magnitude);
        return true;
    }
}
