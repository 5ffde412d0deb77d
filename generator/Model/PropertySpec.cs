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
    ValueSpec Value);

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
}
