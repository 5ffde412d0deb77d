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
    bool IsPublic,
    string PathTemplate,
    FileFormat Format,
    char Separator,
    string AccessorName,
    EquatableArray<PropertySpec> Properties)
{
    /// <summary>The generated file's hint name: unique per type, nested types included.</summary>
    public string HintName => (Namespace is null ? "" : Namespace + ".") + Hierarchy.QualifiedPrefix + TypeName + ".g.cs";
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
