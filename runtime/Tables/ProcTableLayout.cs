using System;
using System.Collections.Generic;
using System.Text;

namespace ProcGen;

/// <summary>
/// What the rows of one file need from the lines before them: the header's column names and where they are, the
/// positions of the columns a declaration binds by name, and the title of the current section. One per parse;
/// made once, before the first row, so rows themselves never look at the header again.
/// </summary>
public sealed class ProcTableLayout
{
    private static readonly string[] s_noNames = Array.Empty<string>();
    private readonly int[] _indexes;
    private readonly int[]? _starts;

    private ProcTableLayout(string[] columnNames, int[] indexes, int[]? starts)
    {
        ColumnNames = columnNames;
        _indexes = indexes;
        _starts = starts;
        int capacity = columnNames.Length;
        foreach (int index in indexes) capacity = Math.Max(capacity, index + 1);
        FieldCapacity = capacity;
    }

    /// <summary>A layout with no header: for files whose rows only need the current section.</summary>
    public static ProcTableLayout ForSections() => new(s_noNames, Array.Empty<int>(), null);

    /// <summary>The names the header prints, in order (<c>CPU0</c>, <c>CPU1</c> …; <c>Soft Limit</c> …).</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>The number of columns the header names.</summary>
    public int ColumnCount => ColumnNames.Count;

    /// <summary>How many fields a row is split into to reach every bound column.</summary>
    public int FieldCapacity { get; }

    /// <summary>Whether fields are cut at the header's column positions rather than at blanks.</summary>
    public bool IsAligned => _starts is not null;

    /// <summary>The title of the section the next rows belong to, without its colon; <c>null</c> before the first.</summary>
    public string? Section { get; set; }

    /// <summary>The 0-based field of the <paramref name="declared"/>-th name bound by name; -1 when the header lacks it.</summary>
    public int IndexOf(int declared) => _indexes[declared];

    /// <summary>
    /// Reads the header: skips the lines before line <paramref name="headerLine"/>, splits that line into names and
    /// finds each of <paramref name="boundNames"/> in it. A leading <c>#</c> (<c>slabinfo</c>) is not a name.
    /// </summary>
    /// <remarks><paramref name="required"/> says, for each bound name, whether the header must have it (its property is not nullable).</remarks>
    /// <returns>The layout, or <c>null</c> when the content ends before the header (an empty table).</returns>
    public static ProcTableLayout? Read(ReadOnlySpan<byte> utf8, ref int position, int headerLine, bool aligned, string[] boundNames, bool[] required)
    {
        ReadOnlySpan<byte> line = default;
        for (int i = 0; i <= headerLine; i++)
        {
            if (!ProcText.NextLine(utf8, ref position, out line))
            {
                if (i == 0 || ProcText.TrimWhitespace(utf8).IsEmpty) return null;
                throw ProcParseException.AtOffset(utf8, utf8.Length, "a header line naming the columns");
            }
        }
        if (ProcText.Trim(line).IsEmpty)
        {
            // Nothing but blank lines: an empty table.
            if (ProcText.TrimWhitespace(utf8[position..]).IsEmpty) return null;
            throw ProcParseException.At(utf8, line, "a header line naming the columns");
        }

        var names = new List<string>();
        var starts = aligned ? new List<int>() : null;
        int at = 0;
        while (true)
        {
            while (at < line.Length && ProcText.IsBlank(line[at])) at++;
            if (at >= line.Length) break;
            int start = at;
            if (aligned)
            {
                // A name runs until two blanks in a row (or a tab): single spaces belong to it ("Soft Limit").
                while (at < line.Length && !(line[at] == (byte)'\t' || (line[at] == (byte)' ' && (at + 1 >= line.Length || ProcText.IsBlank(line[at + 1])))))
                    at++;
            }
            else
            {
                while (at < line.Length && !ProcText.IsBlank(line[at])) at++;
            }
            if (names.Count == 0 && starts is null && at - start == 1 && line[start] == (byte)'#')
                continue;
            names.Add(Encoding.UTF8.GetString(line[start..at]));
            starts?.Add(start);
        }

        var indexes = new int[boundNames.Length];
        for (int i = 0; i < boundNames.Length; i++)
        {
            indexes[i] = names.IndexOf(boundNames[i]);
            if (indexes[i] < 0 && required[i])
                throw ProcParseException.At(utf8, line, "a column named '" + boundNames[i] + "' in the header");
        }
        return new ProcTableLayout(names.ToArray(), indexes, starts?.ToArray());
    }

    /// <summary>The start (inclusive) and end (exclusive) of aligned column <paramref name="index"/> in a line of <paramref name="length"/> bytes.</summary>
    internal (int Start, int End) AlignedBounds(int index, int length)
    {
        var starts = _starts!;
        if (index >= starts.Length) return (length, length);
        int start = Math.Min(starts[index], length);
        int end = index + 1 < starts.Length ? Math.Min(starts[index + 1], length) : length;
        return (start, end);
    }
}
