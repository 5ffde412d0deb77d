using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace ProcGen;

/// <summary>
/// The conversions generated parsers call: each parses one field that is a slice of <c>content</c> and, on
/// failure, throws a <see cref="ProcParseException"/> located at that field and saying what was
/// <c>expected</c>. The success path is inlined; building the exception is not.
/// </summary>
public static class FieldParser
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Decimal<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> field, string expected)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
        => ProcNumber.TryParseDecimal(field, out T value) ? value : throw ProcParseException.At(content, field, expected);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Hex<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> field, string expected)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
        => ProcNumber.TryParseHex(field, out T value) ? value : throw ProcParseException.At(content, field, expected);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Octal<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> field, string expected)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
        => ProcNumber.TryParseOctal(field, out T value) ? value : throw ProcParseException.At(content, field, expected);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Double(ReadOnlySpan<byte> content, ReadOnlySpan<byte> field, string expected)
        => ProcNumber.TryParseDouble(field, out double value) ? value : throw ProcParseException.At(content, field, expected);

    /// <summary>
    /// <c>N kB</c> → N × 1024 bytes. The unit is required: a value without it is not what was declared. <c>KB</c> is
    /// the same unit (<c>cpuinfo</c>'s <c>cache size : 512 KB</c>, <c>show_cpuinfo</c> in <c>arch/x86/kernel/cpu/proc.c</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Kilobytes<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> value, string expected)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        // The value is already trimmed: "16384 kB". Check the unit from the end instead of scanning fields.
        if (value.Length < 4 || value[^1] != (byte)'B' || (value[^2] | 0x20) != (byte)'k' || !ProcText.IsBlank(value[^3])
            || !ProcNumber.TryParseDecimal(ProcText.Trim(value[..^3]), out T kilobytes))
            throw KilobytesError<T>(content, value, expected);
        T bytes = kilobytes << 10;
        // Overflow check without a checked multiply: shifting back must give the same number.
        if (bytes >> 10 != kilobytes || T.IsNegative(bytes) != T.IsNegative(kilobytes))
            throw ProcParseException.At(content, value, expected + " (too large in bytes)");
        return bytes;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ProcParseException KilobytesError<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> value, string expected)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        // Point at the part that is wrong: the number, or the missing or foreign unit.
        int position = 0;
        var number = ProcText.NextField(value, ref position);
        var unit = ProcText.NextField(value, ref position);
        if (!ProcNumber.TryParseDecimal(number, out T _) && !number.IsEmpty) return ProcParseException.At(content, number, expected);
        if (unit.IsEmpty) return ProcParseException.AfterEnd(content, value, expected);
        return ProcParseException.At(content, (unit.SequenceEqual("kB"u8) || unit.SequenceEqual("KB"u8)) ? ProcText.NextField(value, ref position) : unit, expected);
    }

    /// <summary>
    /// A number with an optional <c>kB</c> unit (catch-all dictionaries, whose keys are not declared one by one):
    /// with the unit it is converted to bytes, without it kept as printed.
    /// </summary>
    public static T NumberWithOptionalKilobytes<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> value, string expected)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        int position = 0;
        var number = ProcText.NextField(value, ref position);
        var unit = ProcText.NextField(value, ref position);
        if (unit.IsEmpty)
            return Decimal<T>(content, number, expected);
        return Kilobytes<T>(content, value, expected);
    }

    /// <summary>The field without its required <paramref name="prefix"/> (<c>Number=0</c> → <c>0</c>); the value after it must not be empty.</summary>
    public static ReadOnlySpan<byte> WithoutPrefix(ReadOnlySpan<byte> content, ReadOnlySpan<byte> field, ReadOnlySpan<byte> prefix, string expected)
    {
        // Blanks after the prefix are not part of the value (iomem's "… : Reserved" is a rest after ':').
        if (!field.StartsWith(prefix) || ProcText.Trim(field[prefix.Length..]).IsEmpty) throw PrefixError(content, field, prefix, expected);
        return ProcText.Trim(field[prefix.Length..]);
    }

    /// <summary>
    /// Like <see cref="WithoutPrefix"/> for a column that may be absent: an empty field (the line ended) stays empty,
    /// so that the property is <c>null</c>.
    /// </summary>
    public static ReadOnlySpan<byte> WithoutOptionalPrefix(ReadOnlySpan<byte> content, ReadOnlySpan<byte> field, ReadOnlySpan<byte> prefix, string expected)
        => field.IsEmpty ? field : WithoutPrefix(content, field, prefix, expected);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ProcParseException PrefixError(ReadOnlySpan<byte> content, ReadOnlySpan<byte> field, ReadOnlySpan<byte> prefix, string expected)
        => ProcParseException.At(content, field, expected + " after '" + Encoding.UTF8.GetString(prefix) + "'");

    /// <summary><c>0</c>/<c>1</c> or <c>no</c>/<c>yes</c>, as the kernel prints flags.</summary>
    public static bool Boolean(ReadOnlySpan<byte> content, ReadOnlySpan<byte> field, string expected)
    {
        if (field.Length == 1)
        {
            if (field[0] == (byte)'1') return true;
            if (field[0] == (byte)'0') return false;
        }
        if (field.SequenceEqual("yes"u8)) return true;
        if (field.SequenceEqual("no"u8)) return false;
        throw ProcParseException.At(content, field, expected);
    }

    /// <summary>
    /// The field as a string. Invalid UTF-8 (a process may name itself with any bytes) becomes U+FFFD rather
    /// than failing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string String(ReadOnlySpan<byte> field) => field.IsEmpty ? string.Empty : Encoding.UTF8.GetString(field);

    /// <summary>
    /// A string printed with the kernel's octal escapes (<c>seq_escape</c>: <c>\040</c> space, <c>\011</c> tab,
    /// <c>\012</c> newline, <c>\134</c> backslash), decoded. A backslash not followed by three octal digits is kept
    /// as printed: older kernels and other writers do not escape every backslash.
    /// </summary>
    public static string Unescaped(ReadOnlySpan<byte> field)
    {
        int backslash = field.IndexOf((byte)'\\');
        if (backslash < 0) return String(field);
        byte[]? rented = null;
        Span<byte> decoded = field.Length <= 256 ? stackalloc byte[256] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(field.Length));
        int n = 0;
        for (int i = 0; i < field.Length; i++)
        {
            byte b = field[i];
            if (b == (byte)'\\' && i + 3 < field.Length
                && IsOctal(field[i + 1]) && IsOctal(field[i + 2]) && IsOctal(field[i + 3]))
            {
                int code = ((field[i + 1] - '0') << 6) | ((field[i + 2] - '0') << 3) | (field[i + 3] - '0');
                if (code <= 0xFF)
                {
                    decoded[n++] = (byte)code;
                    i += 3;
                    continue;
                }
            }
            decoded[n++] = b;
        }
        var result = Encoding.UTF8.GetString(decoded[..n]);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        return result;
    }

    private static bool IsOctal(byte b) => (uint)(b - '0') <= 7;

    /// <summary>Blank-separated decimal numbers (<c>Groups:</c>, <c>NSpid:</c>); empty text is an empty array.</summary>
    public static T[] DecimalArray<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> value, string expected)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
        => IntegerArray<T>(content, value, expected, radix: 10);

    /// <summary>Blank-separated hexadecimal numbers.</summary>
    public static T[] HexArray<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> value, string expected)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
        => IntegerArray<T>(content, value, expected, radix: 16);

    /// <summary>Blank-separated octal numbers.</summary>
    public static T[] OctalArray<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> value, string expected)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
        => IntegerArray<T>(content, value, expected, radix: 8);

    private static T[] IntegerArray<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> value, string expected, int radix)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        int count = ProcText.CountFields(value);
        if (count == 0) return Array.Empty<T>();
        var result = new T[count];
        int position = 0;
        for (int i = 0; i < result.Length; i++)
        {
            var field = ProcText.NextField(value, ref position);
            result[i] = radix switch
            {
                16 => Hex<T>(content, field, expected),
                8 => Octal<T>(content, field, expected),
                _ => Decimal<T>(content, field, expected),
            };
        }
        return result;
    }

    /// <summary>Blank-separated words (<c>flags</c> of <c>cpuinfo</c>); empty text is an empty array.</summary>
    public static string[] StringArray(ReadOnlySpan<byte> value)
    {
        int count = ProcText.CountFields(value);
        if (count == 0) return Array.Empty<string>();
        var result = new string[count];
        int position = 0;
        for (int i = 0; i < result.Length; i++)
            result[i] = String(ProcText.NextField(value, ref position));
        return result;
    }

    /// <summary>
    /// A value type of the <see cref="IProcValue{TSelf}"/> kind (<see cref="IdSet"/>, <see cref="RangeList"/>, …).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Value<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> field, string expected)
        where T : IProcValue<T>
        => T.TryParse(field, out T value) ? value : throw ValueError<T>(content, field, expected);

    /// <summary>The error for a value <typeparamref name="T"/> rejected: where its own diagnosis puts it, else at its start.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ProcParseException ValueError<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> field, string expected)
        where T : IProcValue<T>
        => T.Diagnose(field) is { } error && (uint)error.Offset <= (uint)field.Length
            ? ProcParseException.At(content, field[error.Offset..], error.Expected + " (in " + expected + ")")
            : ProcParseException.At(content, field, expected);

    /// <summary>A value type printed in hexadecimal (<c>[Hex] DeviceNumber</c>: <c>fd:01</c> in <c>{pid}/maps</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T HexValue<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> field, string expected)
        where T : IProcHexValue<T>
        => T.TryParseHex(field, out T value) ? value : throw ProcParseException.At(content, field, expected);

    /// <summary>
    /// One row of a rows, header-table or blocks declaration, parsed from a field or a block's first line (the
    /// <c>maps</c> line that heads each <c>smaps</c> entry).
    /// </summary>
    public static T Row<T>(ReadOnlySpan<byte> content, ReadOnlySpan<byte> field, string expected)
        where T : IProcRow<T>
        => T.ParseRow(content, field, null, out T row) ? row : throw ProcParseException.At(content, field, expected);

    /// <summary>The number after a key's fixed name (<c>cpu3</c> → 3), or -1 when the key is not the name and digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int KeyIndex(ReadOnlySpan<byte> key, ReadOnlySpan<byte> name)
        => key.Length > name.Length && key.StartsWith(name) && ProcNumber.TryParseDecimal(key[name.Length..], out int index) && index >= 0
            ? index
            : -1;
}
