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

/// <summary>
/// PG0019: a non-nullable property whose field the parser requires, not declared <c>required</c>: make it nullable
/// (the field may be absent: the usual intent) or add <c>required</c>. PG0020: a nullable, optional field's property
/// declared <c>required</c>: remove <c>required</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequiredModifierCodeFixProvider)), Shared]
public sealed class RequiredModifierCodeFixProvider : CodeFixProvider
{
    public const string MakeNullableKey = "MakeNullable";
    public const string AddRequiredKey = "AddRequired";
    public const string RemoveRequiredKey = "RemoveRequired";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.RequiredFieldNotRequired.Id, DiagnosticDescriptors.OptionalFieldDeclaredRequired.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (SyntaxEdits.Find<PropertyDeclarationSyntax>(root, diagnostic) is not { } property) continue;
            string name = property.Identifier.ValueText;
            if (diagnostic.Id == DiagnosticDescriptors.RequiredFieldNotRequired.Id)
            {
                if (property.Type is not NullableTypeSyntax)
                    Register(context, diagnostic, property, $"Make '{name}' nullable (the field may be absent)", MakeNullableKey,
                        p => p.WithType(SyntaxFactory.NullableType(p.Type.WithoutTrailingTrivia()).WithTrailingTrivia(p.Type.GetTrailingTrivia())));
                if (!property.Modifiers.Any(SyntaxKind.RequiredKeyword))
                    Register(context, diagnostic, property, $"Add 'required' to '{name}' (the field is always there)", AddRequiredKey,
                        p => SyntaxEdits.AddModifier(p, SyntaxKind.RequiredKeyword, afterAccessibility: true));
            }
            else if (property.Modifiers.Any(SyntaxKind.RequiredKeyword))
            {
                Register(context, diagnostic, property, $"Remove 'required' from '{name}'", RemoveRequiredKey,
                    p => SyntaxEdits.RemoveModifier(p, SyntaxKind.RequiredKeyword));
            }
        }
    }

    private static void Register(CodeFixContext context, Diagnostic diagnostic, PropertyDeclarationSyntax property, string title, string key,
        System.Func<PropertyDeclarationSyntax, PropertyDeclarationSyntax> edit)
    {
        var document = context.Document;
        context.RegisterCodeFix(CodeAction.Create(title, cancellationToken => ApplyAsync(document, property, edit, cancellationToken), equivalenceKey: key), diagnostic);
    }

    private static async Task<Document> ApplyAsync(Document document, PropertyDeclarationSyntax property,
        System.Func<PropertyDeclarationSyntax, PropertyDeclarationSyntax> edit, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(root!.ReplaceNode(property, edit(property)));
    }
}
