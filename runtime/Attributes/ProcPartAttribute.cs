using System;

namespace ProcGen;

/// <summary>
/// Declares a piece of a <c>/proc</c> file rather than a file: a block, a line or a value that other declarations
/// use as a property type. Composition is how nested files are declared: <c>mountstats</c>' <c>events:</c> counters
/// are a <see cref="ColumnarAttribute"/> part, its <c>per-op statistics</c> a <see cref="RowsAttribute"/> part, and
/// the NFS block a key-value declaration whose properties have those types.
/// </summary>
/// <remarks>
/// A part carries one format attribute, like a file, and gets the same parser (<c>Parse</c>, or <c>ParseRow</c> for
/// rows), but no path, accessor or catalog entry. Any declaration, part or file, may be used as a property type:
/// <list type="bullet">
/// <item>a key-value, columnar or paired-lines declaration is parsed from the property's text: a key's value, a
/// column, the rest of a line; for a key whose line has no value, from the lines indented below it;</item>
/// <item>a rows, header-table or blocks declaration is one row when the property has its type (a block's
/// <see cref="HeaderLineAttribute"/>), and a table when the property is an <c>IReadOnlyList&lt;T&gt;</c> or
/// <see cref="ProcTable{TRow}"/> of it.</item>
/// </list>
/// Errors inside a part are located in the whole file: its line and column, not the part's.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ProcPartAttribute : Attribute
{
}
