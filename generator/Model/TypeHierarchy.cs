using ProcGen.Generator.Helpers;

namespace ProcGen.Generator.Model;

/// <summary>
/// The types a declaration is nested in, outermost first, as keyword and name (<c>partial class Outer</c>), so
/// the emitter can reopen them without walking syntax again.
/// </summary>
/// <remarks>
/// Models hold only strings, enums, primitives and <see cref="EquatableArray{T}"/>: never an <c>ISymbol</c>,
/// <c>SyntaxNode</c>, <c>Location</c> or <c>Compilation</c>.
/// </remarks>
internal sealed record TypeHierarchy(EquatableArray<ContainingType> ContainingTypes)
{
    public static readonly TypeHierarchy None = new(EquatableArray<ContainingType>.Empty);

    /// <summary><c>Outer.Inner.</c> for hint names; empty when not nested.</summary>
    public string QualifiedPrefix
    {
        get
        {
            var prefix = "";
            foreach (var type in ContainingTypes) prefix += type.Name + ".";
            return prefix;
        }
    }
}

/// <param name="Keyword"><c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</param>
/// <param name="Name">The name with its type parameter list, e.g. <c>Outer&lt;T&gt;</c>.</param>
internal sealed record ContainingType(string Keyword, string Name);
