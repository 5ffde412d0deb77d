using System;
using System.Runtime.CompilerServices;

namespace ProcGen;

/// <summary>
/// Line and field scanning over UTF-8 <c>/proc</c> content. Every slice returned is a slice of the input, so a
/// <see cref="ProcParseException"/> can later locate it (see <see cref="ProcParseException.At"/>).
/// </summary>
public static class ProcText
{
    /// <summary>
    /// Moves to the next line, without its <c>\n</c> (and a <c>\r</c> before it). Returns <c>false</c> at the end
    /// of the content. A last line without a newline is still a line; an empty content has no lines.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NextLine(ReadOnlySpan<byte> content, scoped ref int position, out ReadOnlySpan<byte> line)
    {
        int start = position;
        if (start >= content.Length)
        {
            line = default;
            return false;
        }
        var rest = content[start..];
        int newline = rest.IndexOf((byte)'\n');
        if (newline < 0)
        {
            line = rest;
            position = content.Length;
        }
        else
        {
            line = rest[..newline];
            position = start + newline + 1;
        }
        if (!line.IsEmpty && line[^1] == (byte)'\r')
            line = line[..^1];
        return true;
    }

    /// <summary>Whether <paramref name="b"/> separates fields: space or tab.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(byte b) => b == (byte)' ' || b == (byte)'\t';

    /// <summary>
    /// The next run of non-blank bytes from <paramref name="position"/>, skipping blanks before it; empty when the
    /// line has no more fields.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> NextField(ReadOnlySpan<byte> line, scoped ref int position)
    {
        int i = position;
        while (i < line.Length && IsBlank(line[i])) i++;
        int start = i;
        while (i < line.Length && !IsBlank(line[i])) i++;
        position = i;
        return line[start..i];
    }

    /// <summary>
    /// A field wrapped in <paramref name="open"/> … <paramref name="close"/> that may contain blanks and both
    /// brackets: it ends at the <b>last</b> <paramref name="close"/> of the line, which is how <c>comm</c> in
    /// <c>{pid}/stat</c> must be read (a process may name itself <c>a) (b</c>). Returns the inside, or
    /// <c>false</c> with <paramref name="position"/> at the offending byte.
    /// </summary>
    public static bool NextEnclosed(ReadOnlySpan<byte> line, scoped ref int position, byte open, byte close, out ReadOnlySpan<byte> inside)
    {
        int i = position;
        while (i < line.Length && IsBlank(line[i])) i++;
        if (i >= line.Length || line[i] != open)
        {
            position = i;
            inside = line[i..i];
            return false;
        }
        int last = line.LastIndexOf(close);
        if (last <= i)
        {
            position = line.Length;
            inside = line[line.Length..];
            return false;
        }
        inside = line[(i + 1)..last];
        position = last + 1;
        return true;
    }

    /// <summary>The number of spaces and tabs before the first other byte: the depth of a row in an indented tree.</summary>
    public static int LeadingBlanks(ReadOnlySpan<byte> line)
    {
        int i = 0;
        while (i < line.Length && IsBlank(line[i])) i++;
        return i;
    }

    /// <summary>
    /// The lines after <paramref name="position"/> that are indented deeper than <paramref name="parent"/> (blank
    /// lines among them included): a sub-block such as <c>mountstats</c>' operations under <c>per-op statistics</c>.
    /// Advances <paramref name="position"/> past them; empty when the next line is not indented deeper.
    /// </summary>
    public static ReadOnlySpan<byte> IndentedBlock(ReadOnlySpan<byte> text, scoped ref int position, ReadOnlySpan<byte> parent)
        => IndentedBlock(text, ref position, parent, default);

    /// <summary>
    /// As <see cref="IndentedBlock(ReadOnlySpan{byte}, ref int, ReadOnlySpan{byte})"/>, but lines that are not
    /// indented deeper still belong to the block when their text starts with <paramref name="outdentedKey"/>
    /// followed by <c>:</c> or a blank (<c>zoneinfo</c> prints each CPU's <c>vm stats threshold</c> two columns left
    /// of the <c>cpu:</c> lines under <c>pagesets</c>). An empty key adds no lines.
    /// </summary>
    public static ReadOnlySpan<byte> IndentedBlock(ReadOnlySpan<byte> text, scoped ref int position, ReadOnlySpan<byte> parent, ReadOnlySpan<byte> outdentedKey)
    {
        int indentation = LeadingBlanks(parent);
        int start = position, end = position, scan = position;
        while (NextLine(text, ref scan, out var line))
        {
            int blanks = LeadingBlanks(line);
            if (blanks == line.Length) continue;   // blank: belongs to the block only if a deeper line follows
            if (blanks <= indentation && !StartsWithKey(line[blanks..], outdentedKey)) break;
            end = scan;
        }
        position = end;
        var block = text[start..end];
        return !block.IsEmpty && block[^1] == (byte)'\n' ? block[..^1] : block;
    }

    /// <summary>The first blank-separated token (<c>S</c> of <c>S (sleeping)</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> FirstField(ReadOnlySpan<byte> span)
    {
        int position = 0;
        return NextField(span, ref position);
    }

    /// <summary>The number of blank-separated fields.</summary>
    public static int CountFields(ReadOnlySpan<byte> span)
    {
        int count = 0, position = 0;
        while (!NextField(span, ref position).IsEmpty) count++;
        return count;
    }

    /// <summary>The slice without leading and trailing spaces and tabs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> span)
    {
        int start = 0, end = span.Length;
        while (start < end && IsBlank(span[start])) start++;
        while (end > start && IsBlank(span[end - 1])) end--;
        return span[start..end];
    }

    /// <summary>The slice without trailing whitespace of any kind (newlines included).</summary>
    public static ReadOnlySpan<byte> TrimEndWhitespace(ReadOnlySpan<byte> span)
    {
        int end = span.Length;
        while (end > 0 && (IsBlank(span[end - 1]) || span[end - 1] == (byte)'\n' || span[end - 1] == (byte)'\r')) end--;
        return span[..end];
    }

    /// <summary>The slice without leading and trailing whitespace of any kind (newlines included).</summary>
    public static ReadOnlySpan<byte> TrimWhitespace(ReadOnlySpan<byte> span)
    {
        span = TrimEndWhitespace(span);
        int start = 0;
        while (start < span.Length && (IsBlank(span[start]) || span[start] == (byte)'\n' || span[start] == (byte)'\r')) start++;
        return span[start..];
    }

    /// <summary>The slice without one trailing <c>\n</c> (or <c>\r\n</c>), the way single-value files end.</summary>
    public static ReadOnlySpan<byte> TrimFinalNewline(ReadOnlySpan<byte> span)
    {
        if (!span.IsEmpty && span[^1] == (byte)'\n') span = span[..^1];
        if (!span.IsEmpty && span[^1] == (byte)'\r') span = span[..^1];
        return span;
    }

    /// <summary>
    /// Splits a key-value line at its separator. <paramref name="separator"/> <c>' '</c> means the first blank run.
    /// The key is trimmed of blanks; so is the value.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SplitKeyValue(ReadOnlySpan<byte> line, byte separator, out ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        // A blank separator is the first run of blanks after the line's indentation (zoneinfo's indented counters).
        int at = separator == (byte)' ' ? IndexOfBlankAfterIndentation(line) : line.IndexOf(separator);
        if (at <= 0)
        {
            key = line;
            value = line[line.Length..];
            return false;
        }
        key = Trim(line[..at]);
        value = Trim(line[(at + 1)..]);
        return !key.IsEmpty;
    }

    /// <summary>
    /// Splits a line without a separator before its last blank-separated field: <c>pages free     3840</c> is the key
    /// <c>pages free</c> and the value <c>3840</c> (<c>zoneinfo</c>). <c>false</c> when the line has fewer than two fields.
    /// </summary>
    public static bool SplitAtLastField(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        var trimmed = Trim(line);
        int blank = trimmed.LastIndexOfAny((byte)' ', (byte)'\t');
        if (blank < 0)
        {
            key = trimmed;
            value = trimmed[trimmed.Length..];
            return false;
        }
        key = Trim(trimmed[..blank]);
        value = trimmed[(blank + 1)..];
        return true;
    }

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="key"/> followed by <c>:</c>, a blank or its end.</summary>
    public static bool StartsWithKey(ReadOnlySpan<byte> text, ReadOnlySpan<byte> key)
        => !key.IsEmpty && text.StartsWith(key)
           && (text.Length == key.Length || text[key.Length] == (byte)':' || IsBlank(text[key.Length]));

    private static int IndexOfBlankAfterIndentation(ReadOnlySpan<byte> line)
    {
        int indentation = LeadingBlanks(line);
        int at = line[indentation..].IndexOfAny((byte)' ', (byte)'\t');
        return at < 0 ? -1 : indentation + at;
    }

    /// <summary>
    /// The next line that is not blank, without its newline and trailing blanks: the reading loop of files whose blank
    /// lines only separate sections (<c>pagetypeinfo</c>, <c>timer_list</c>, <c>timer_stats</c>).
    /// </summary>
    public static bool NextNonBlankLine(ReadOnlySpan<byte> content, scoped ref int position, out ReadOnlySpan<byte> line)
    {
        while (NextLine(content, ref position, out line))
        {
            line = TrimEndWhitespace(line);
            if (!Trim(line).IsEmpty) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> is one or more ASCII digits and nothing else (no sign, no blanks).</summary>
    public static bool IsDigits(ReadOnlySpan<byte> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange((byte)'0', (byte)'9');

    /// <summary>
    /// The offset of <paramref name="slice"/> in <paramref name="text"/>, which it must be a slice of; the end of
    /// <paramref name="text"/> for an empty or foreign slice.
    /// </summary>
    public static int OffsetOf(ReadOnlySpan<byte> text, ReadOnlySpan<byte> slice)
    {
        nint offset = System.Runtime.CompilerServices.Unsafe.ByteOffset(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(slice));
        return offset < 0 || offset > text.Length ? text.Length : (int)offset;
    }
}
