namespace ProcGen;

/// <summary>
/// The order rule of a file whose rows only make sense under the rows above them: a <c>net/igmp</c> group line
/// belongs to the interface line before it, a <c>net/fib_trie</c> route to the leaf it is indented under. Each row
/// still parses on its own; the rule sees the rows in file order and says when one cannot be where it is, so the
/// error is a <see cref="ProcParseException"/> at that row's line instead of a failure later, when the rows are
/// grouped.
/// </summary>
/// <remarks>
/// A row declaration opts in by implementing <see cref="IProcRow{TSelf}.CreateSequenceRule"/> in its partial
/// record; every table parse and every enumeration (in memory or streamed from the file) creates one rule and
/// passes it each row. A rule keeps whatever state it needs (the open indentation levels, the current section);
/// it is one allocation per table, none per row.
/// </remarks>
public abstract class ProcRowSequenceRule<TRow>
{
    /// <summary>
    /// Takes the next row; returns <c>null</c> when it may follow the rows before it, otherwise what was expected
    /// there instead (it becomes <see cref="ProcParseException.Expected"/>, located at the row's line).
    /// </summary>
    public abstract string? Accept(TRow row);

    /// <summary>
    /// Called after the last row; returns <c>null</c> when the rows may end here, otherwise what was still expected
    /// (reported just after the last line). The default accepts any end.
    /// </summary>
    public virtual string? Complete() => null;
}
