using System;

namespace ProcGen;

/// <summary>
/// Cuts content into the rows of a table: lines, or blocks of lines for <see cref="BlocksAttribute"/>
/// declarations. Each method works on the bytes not yet consumed and tells whether they hold a whole row, so the
/// same code serves content in memory (<c>final</c> true) and a file streamed through a buffer.
/// </summary>
public static class ProcBlocks
{
    /// <summary>The next line (without its <c>\n</c> or <c>\r\n</c>).</summary>
    public static bool NextLine(ReadOnlySpan<byte> pending, bool final, out int start, out int end, out int next)
    {
        start = 0;
        int newline = pending.IndexOf((byte)'\n');
        if (newline < 0)
        {
            end = next = pending.Length;
            return final && !pending.IsEmpty;
        }
        next = newline + 1;
        end = newline > 0 && pending[newline - 1] == (byte)'\r' ? newline - 1 : newline;
        return true;
    }

    /// <summary>
    /// The next block: blank lines before it are skipped; it ends before a blank line
    /// (<see cref="BlockStart.AfterBlankLine"/>) or before the next line that starts a block. The block's text
    /// ends with its last line's <c>\n</c> excluded.
    /// </summary>
    public static bool NextBlock(ReadOnlySpan<byte> pending, bool final, BlockStart kind, out int start, out int end, out int next)
        => NextBlock(pending, final, kind, default, out start, out end, out next);

    /// <summary>
    /// As <see cref="NextBlock(ReadOnlySpan{byte}, bool, BlockStart, out int, out int, out int)"/>, with the text that
    /// starts a block for <see cref="BlockStart.PrefixedLine"/> (after the line's indentation).
    /// </summary>
    public static bool NextBlock(ReadOnlySpan<byte> pending, bool final, BlockStart kind, ReadOnlySpan<byte> prefix, out int start, out int end, out int next)
    {
        start = end = next = 0;
        int position = 0;

        // Blank lines between blocks belong to no block.
        while (true)
        {
            int newline = pending[position..].IndexOf((byte)'\n');
            var line = newline < 0 ? pending[position..] : pending.Slice(position, newline);
            if (!ProcText.Trim(TrimCr(line)).IsEmpty) break;
            if (newline < 0)
            {
                // Only blanks are left: no block, whether or not more input follows (it will be looked at then).
                next = final ? pending.Length : position;
                return false;
            }
            position += newline + 1;
        }

        start = position;
        bool first = true;
        // RepeatedFirstKey: the key of the block's first line ("ID"), as an offset and length in pending.
        int keyStart = 0, keyLength = -1;
        while (true)
        {
            int newline = pending[position..].IndexOf((byte)'\n');
            // A line the buffer has only part of cannot be judged: more input decides where the block ends.
            if (newline < 0 && !final) return false;
            var line = TrimCr(newline < 0 ? pending[position..] : pending.Slice(position, newline));
            if (first && kind == BlockStart.RepeatedFirstKey)
            {
                int colon = line.IndexOf((byte)':');
                keyStart = position;
                keyLength = colon < 0 ? line.Length : colon;
            }
            bool ends = kind == BlockStart.RepeatedFirstKey
                ? !first && line.Length > keyLength && line[keyLength] == (byte)':' && line[..keyLength].SequenceEqual(pending.Slice(keyStart, keyLength))
                : !first && Ends(line, kind, prefix);
            if (ends)
            {
                end = TrimTrailingNewline(pending, start, position);
                // After a blank line the blank lines are skipped by the next call; before a header, resume at it.
                next = position;
                return true;
            }
            first = false;
            if (newline < 0)
            {
                end = next = pending.Length;
                return true;
            }
            position += newline + 1;
        }
    }

    // Whether a line (not the block's first) ends the block before it.
    private static bool Ends(ReadOnlySpan<byte> line, BlockStart kind, ReadOnlySpan<byte> prefix)
    {
        var trimmed = ProcText.Trim(line);
        if (trimmed.IsEmpty) return kind == BlockStart.AfterBlankLine;
        switch (kind)
        {
            case BlockStart.UnindentedLine:
                return !ProcText.IsBlank(line[0]);
            case BlockStart.UnkeyedLine:
                int blank = trimmed.IndexOfAny((byte)' ', (byte)'\t');
                var first = blank < 0 ? trimmed : trimmed[..blank];
                return first[^1] != (byte)':';
            case BlockStart.PrefixedLine:
                return trimmed.StartsWith(prefix);
            default:
                return false;
        }
    }

    private static int TrimTrailingNewline(ReadOnlySpan<byte> pending, int start, int end)
    {
        if (end > start && pending[end - 1] == (byte)'\n') end--;
        if (end > start && pending[end - 1] == (byte)'\r') end--;
        return end;
    }

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line)
        => !line.IsEmpty && line[^1] == (byte)'\r' ? line[..^1] : line;
}
