using System;
using System.Collections;
using System.Collections.Generic;

namespace ProcGen;

/// <summary>
/// The rows of a <see cref="RowsAttribute"/> or <see cref="HeaderTableAttribute"/> file, parsed at once: what
/// <c>fs.Mounts()</c> or <c>process.Maps()</c> return. For files too large to hold (<c>kallsyms</c>), enumerate
/// rows instead (<see cref="ProcRowReader{TRow}"/>, <see cref="ProcRowEnumerator{TRow}"/>).
/// </summary>
public sealed class ProcTable<TRow> : IReadOnlyList<TRow>, IProcFile<ProcTable<TRow>> where TRow : IProcRow<TRow>
{
    private readonly TRow[] _rows;
    private readonly int _count;

    private ProcTable(TRow[] rows, int count, ProcTableLayout? layout)
    {
        _rows = rows;
        _count = count;
        Layout = layout;
    }

    /// <summary>The header's facts (column names, …), or <c>null</c> for rows without a header or an empty table.</summary>
    public ProcTableLayout? Layout { get; }

    public static string PathTemplate => TRow.PathTemplate;

    public static ProcFileFormat Format => TRow.Format;

    public static ProcEntryKind EntryKind => ProcEntryKind.File;

    public int Count => _count;

    public TRow this[int index] => (uint)index < (uint)_count ? _rows[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Parses every row of the content.</summary>
    /// <exception cref="ProcParseException">A line is not a row of the declared shape; the exception names it.</exception>
    public static ProcTable<TRow> Parse(ReadOnlySpan<byte> utf8) => Parse(utf8, utf8);

    /// <summary>
    /// Parses every row of <paramref name="part"/>, a slice of <paramref name="utf8"/> (the lines indented under a
    /// key, a block's body); errors are located in <paramref name="utf8"/>.
    /// </summary>
    /// <exception cref="ProcParseException">A line is not a row of the declared shape; the exception names it.</exception>
    public static ProcTable<TRow> Parse(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> part)
    {
        int position = 0;
        var layout = TRow.ReadHeader(part, ref position);
        // One array, sized by counting newlines (a vectorized pass), instead of a growing list.
        var rows = new TRow[part[position..].Count((byte)'\n') + 1];
        int count = 0;
        var rule = TRow.CreateSequenceRule();
        var last = part[..position];
        while (TRow.NextRow(part[position..], final: true, out int start, out int end, out int next))
        {
            var text = part.Slice(position + start, end - start);
            position += next;
            if (ProcText.Trim(text).IsEmpty) continue;
            if (TRow.ParseRow(utf8, text, layout, out var row))
            {
                if (rule?.Accept(row) is { } expected) throw ProcParseException.At(utf8, text, expected);
                rows[count++] = row;
                last = text;
            }
        }
        if (rule?.Complete() is { } missing) throw ProcParseException.AfterEnd(utf8, last, missing);
        return new ProcTable<TRow>(rows, count, layout);
    }

    public ArraySegment<TRow>.Enumerator GetEnumerator() => new ArraySegment<TRow>(_rows, 0, _count).GetEnumerator();

    IEnumerator<TRow> IEnumerable<TRow>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => typeof(TRow).Name + "[" + _count + "]";
}
