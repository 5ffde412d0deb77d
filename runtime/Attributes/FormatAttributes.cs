using System;

namespace ProcGen;

/// <summary>
/// One <c>key&lt;separator&gt; value [unit]</c> per line (<c>meminfo</c>, <c>{pid}/status</c>, <c>vmstat</c>).
/// Keys are bound with <see cref="KeyAttribute"/>; unknown keys are ignored unless an
/// <see cref="OtherKeysAttribute"/> property collects them.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class KeyValueAttribute : Attribute
{
    /// <summary>
    /// The byte between key and value. <c>' '</c> means "the first run of spaces or tabs" (<c>vmstat</c>).
    /// </summary>
    public char Separator { get; set; } = ':';

    /// <summary>Lines at the start of the file that are not keys (<c>{pid}/sched</c>'s title and dashes).</summary>
    public int SkipLines { get; set; }

    /// <summary>
    /// Lines without <see cref="Separator"/> are not keys and are skipped rather than an error (<c>{pid}/sched</c>'s
    /// <c>current_node=0, numa_group_id=0</c>).
    /// </summary>
    public bool SkipUnkeyedLines { get; set; }
}

/// <summary>
/// One line of whitespace-separated fields bound by index with <see cref="ColumnAttribute"/>
/// (<c>loadavg</c>, <c>{pid}/stat</c>). Fields past the last declared column are ignored: kernels append fields.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ColumnarAttribute : Attribute
{
}

/// <summary>
/// The whole file is one value (<c>{pid}/comm</c>, <c>{pid}/oom_score</c>, <c>sys</c> knobs). The record has
/// exactly one property. Strings keep inner whitespace and lose the trailing newline; numbers are trimmed.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class SingleValueAttribute : Attribute
{
    /// <summary>
    /// The file is binary, not text (<c>{pid}/auxv</c>: pairs of native words): the property's
    /// <see cref="IProcValue{TSelf}"/> type receives every byte, untrimmed — a blank or newline byte is data there. An
    /// empty file makes a nullable property <c>null</c>. Only an <see cref="IProcValue{TSelf}"/> property may be binary.
    /// </summary>
    public bool Binary { get; set; }
}

/// <summary>
/// NUL-terminated items (<c>{pid}/cmdline</c>, <c>{pid}/environ</c>). The record has one property: a
/// <c>string[]</c>, or an <see cref="EnvironmentVariable"/> array split at each item's first <c>=</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class NulSeparatedAttribute : Attribute
{
}

/// <summary>
/// The "file" is a symbolic link (<c>{pid}/exe</c>, <c>{pid}/cwd</c>, <c>{pid}/fd/{fd}</c>); the record has one
/// <c>string</c> property that receives the link target.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class SymbolicLinkAttribute : Attribute
{
}

/// <summary>
/// Many lines of the same shape, no header naming the columns: each line is one row, one record (<c>{pid}/maps</c>,
/// <c>mounts</c>, <c>kallsyms</c>). Fields are bound by index with <see cref="ColumnAttribute"/>, the remainder of the
/// line with <see cref="RestAttribute"/>. Blank lines are skipped. Read as a <see cref="ProcTable{TRow}"/>, or row by
/// row without building a list (<c>fs.EnumerateKallsyms()</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class RowsAttribute : Attribute
{
    /// <summary>
    /// The byte between fields. <c>' '</c> (the default) means "a run of spaces or tabs"; any other byte separates
    /// exactly, so that empty fields count (<c>0::/user.slice</c> in <c>{pid}/cgroup</c> is three fields).
    /// </summary>
    public char Separator { get; set; } = ' ';

    /// <summary>Lines at the start of the file that are not rows (a title, a header nobody binds by name).</summary>
    public int SkipLines { get; set; }

    /// <summary>
    /// The file is split into sections by title lines: a line that starts in the first column and ends with
    /// <c>:</c> (<c>Character devices:</c> in <c>devices</c>). A <see cref="SectionAttribute"/> property receives the
    /// title of the section a row is in.
    /// </summary>
    public bool Sections { get; set; }

    /// <summary>
    /// The whole text of a line the kernel prints instead of rows when it has none (<c>No DMA</c> in <c>dma</c> on
    /// architectures without ISA DMA channels): such a line, trimmed, is not a row. <c>null</c> (the default): every
    /// non-blank line is a row.
    /// </summary>
    public string? NoRowsText { get; set; }
}

/// <summary>
/// A header line names the columns, then one row per line (<c>slabinfo</c>, <c>{pid}/limits</c>, <c>swaps</c>,
/// <c>interrupts</c>). Columns may be bound by header name (<c>[Column("Soft Limit")]</c>), so that kernels that add
/// or move columns still parse, or by index; <see cref="HeaderColumnsAttribute"/> takes one value per header column
/// (one count per CPU). A file with no lines at all is an empty table: some kernels print no header for an empty
/// table.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class HeaderTableAttribute : Attribute
{
    /// <summary>The 0-based line holding the column names; lines before it are skipped (<c>slabinfo</c>'s version line).</summary>
    public int HeaderLine { get; set; }

    /// <summary>
    /// Columns are aligned under their names, which may contain single spaces (<c>{pid}/limits</c>:
    /// <c>Soft Limit</c>): names are separated by two or more blanks, and a row's field is the text under its name,
    /// from the name's first byte to the next name's, so that names with spaces and blank units both work.
    /// </summary>
    public bool Aligned { get; set; }
}

/// <summary>
/// Pairs of lines under one prefix, names then values (<c>net/snmp</c>, <c>net/netstat</c>:
/// <c>Tcp: ActiveOpens PassiveOpens …</c> / <c>Tcp: 120 7 …</c>). Counters are bound like keys of a key-value
/// file, named <c>Prefix.Name</c>: <c>[Key("Tcp.ActiveOpens")]</c>; <see cref="OtherKeysAttribute"/> collects the
/// rest (the dynamic <c>IcmpMsg.OutType3</c>). Names are matched, not positions, so kernels that add counters
/// still parse.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class PairedLinesAttribute : Attribute
{
}

/// <summary>
/// Blocks of lines, one record per block, read like rows (<see cref="ProcTable{TRow}"/>, streamed with
/// <see cref="ProcRowReader{TRow}"/>): <c>cpuinfo</c> (one block per processor, separated by blank lines),
/// <c>{pid}/smaps</c> (a <c>maps</c> line, then <c>Key: N kB</c> lines), <c>zoneinfo</c>, <c>mountstats</c>.
/// </summary>
/// <remarks>
/// A block's first line may be bound with <see cref="HeaderLineAttribute"/> (to a string, a columnar part or a row
/// declaration); the other lines are its body: <c>key: value</c> lines bound with <see cref="KeyAttribute"/> and
/// <see cref="OtherKeysAttribute"/> like a key-value file (a key whose line has no value and whose following lines
/// are indented deeper is a sub-block, parsed by the property's declared type), or the whole body bound with
/// <see cref="RestAttribute"/>.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class BlocksAttribute : Attribute
{
    /// <summary>Where one block ends and the next begins.</summary>
    public BlockStart Start { get; set; } = BlockStart.AfterBlankLine;

    /// <summary>The byte between key and value in the body (<c>':'</c>; <c>' '</c> for a run of blanks).</summary>
    public char Separator { get; set; } = ':';

    /// <summary>
    /// Blocks whose first line does not start with this text (after its indentation) are not records and are
    /// skipped (<c>md</c> in <c>mdstat</c> skips <c>Personalities :</c> and <c>unused devices:</c>). <c>null</c>:
    /// every block is one. With <see cref="BlockStart.PrefixedLine"/> it also starts the blocks.
    /// </summary>
    public string? HeaderPrefix { get; set; }

    /// <summary>
    /// A body line without <see cref="Separator"/> is split before its last blank-separated field instead:
    /// <c>pages free     3840</c> is the key <c>pages free</c> with the value <c>3840</c>, beside
    /// <c>protection: (0, 3018)</c> (<c>zoneinfo</c>). A line that is exactly a key bound to another declaration and
    /// has lines indented under it stays a title (<c>per-node stats</c>).
    /// </summary>
    public bool LastFieldValue { get; set; }

    /// <summary>
    /// Lines at the start of the file that belong to no block (a title and column headings: <c>net/ip_vs</c>'s
    /// version line and two heading lines).
    /// </summary>
    public int SkipLines { get; set; }
}

/// <summary>How a <see cref="BlocksAttribute"/> file is cut into blocks.</summary>
public enum BlockStart
{
    /// <summary>Blocks are separated by one or more blank lines (<c>cpuinfo</c>, <c>crypto</c>, <c>bus/input/devices</c>).</summary>
    AfterBlankLine,

    /// <summary>
    /// A block starts at each line that starts in the first column; indented lines and blank lines belong to the
    /// block above (<c>zoneinfo</c>'s <c>Node 0, zone DMA</c>, <c>mountstats</c>' <c>device …</c>, <c>mdstat</c>).
    /// </summary>
    UnindentedLine,

    /// <summary>
    /// A block starts at each line whose first field does not end with <c>':'</c>, that is each line that is not a
    /// <c>Key: value</c> line (<c>{pid}/smaps</c>: a <c>maps</c> line, then <c>Size:  4 kB</c> …).
    /// </summary>
    UnkeyedLine,

    /// <summary>
    /// A block starts at each line whose text, after its indentation, starts with
    /// <see cref="BlocksAttribute.HeaderPrefix"/>; every other line belongs to the block above, whatever its
    /// indentation (<c>zoneinfo</c>'s <c>pagesets</c>: a <c>cpu: N</c> line, its counters indented deeper, then its
    /// <c>vm stats threshold</c> indented less).
    /// </summary>
    PrefixedLine,

    /// <summary>
    /// A block starts at each line with the key of the block's first line (the text before its first <c>':'</c>):
    /// files that print one record after another with no blank line between (<c>{pid}/timers</c>: <c>ID:</c>,
    /// <c>signal:</c>, <c>notify:</c>, <c>ClockID:</c>, then the next <c>ID:</c>). Blank lines belong to the block.
    /// </summary>
    RepeatedFirstKey,
}
