namespace ProcGen.Generator.Model;

/// <summary>One bound property of a declaration and how its text becomes a value.</summary>
/// <remarks>
/// Models hold only strings, enums, primitives and <c>EquatableArray</c>: never an <c>ISymbol</c>,
/// <c>SyntaxNode</c>, <c>Location</c> or <c>Compilation</c>.
/// </remarks>
/// <param name="Key">The key for <see cref="Binding.Key"/>.</param>
/// <param name="Column">The 0-based field for <see cref="Binding.Column"/>.</param>
/// <param name="EncloseOpen">For an enclosed column, its opening bracket; <c>'\0'</c> otherwise.</param>
internal sealed record PropertySpec(
    string Name,
    Binding Binding,
    string? Key,
    int Column,
    char EncloseOpen,
    char EncloseClose,
    ValueSpec Value)
{
    /// <summary>How the field is read beyond its index: header name, null token, suffix, escapes …</summary>
    public FieldOptions Options { get; init; } = FieldOptions.None;

    /// <summary>Whether the field may be missing from the end of a line (a column newer kernels add).</summary>
    public bool IsOptionalTrailing => Value.IsNullable && Options.NullToken is null;
}

/// <summary>The per-field attributes of columnar, row and table declarations.</summary>
/// <remarks>
/// Models hold only strings, enums, primitives and <c>EquatableArray</c>: never an <c>ISymbol</c>,
/// <c>SyntaxNode</c>, <c>Location</c> or <c>Compilation</c>.
/// </remarks>
/// <param name="ColumnName">For a column bound by header name: the name.</param>
/// <param name="NullToken">The text that means null (<c>-</c>, <c>unlimited</c>).</param>
/// <param name="Suffix">Text the field ends with that is not part of the value (<c>:</c>).</param>
/// <param name="Escaped">Whether a string is printed with octal escapes (<c>\040</c>).</param>
/// <param name="OptionalToken">For a <c>bool</c> column: the literal that is either there or not (<c>-&gt;</c>).</param>
/// <param name="Terminator">For an array column: the field that ends it (<c>-</c> in <c>mountinfo</c>).</param>
/// <param name="HeaderColumns">For an array column: one value per header column.</param>
/// <param name="Prefix">Text the field starts with that is not part of the value (<c>Number=</c>).</param>
/// <param name="OutdentedKey">For a key read from the lines under it: a key whose lines belong to them though not indented deeper.</param>
internal sealed record FieldOptions(
    string? ColumnName,
    string? NullToken,
    string? Suffix,
    bool Escaped,
    string? OptionalToken,
    string? Terminator,
    bool HeaderColumns,
    string? Prefix = null,
    string? OutdentedKey = null)
{
    public static readonly FieldOptions None = new(null, null, null, false, null, null, false);
}

internal enum Binding
{
    /// <summary>A named key of a key-value file.</summary>
    Key,

    /// <summary>The catch-all dictionary of keys no other property names.</summary>
    OtherKeys,

    /// <summary>A field of a columnar line, by index.</summary>
    Column,

    /// <summary>The whole content (single value, NUL-separated list, link target).</summary>
    Content,

    /// <summary>The rest of a line after the last column.</summary>
    Rest,

    /// <summary>The title of the section a row is in.</summary>
    Section,

    /// <summary>The number of blanks before a row's first field.</summary>
    Indentation,

    /// <summary>The first line of a block.</summary>
    HeaderLine,

    /// <summary>Keys made of a name and a number (<c>cpu0</c>), collected by number; the name is in <c>Key</c>.</summary>
    IndexedKey,

    /// <summary>A key printed on several lines (<c>tfd</c> in an epoll's fdinfo), every value in order; the name is in <c>Key</c>.</summary>
    RepeatedKey,
}
