namespace ProcGen.Generator.Model;

/// <summary>One row of the generated catalog: what <c>procgen list</c> and <c>procgen read</c> need.</summary>
/// <remarks>
/// Models hold only strings, enums, primitives and <c>EquatableArray</c>: never an <c>ISymbol</c>,
/// <c>SyntaxNode</c>, <c>Location</c> or <c>Compilation</c>.
/// </remarks>
internal sealed record CatalogEntry(string PathTemplate, FileFormat Format, string FullyQualifiedName)
{
    public static CatalogEntry From(RecordSpec spec) => new(spec.PathTemplate, spec.Format, spec.FullyQualifiedName);
}
