using System;

namespace ProcGen;

/// <summary>
/// One row split into fields once, so that columns bound by header name can be read in any order: what generated
/// header-table parsers use (rows bound only by index read left to right through a <see cref="ColumnCursor"/>).
/// Blank-separated rows are cut at blanks; aligned tables (<see cref="HeaderTableAttribute.Aligned"/>) under the
/// header's names.
/// </summary>
public ref struct RowFields
{
    private readonly ReadOnlySpan<byte> _content;
    private readonly ReadOnlySpan<byte> _line;
    private readonly Span<int> _bounds;
    private readonly int _count;

    /// <summary>Splits <paramref name="line"/>; <paramref name="bounds"/> is scratch space for two ints per field, at least <c>2 × layout.FieldCapacity</c>.</summary>
    public RowFields(ReadOnlySpan<byte> content, ReadOnlySpan<byte> line, ProcTableLayout layout, Span<int> bounds)
    {
        _content = content;
        _line = line;
        _bounds = bounds;
        int capacity = Math.Min(layout.FieldCapacity, bounds.Length / 2);
        int count = 0;
        if (layout.IsAligned)
        {
            for (; count < capacity; count++)
            {
                var (start, end) = layout.AlignedBounds(count, line.Length);
                while (start < end && ProcText.IsBlank(line[start])) start++;
                while (end > start && ProcText.IsBlank(line[end - 1])) end--;
                bounds[2 * count] = start;
                bounds[2 * count + 1] = end;
            }
        }
        else
        {
            int at = 0;
            while (count < capacity)
            {
                while (at < line.Length && ProcText.IsBlank(line[at])) at++;
                if (at >= line.Length) break;
                int start = at;
                while (at < line.Length && !ProcText.IsBlank(line[at])) at++;
                bounds[2 * count] = start;
                bounds[2 * count + 1] = at;
                count++;
            }
        }
        _count = count;
    }

    /// <summary>Field <paramref name="index"/>, which must be present (and, when aligned, not blank).</summary>
    public ReadOnlySpan<byte> Field(int index, string expected)
    {
        var field = Optional(index);
        if (field.IsEmpty) throw ProcParseException.AfterEnd(_content, index < 0 || index >= _count ? _line : _line[.._bounds[2 * index]], expected);
        return field;
    }

    /// <summary>Field <paramref name="index"/>, or empty when the row is shorter, the field blank or the header lacks the column (-1).</summary>
    public ReadOnlySpan<byte> Optional(int index)
        => (uint)index < (uint)_count ? _line[_bounds[2 * index].._bounds[2 * index + 1]] : _line[_line.Length..];
}
