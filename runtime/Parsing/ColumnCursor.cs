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
    private readonly byte _separator;
    private int _position;

    /// <param name="content">The whole file, against which errors are located.</param>
    /// <param name="line">The line to read, a slice of <paramref name="content"/>.</param>
    public ColumnCursor(ReadOnlySpan<byte> content, ReadOnlySpan<byte> line)
    {
        _content = content;
        _line = line;
        _separator = 0;
        _position = 0;
    }

    /// <summary>
    /// A cursor over fields separated by exactly one <paramref name="separator"/> each (<c>:</c> in
    /// <c>{pid}/cgroup</c>): empty fields count, and nothing is trimmed. Read it with <see cref="Next"/>,
    /// <see cref="NextOptional"/>, <see cref="Skip"/> and <see cref="Rest"/>.
    /// </summary>
    public ColumnCursor(ReadOnlySpan<byte> content, ReadOnlySpan<byte> line, byte separator)
    {
        _content = content;
        _line = line;
        _separator = separator is (byte)' ' or (byte)'\t' ? (byte)0 : separator;
        _position = 0;
    }

    /// <summary>The next field, which must be present.</summary>
    public ReadOnlySpan<byte> Next(string expected)
    {
        if (_separator != 0)
        {
            if (_position > _line.Length) throw ProcParseException.AfterEnd(_content, _line, expected);
            return NextSeparated();
        }
        var field = ProcText.NextField(_line, ref _position);
        if (field.IsEmpty) throw ProcParseException.AfterEnd(_content, _line, expected);
        return field;
    }

    /// <summary>The next field, or an empty span when the line has ended.</summary>
    public ReadOnlySpan<byte> NextOptional()
    {
        if (_separator != 0)
            return _position > _line.Length ? _line[_line.Length..] : NextSeparated();
        return ProcText.NextField(_line, ref _position);
    }

    // The field up to the next separator; past the last one, the position moves beyond the line's end.
    private ReadOnlySpan<byte> NextSeparated()
    {
        var rest = _line[_position..];
        int at = rest.IndexOf(_separator);
        if (at < 0)
        {
            _position = _line.Length + 1;
            return rest;
        }
        _position += at + 1;
        return rest[..at];
    }

    /// <summary>
    /// Everything after the fields read so far: trimmed of blanks for blank-separated lines, verbatim after a
    /// declared separator. Empty when nothing is left.
    /// </summary>
    public ReadOnlySpan<byte> Rest()
    {
        if (_position > _line.Length) return _line[_line.Length..];
        var rest = _line[_position..];
        _position = _line.Length + (_separator != 0 ? 1 : 0);
        return _separator != 0 ? rest : ProcText.Trim(rest);
    }

    /// <summary>Like <see cref="Rest"/>, but the line must have something left.</summary>
    public ReadOnlySpan<byte> RequiredRest(string expected)
    {
        bool exhausted = _position > _line.Length;
        var rest = Rest();
        if (exhausted || (rest.IsEmpty && _separator == 0)) throw ProcParseException.AfterEnd(_content, _line, expected);
        return rest;
    }

    /// <summary>
    /// The next field without its required <paramref name="suffix"/> (<c>0:</c> → <c>0</c>). On a blank-separated
    /// line the suffix may also be glued to the next field, which then starts right after it: <c>net/dev</c> prints
    /// <c>%6s:%8llu</c> on older kernels, so a busy interface reads <c>eth0:123456789</c>.
    /// </summary>
    public ReadOnlySpan<byte> NextWithSuffix(ReadOnlySpan<byte> suffix, string expected)
    {
        var field = Next(expected);
        if (field.EndsWith(suffix) && field.Length > suffix.Length) return field[..^suffix.Length];
        int at = _separator == 0 ? field.IndexOf(suffix) : -1;
        if (at <= 0) throw ProcParseException.At(_content, field, expected + " ending with '" + System.Text.Encoding.UTF8.GetString(suffix) + "'");
        // The field ended at _position: step back to just after the suffix, where the glued field begins.
        _position -= field.Length - at - suffix.Length;
        return field[..at];
    }

    /// <summary>Consumes the next field if it is exactly <paramref name="token"/>; otherwise leaves it for the next column.</summary>
    public bool TryToken(ReadOnlySpan<byte> token)
    {
        int position = _position;
        var field = ProcText.NextField(_line, ref position);
        if (!field.SequenceEqual(token)) return false;
        _position = position;
        return true;
    }

    /// <summary>
    /// The fields up to (not including) the field <paramref name="terminator"/>, as one slice; the terminator is
    /// consumed. Empty when the terminator comes next (<c>mountinfo</c> without optional fields).
    /// </summary>
    public ReadOnlySpan<byte> NextUntil(ReadOnlySpan<byte> terminator, string expected)
    {
        int start = _position;
        while (_position < _line.Length)
        {
            int before = _position;
            var field = ProcText.NextField(_line, ref _position);
            if (field.IsEmpty) break;
            if (field.SequenceEqual(terminator)) return ProcText.Trim(_line[start..before]);
        }
        throw ProcParseException.AfterEnd(_content, _line, expected + ", ended by '" + System.Text.Encoding.UTF8.GetString(terminator) + "'");
    }

    /// <summary>Up to <paramref name="count"/> fields as one slice (fewer when the line ends first).</summary>
    public ReadOnlySpan<byte> NextFields(int count)
    {
        int start = _position;
        Skip(count);
        return ProcText.Trim(_line[Math.Min(start, _line.Length).._position]);
    }

    /// <summary>Like <see cref="NextEnclosed"/>, but empty when the line has ended (an optional <c>[module]</c>).</summary>
    public ReadOnlySpan<byte> NextOptionalEnclosed(byte open, byte close, string expected)
    {
        int i = _position;
        while ((uint)i < (uint)_line.Length && ProcText.IsBlank(_line[i])) i++;
        if (i >= _line.Length)
        {
            _position = i;
            return _line[_line.Length..];
        }
        return NextEnclosed(open, close, expected);
    }

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
        if (_separator != 0)
        {
            for (; count > 0 && _position <= _line.Length; count--) NextSeparated();
            return;
        }
        var line = _line;
        int i = _position;
        for (; count > 0; count--)
        {
            while ((uint)i < (uint)line.Length && ProcText.IsBlank(line[i])) i++;
            while ((uint)i < (uint)line.Length && !ProcText.IsBlank(line[i])) i++;
        }
        _position = i;
    }

    /// <summary>The next blank-separated field as a decimal integer; a missing field or anything but a number in range throws there.</summary>
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
