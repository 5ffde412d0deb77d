using System;

namespace ProcGen;

/// <summary>
/// Implemented by the generator for every <see cref="RowsAttribute"/> and <see cref="HeaderTableAttribute"/>
/// declaration: one record per line. <see cref="ProcTable{TRow}"/>, <see cref="ProcRowEnumerator{TRow}"/> and
/// <see cref="ProcRowReader{TRow}"/> drive it; users rarely call these members themselves.
/// </summary>
public interface IProcRow<TSelf> where TSelf : IProcRow<TSelf>
{
    /// <summary>The declared path template, e.g. <c>{pid}/maps</c>.</summary>
    static abstract string PathTemplate { get; }

    static abstract ProcFileFormat Format { get; }

    /// <summary>How many lines at the start of the file <see cref="ReadHeader"/> consumes (0 for plain rows).</summary>
    static abstract int HeaderLineCount { get; }

    /// <summary>
    /// Consumes the lines before the first row, advancing <paramref name="position"/>, and returns what the rows
    /// need from them (column positions, the number of per-CPU columns, the current section), or <c>null</c> when
    /// rows need nothing.
    /// </summary>
    static abstract ProcTableLayout? ReadHeader(ReadOnlySpan<byte> utf8, ref int position);

    /// <summary>
    /// Parses one non-blank line, a slice of <paramref name="utf8"/>. Returns <c>false</c> when the line holds no
    /// row (a section title, which updates <paramref name="layout"/>). A line that does not match throws
    /// <see cref="ProcParseException"/>, located against <paramref name="utf8"/>.
    /// </summary>
    static abstract bool ParseRow(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> line, ProcTableLayout? layout, out TSelf row);

    /// <summary>
    /// The rule the rows of a table must follow in order (see <see cref="ProcRowSequenceRule{TRow}"/>), created once
    /// per table parse or enumeration; <c>null</c> (the default) when every row stands on its own.
    /// </summary>
    static virtual ProcRowSequenceRule<TSelf>? CreateSequenceRule() => null;

    /// <summary>
    /// Finds the text of the next row at the start of <paramref name="pending"/>: <c>pending[start..end]</c>, after
    /// which reading resumes at <c>pending[next..]</c>. One line by default; a <see cref="BlocksAttribute"/>
    /// declaration cuts blocks of lines (<see cref="ProcBlocks"/>). Returns <c>false</c> when
    /// <paramref name="pending"/> holds no whole row: none is left when <paramref name="final"/> (the end of
    /// <paramref name="pending"/> is the end of the file), or more input is needed when it is not.
    /// </summary>
    static virtual bool NextRow(ReadOnlySpan<byte> pending, bool final, out int start, out int end, out int next)
        => ProcBlocks.NextLine(pending, final, out start, out end, out next);
}
