using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProcGen.Generator.Diagnostics;

namespace ProcGen.CodeFixes;

/// <summary>
/// PG0006 on a column index: renumbers the columns in declaration order, the usual repair after a field was inserted
/// between two others. Each <c>[Column(n)]</c> (and a <c>[Rest(n)]</c>) keeps its index or moves just past the one
/// declared before it, so gaps (fields nobody needs) stay gaps. Offered only when the columns are declared in
/// ascending order, the only case where "declaration order" says what the author meant.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenumberColumnsCodeFixProvider)), Shared]
public sealed class RenumberColumnsCodeFixProvider : CodeFixProvider
{
    public const string Title = "Renumber the columns in declaration order";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateBinding.Id);

    // Renumbering is one edit of the whole declaration: applying it per diagnostic in a batch would conflict.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeArgumentSyntax>() is not { } argument
                || argument.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type
                || !IsIndexOf(model, argument, "ProcGen.ColumnAttribute", context.CancellationToken))
                continue;
            var renumbered = Renumber(model, type, context.CancellationToken);
            if (renumbered.Count == 0) continue;
            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => ApplyAsync(context.Document, renumbered, cancellationToken), equivalenceKey: Title),
                diagnostic);
        }
    }

    /// <summary>The index literals that change and their new values; empty when the fix does not apply.</summary>
    private static Dictionary<ExpressionSyntax, int> Renumber(SemanticModel model, TypeDeclarationSyntax type, CancellationToken cancellationToken)
    {
        var indices = new List<(ExpressionSyntax Expression, int Index)>();
        foreach (var attribute in type.Members.OfType<PropertyDeclarationSyntax>().SelectMany(p => p.AttributeLists).SelectMany(l => l.Attributes))
        {
            if (attribute.ArgumentList is not { Arguments: { Count: 1 } arguments } || arguments[0].NameEquals is not null) continue;
            var argument = arguments[0];
            if (!IsIndexOf(model, argument, "ProcGen.ColumnAttribute", cancellationToken) && !IsIndexOf(model, argument, "ProcGen.RestAttribute", cancellationToken))
                continue;
            if (model.GetConstantValue(argument.Expression, cancellationToken) is not { HasValue: true, Value: int index } || index < 0)
                return new();
            indices.Add((argument.Expression, index));
        }

        var changes = new Dictionary<ExpressionSyntax, int>();
        for (int i = 1; i < indices.Count; i++)
            if (indices[i].Index < indices[i - 1].Index)
                return changes;  // not in ascending order: the author's intent is unclear
        int next = 0;
        foreach (var (expression, index) in indices)
        {
            int renumbered = System.Math.Max(index, next);
            if (renumbered != index) changes[expression] = renumbered;
            next = renumbered + 1;
        }
        return changes;
    }

    private static bool IsIndexOf(SemanticModel model, AttributeArgumentSyntax argument, string attributeName, CancellationToken cancellationToken)
        => argument.Parent?.Parent is AttributeSyntax attribute
           && model.GetSymbolInfo(attribute, cancellationToken).Symbol is IMethodSymbol constructor
           && constructor.ContainingType.ToDisplayString() == attributeName
           && constructor.Parameters.Length == 1
           && constructor.Parameters[0].Type.SpecialType == SpecialType.System_Int32;

    private static async Task<Document> ApplyAsync(Document document, Dictionary<ExpressionSyntax, int> changes, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var updated = root!.ReplaceNodes(changes.Keys, (original, _) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(changes[original]))
                .WithTriviaFrom(original));
        return document.WithSyntaxRoot(updated);
    }
}
