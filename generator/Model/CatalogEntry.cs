using ProcGen.Generator.Helpers;

namespace ProcGen.Generator.Model;

/// <summary>One row of the generated catalog: what <c>procgen list</c> and <c>procgen read</c> need.</summary>
/// <remarks>
/// Models hold only strings, enums, primitives and <c>EquatableArray</c>: never an <c>ISymbol</c>,
/// <c>SyntaxNode</c>, <c>Location</c> or <c>Compilation</c>.
/// </remarks>
internal sealed record CatalogEntry(string PathTemplate, FileFormat Format, string FullyQualifiedName)
{
    /// <summary>One entry per path of the declaration.</summary>
    public static ProcGen.Generator.Helpers.EquatableArray<CatalogEntry> From(RecordSpec spec)
        => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(spec.Paths, p => new CatalogEntry(p.PathTemplate, spec.Format, spec.FullyQualifiedName))).ToEquatableArray();
}
