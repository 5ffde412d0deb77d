using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProcGen.Generator.Diagnostics;

namespace ProcGen.CodeFixes;

/// <summary>PG0001, PG0002: adds <c>partial</c> to the declaration, or to the type it is nested in.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFixProvider)), Shared]
public sealed class AddPartialCodeFixProvider : CodeFixProvider
{
    public const string Title = "Add 'partial'";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.TypeNotPartial.Id, DiagnosticDescriptors.ContainingTypeNotPartial.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            // Both diagnostics sit on the name of the type that lacks the modifier.
            if (SyntaxEdits.Find<TypeDeclarationSyntax>(root, diagnostic) is not { } type || type.Modifiers.Any(SyntaxKind.PartialKeyword))
                continue;
            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => AddPartialAsync(context.Document, type, cancellationToken), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static async Task<Document> AddPartialAsync(Document document, TypeDeclarationSyntax type, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        // 'partial' goes last, right before 'class'/'record'/'struct', where every C# version accepts it.
        return document.WithSyntaxRoot(root!.ReplaceNode(type, SyntaxEdits.AddModifier(type, SyntaxKind.PartialKeyword, afterAccessibility: false)));
    }
}
