using ProcGen.Generator.Helpers;

namespace ProcGen.Generator.Model;

/// <summary>How the text of one field or value becomes a property value.</summary>
/// <remarks>
/// Models hold only strings, enums, primitives and <see cref="EquatableArray{T}"/>: never an <c>ISymbol</c>,
/// <c>SyntaxNode</c>, <c>Location</c> or <c>Compilation</c>.
/// </remarks>
/// <param name="TypeName">The fully qualified type without nullability, e.g. <c>ulong</c>, <c>global::ProcGen.IdSet</c>.</param>
/// <param name="Element">For arrays and dictionaries: the element (dictionary value) type.</param>
/// <param name="IsValueType">Whether the (non-nullable) type is a struct: decides how a generated parser holds it before the record exists.</param>
internal sealed record ValueSpec(
    ValueKind Kind,
    string TypeName,
    bool IsNullable,
    NumberBase Base,
    bool Kilobytes,
    EquatableArray<EnumToken> EnumTokens,
    string? EnumFallback,
    ValueSpec? Element,
    bool IsValueType = false)
{
    /// <summary>The type as a property declares it, <c>?</c> included.</summary>
    public string DeclaredTypeName => IsNullable ? TypeName + "?" : TypeName;

    /// <summary>What an error says was expected, e.g. <c>an unsigned integer</c>.</summary>
    public string Description => Kind switch
    {
        ValueKind.Integer when Kilobytes => "a size in kB",
        ValueKind.Integer => Base switch
        {
            NumberBase.Hex => "a hexadecimal integer (" + TypeName + ")",
            NumberBase.Octal => "an octal integer (" + TypeName + ")",
            _ when TypeName is "byte" or "ushort" or "uint" or "ulong" => "an unsigned integer (" + TypeName + ")",
            _ => "an integer (" + TypeName + ")",
        },
        ValueKind.Double => "a decimal number",
        ValueKind.Boolean => "0/1 or yes/no",
        ValueKind.String => "text",
        ValueKind.Enum => "one of " + string.Join(", ", TokenList()),
        ValueKind.ProcValue => Article(ShortTypeName) + " " + ShortTypeName,
        ValueKind.Array => "blank-separated items, each " + (Element?.Description ?? "a value"),
        ValueKind.Part or ValueKind.Row => Article(ShortTypeName) + " " + ShortTypeName,
        ValueKind.Table => "rows of " + (Element?.TypeName.Substring(Element.TypeName.LastIndexOf('.') + 1) ?? "a table"),
        _ => "a value",
    };

    private static string Article(string word) => word.Length > 0 && "AEIOUaeiou".IndexOf(word[0]) >= 0 ? "an" : "a";

    private string ShortTypeName => TypeName.Substring(TypeName.LastIndexOf('.') + 1);

    private System.Collections.Generic.IEnumerable<string> TokenList()
    {
        foreach (var token in EnumTokens) yield return "'" + token.Token + "'";
    }
}

internal enum ValueKind
{
    Integer,
    Double,
    Boolean,
    String,
    Enum,

    /// <summary>A type implementing <c>ProcGen.IProcValue&lt;T&gt;</c>: parses itself.</summary>
    ProcValue,

    /// <summary>Blank-separated items: <c>T[]</c>, <c>IReadOnlyList&lt;T&gt;</c>.</summary>
    Array,

    /// <summary><c>IReadOnlyDictionary&lt;string, T&gt;</c> for <c>[OtherKeys]</c>.</summary>
    Dictionary,

    /// <summary><c>EnvironmentVariable[]</c> from NUL-separated <c>NAME=value</c> items.</summary>
    EnvironmentVariables,

    /// <summary>A key-value, columnar or paired-lines declaration, parsed from a slice of the file (<c>IProcPart&lt;T&gt;</c>).</summary>
    Part,

    /// <summary>One row of a rows, header-table or blocks declaration.</summary>
    Row,

    /// <summary><c>IReadOnlyList&lt;T&gt;</c> or <c>ProcTable&lt;T&gt;</c> of a row declaration: every row of a slice.</summary>
    Table,

    /// <summary><c>IReadOnlyDictionary&lt;int, T&gt;</c> for <c>[IndexedKey]</c>.</summary>
    IndexedDictionary,

    /// <summary><c>IReadOnlyList&lt;T&gt;</c> for <c>[RepeatedKey]</c>: one element per line of the key.</summary>
    RepeatedList,
}

internal enum NumberBase
{
    Decimal,
    Hex,
    Octal,
}

/// <summary>An enum member and the text the kernel prints for it.</summary>
internal sealed record EnumToken(string Token, string Member);
