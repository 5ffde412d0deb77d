using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ProcGen;

/// <summary>
/// Reads the blank-separated fields of one line left to right: what generated columnar parsers call, one call per
/// field. Finding a field and parsing it happen in the same pass; the content and the line travel inside the
/// cursor, so each call passes a reference and the text of its error, not two spans.
/// </summary>
/// <remarks>
/// A line such as <c>{pid}/stat</c> has 52 fields. A parser that made three calls per field (scan, presence
/// check, parse) with spans by value exhausts the JIT's inlining budget and pays for every call.
/// </remarks>
public ref struct ColumnCursor
{
    private readonly ReadOnlySpan<byte> _content;
    private readonly ReadOnlySpan<byte> _line;
    private int _position;

    /// <param name="content">The whole file, against which errors are located.</param>
    /// <param name="line">The line to read, a slice of <paramref name="content"/>.</param>
    public ColumnCursor(ReadOnlySpan<byte> content, ReadOnlySpan<byte> line)
    {
        _content = content;
        _line = line;
        _position = 0;
    }

    /// <summary>The next field, which must be present.</summary>
    public ReadOnlySpan<byte> Next(string expected)
    {
        var field = ProcText.NextField(_line, ref _position);
        if (field.IsEmpty) throw ProcParseException.AfterEnd(_content, _line, expected);
        return field;
    }

    /// <summary>The next field, or an empty span when the line has ended.</summary>
    public ReadOnlySpan<byte> NextOptional() => ProcText.NextField(_line, ref _position);

    /// <summary>The inside of the next <paramref name="open"/> … <paramref name="close"/> field (see <see cref="ProcText.NextEnclosed"/>).</summary>
    public ReadOnlySpan<byte> NextEnclosed(byte open, byte close, string expected)
    {
        if (!ProcText.NextEnclosed(_line, ref _position, open, close, out var inside))
            throw ProcParseException.At(_content, _line[Math.Min(_position, _line.Length)..], expected);
        return inside;
    }

    /// <summary>Skips <paramref name="count"/> fields the declaration does not name.</summary>
    public void Skip(int count)
    {
        var line = _line;
        int i = _position;
        for (; count > 0; count--)
        {
            while ((uint)i < (uint)line.Length && ProcText.IsBlank(line[i])) i++;
            while ((uint)i < (uint)line.Length && !ProcText.IsBlank(line[i])) i++;
        }
        _position = i;
    }

    /// <summary>The next field as a decimal integer; a missing field or anything but a number in range throws there.</summary>
    public T NextDecimal<T>(string expected) where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        if (!TryNextDecimal(expected, out T value))
            throw ProcParseException.AfterEnd(_content, _line, expected);
        return value;
    }

    /// <summary>The next field as a decimal integer, or <c>null</c> when the line has ended (a field newer kernels add).</summary>
    public T? NextOptionalDecimal<T>(string expected) where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
        => TryNextDecimal(expected, out T value) ? value : null;

    /// <summary>Scans and parses in one loop; <c>false</c> only when no field is left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryNextDecimal<T>(string expected, out T value) where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        // Locals, written back once: the loop must not go through the cursor's memory.
        var line = _line;
        int i = _position;
        while ((uint)i < (uint)line.Length && ProcText.IsBlank(line[i])) i++;
        if (i >= line.Length)
        {
            _position = i;
            value = T.Zero;
            return false;
        }
        int start = i;
        ulong magnitude = 0;
        // Long numbers (addresses, rsslim) eight digits at a time: two rounds at most, 16 digits cannot overflow.
        while (i - start < 16 && ProcNumber.TryReadEightDigits(line, i, out uint eight))
        {
            magnitude = magnitude * 100_000_000 + eight;
            i += 8;
        }
        // One bound for the loop: the line's end or the 19th digit, whichever comes first.
        int limit = Math.Min(line.Length, start + 19);
        ref byte first = ref MemoryMarshal.GetReference(line);
        while (i < limit)
        {
            uint digit = (uint)(Unsafe.Add(ref first, i) - (byte)'0');
            if (digit > 9) break;
            magnitude = magnitude * 10 + digit;
            i++;
        }
        // A 20th digit needs the one overflow test; a 21st cannot fit at all.
        if (i - start == 19 && (uint)i < (uint)line.Length && (uint)(line[i] - (byte)'0') is var last && last <= 9)
        {
            if (magnitude > (ulong.MaxValue - last) / 10) goto General;
            magnitude = magnitude * 10 + last;
            i++;
        }
        // The common case: only digits, ending at a blank or the end of the line, within the type's range.
        if (i > start && (i == line.Length || ProcText.IsBlank(line[i])) && magnitude <= ulong.CreateTruncating(T.MaxValue))
        {
            _position = i;
            value = T.CreateTruncating(magnitude);
            return true;
        }
    General:
        value = NextDecimalSlow<T>(start, expected);
        return true;
    }

    // Signs, overflow and errors: the general parser, which throws at the field. Kept out of line so that the
    // common path stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private T NextDecimalSlow<T>(int start, string expected) where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        _position = start;
        return FieldParser.Decimal<T>(_content, ProcText.NextField(_line, ref _position), expected);
    }
}
