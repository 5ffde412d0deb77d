using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ProcGen.Generator.Helpers;

namespace ProcGen.Generator.Diagnostics;

/// <summary>
/// A diagnostic waiting to be reported, kept equatable: the tree and span rather than a <c>Location</c>, which
/// would compare unequal after any edit and, rebuilt as an external location, escape <c>#pragma</c> suppression.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, SyntaxTree? Tree, TextSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
        => new(descriptor, location?.SourceTree, location?.SourceSpan ?? default, new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(Descriptor, Tree is null ? Location.None : Location.Create(Tree, Span), [.. Arguments]);
}
