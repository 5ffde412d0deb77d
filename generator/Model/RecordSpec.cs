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
    /// <summary>The generated file's hint name: unique per type, nested types included.</summary>
    public string HintName => (Namespace is null ? "" : Namespace + ".") + Hierarchy.QualifiedPrefix + TypeName + ".g.cs";
}

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
}
