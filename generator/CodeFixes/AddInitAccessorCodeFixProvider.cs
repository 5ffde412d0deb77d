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
/// PG0007: turns <c>{ get; }</c> into <c>{ get; init; }</c>. A property that is not nullable also becomes
/// <c>required</c> (from C# 11), as a field the parser requires must be (PG0019). Computed properties are left alone:
/// they have no field to initialise.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddInitAccessorCodeFixProvider)), Shared]
public sealed class AddInitAccessorCodeFixProvider : CodeFixProvider
{
    public const string Title = "Add 'init' accessor";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.PropertyNotSettable.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (SyntaxEdits.Find<PropertyDeclarationSyntax>(root, diagnostic) is not { AccessorList: { } accessors } property
                || accessors.Accessors.Count != 1
                || accessors.Accessors[0] is not { Body: null, ExpressionBody: null } getter
                || !getter.IsKind(SyntaxKind.GetAccessorDeclaration))
                continue;
            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => AddInitAsync(context.Document, property, cancellationToken), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static async Task<Document> AddInitAsync(Document document, PropertyDeclarationSyntax property, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);

        var getter = property.AccessorList!.Accessors[0];
        // { get; } → { get; init; }: the space after 'get;' moves after 'init;'.
        var init = SyntaxFactory.AccessorDeclaration(SyntaxKind.InitAccessorDeclaration)
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(getter.SemicolonToken.TrailingTrivia));
        var accessors = property.AccessorList.WithAccessors(SyntaxFactory.List(new[]
        {
            getter.WithSemicolonToken(getter.SemicolonToken.WithTrailingTrivia(SyntaxFactory.Space)), init,
        }));
        var updated = property.WithAccessorList(accessors);

        if (model?.GetDeclaredSymbol(property, cancellationToken) is { } symbol && !IsNullable(symbol.Type) && !symbol.IsRequired
            && property.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 })
            updated = SyntaxEdits.AddModifier(updated, SyntaxKind.RequiredKeyword, afterAccessibility: true);

        return document.WithSyntaxRoot(root!.ReplaceNode(property, updated));
    }

    internal static bool IsNullable(ITypeSymbol type)
        => type.NullableAnnotation == NullableAnnotation.Annotated
           || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
}
