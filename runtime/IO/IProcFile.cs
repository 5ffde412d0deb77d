using System;

namespace ProcGen;

/// <summary>How a <c>/proc</c> entry is read before parsing.</summary>
public enum ProcEntryKind
{
    /// <summary>A file whose content is parsed.</summary>
    File,

    /// <summary>A symbolic link whose target is parsed (<c>{pid}/exe</c>).</summary>
    SymbolicLink,
}

/// <summary>The format class of a declaration.</summary>
public enum ProcFileFormat
{
    KeyValue,
    Columnar,
    SingleValue,
    NulSeparated,
    SymbolicLink,

    /// <summary>Rows of fields without a header (<see cref="RowsAttribute"/>).</summary>
    Rows,

    /// <summary>A header line naming the columns, then rows (<see cref="HeaderTableAttribute"/>).</summary>
    HeaderTable,

    /// <summary>Pairs of name and value lines under one prefix (<see cref="PairedLinesAttribute"/>).</summary>
    PairedLines,

    /// <summary>Blocks of lines, one record each (<see cref="BlocksAttribute"/>).</summary>
    Blocks,
}

/// <summary>
/// Implemented by the generator for every <see cref="ProcFileAttribute"/> declaration; lets
/// <see cref="ProcFs"/> read any declared file generically and without delegates.
/// </summary>
public interface IProcFile<TSelf> where TSelf : IProcFile<TSelf>
{
    /// <summary>The declared path template, e.g. <c>{pid}/stat</c>.</summary>
    static abstract string PathTemplate { get; }

    static abstract ProcFileFormat Format { get; }

    static abstract ProcEntryKind EntryKind { get; }

    /// <summary>Parses the content (or link target); throws <see cref="ProcParseException"/> if it does not match.</summary>
    static abstract TSelf Parse(ReadOnlySpan<byte> utf8);
}

/// <summary>Parses content into a boxed record: the catalog's untyped entry point (CLI, <c>procgen check</c>).</summary>
public delegate object ProcBoxedParser(ReadOnlySpan<byte> utf8);

/// <summary>One declared file, as listed in a generated catalog.</summary>
public sealed record ProcFileInfo(string PathTemplate, ProcFileFormat Format, ProcEntryKind EntryKind, Type RecordType, ProcBoxedParser Parse)
{
    /// <summary>For a file of rows (<see cref="ProcTable{TRow}"/>), the declared row type; otherwise <c>null</c>.</summary>
    public Type? RowType => RecordType.IsGenericType && RecordType.GetGenericTypeDefinition() == typeof(ProcTable<>) ? RecordType.GetGenericArguments()[0] : null;

    /// <summary>The record type as a reader names it: <c>Meminfo</c>, <c>ProcTable&lt;MemoryMapping&gt;</c>.</summary>
    public string TypeName => RowType is { } row ? "ProcTable<" + row.Name + ">" : RecordType.Name;

    /// <summary>Whether the template has placeholders (<c>{pid}</c>, <c>{fd}</c>).</summary>
    public bool IsTemplate => PathTemplate.Contains('{');

    /// <summary>Whether <paramref name="relativePath"/> (e.g. <c>self/stat</c>, <c>42/fd/3</c>) is an instance of this template.</summary>
    public bool Matches(string relativePath) => ProcPathTemplate.Matches(PathTemplate, relativePath);
}
