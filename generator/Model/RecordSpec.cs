using ProcGen.Generator.Helpers;

namespace ProcGen.Generator.Model;

/// <summary>One declaration: everything the emitters need to write its parser and accessors.</summary>
/// <param name="Keyword">How the type is declared: <c>record</c>, <c>record struct</c>, <c>class</c> or <c>struct</c>.</param>
/// <remarks>
/// Models hold only strings, enums, primitives and <see cref="EquatableArray{T}"/>: never an <c>ISymbol</c>,
/// <c>SyntaxNode</c>, <c>Location</c> or <c>Compilation</c>. Anything else breaks incremental caching (a model
/// that compares unequal on every edit regenerates on every keystroke) or roots old compilations in memory.
/// </remarks>
internal sealed record RecordSpec(
    string? Namespace,
    string TypeName,
    string FullyQualifiedName,
    TypeHierarchy Hierarchy,
    string Keyword,
    bool IsValueType,
    Visibility Visibility,
    string PathTemplate,
    FileFormat Format,
    char Separator,
    string AccessorName,
    EquatableArray<PropertySpec> Properties)
{
    /// <summary>For rows and header tables: the lines before the rows and how they are read.</summary>
    public TableSpec Table { get; init; } = TableSpec.None;

    /// <summary>Single value: the content is binary (<c>{pid}/auxv</c>) and reaches the value's parser untrimmed.</summary>
    public bool Binary { get; init; }

    /// <summary>Further paths with the same format (<c>net/tcp6</c> besides <c>net/tcp</c>), each with its accessor.</summary>
    public EquatableArray<PathSpec> OtherPaths { get; init; } = EquatableArray<PathSpec>.Empty;

    /// <summary>Every path of the declaration, the primary first.</summary>
    public System.Collections.Generic.IEnumerable<PathSpec> Paths
    {
        get
        {
            yield return new PathSpec(PathTemplate, AccessorName);
            foreach (var other in OtherPaths) yield return other;
        }
    }

    /// <summary>Whether the declaration is one row of a file (rows, header table) rather than the whole file.</summary>
    public bool IsRow => Format is FileFormat.Rows or FileFormat.HeaderTable or FileFormat.Blocks;

    /// <summary>A <c>[ProcPart]</c>: a piece of files, with a parser but no path, accessor or catalog entry.</summary>
    public bool IsPart => PathTemplate.Length == 0;

    /// <summary>Whether the declaration parses a slice of a file (<c>IProcPart&lt;T&gt;</c>): key-value, columnar, paired lines.</summary>
    public bool IsSliceParser => Format is FileFormat.KeyValue or FileFormat.Columnar or FileFormat.PairedLines;

    /// <summary>The generated file's hint name: unique per type, nested types included.</summary>
    public string HintName => (Namespace is null ? "" : Namespace + ".") + Hierarchy.QualifiedPrefix + TypeName + ".g.cs";
}

/// <summary>One path of a declaration and the name of its accessor.</summary>
/// <remarks>
/// Models hold only strings, enums, primitives and <see cref="EquatableArray{T}"/>: never an <c>ISymbol</c>,
/// <c>SyntaxNode</c>, <c>Location</c> or <c>Compilation</c>.
/// </remarks>
internal sealed record PathSpec(string PathTemplate, string AccessorName);

/// <summary>How far a declaration is visible, which decides the accessors' modifiers.</summary>
internal enum Visibility
{
    /// <summary>Public, and so are all containing types.</summary>
    Public,

    /// <summary>Visible in the assembly: internal somewhere in its chain, private nowhere.</summary>
    Internal,

    /// <summary>Private or protected somewhere in its chain: no namespace-level accessor or catalog entry can name it.</summary>
    Nested,
}

/// <summary>The format class named by the declaration's format attribute.</summary>
internal enum FileFormat
{
    KeyValue,
    Columnar,
    SingleValue,
    NulSeparated,
    SymbolicLink,
    Rows,
    HeaderTable,
    PairedLines,
    Blocks,
}

/// <summary>The options of a <c>[Rows]</c> or <c>[HeaderTable]</c> declaration.</summary>
/// <remarks>
/// Models hold only strings, enums, primitives and <see cref="EquatableArray{T}"/>: never an <c>ISymbol</c>,
/// <c>SyntaxNode</c>, <c>Location</c> or <c>Compilation</c>.
/// </remarks>
/// <param name="SkipLines">Rows: lines before the first row. Blocks: lines before the first block. Key-value: lines before the first key.</param>
/// <param name="HeaderLine">Header tables: the 0-based line naming the columns.</param>
/// <param name="Aligned">Header tables: fields are cut under the header's names.</param>
/// <param name="Sections">Rows: title lines ending in <c>:</c> open sections.</param>
internal sealed record TableSpec(int SkipLines, int HeaderLine, bool Aligned, bool Sections)
{
    public static readonly TableSpec None = new(0, 0, false, false);

    /// <summary>Rows: the text of a line that stands for "no rows" (<c>No DMA</c>), or <c>null</c>.</summary>
    public string? NoRowsText { get; init; }

    /// <summary>Blocks: the <c>ProcGen.BlockStart</c> member that cuts the file into blocks.</summary>
    public string BlockStart { get; init; } = "AfterBlankLine";

    /// <summary>Blocks: the text a block's first line must start with to be a record, or <c>null</c>.</summary>
    public string? HeaderPrefix { get; init; }

    /// <summary>Blocks: a body line without the separator is split before its last field (<c>pages free  3840</c>).</summary>
    public bool LastFieldValue { get; init; }

    /// <summary>Key-value: lines without the separator are not keys and are skipped (<c>{pid}/sched</c>'s NUMA lines).</summary>
    public bool SkipUnkeyedLines { get; init; }
}
