using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProcGen.CodeFixes;

/// <summary>Small trivia-preserving edits the fixes share.</summary>
internal static class SyntaxEdits
{
    /// <summary>The node a diagnostic's span sits on, widened to the first <typeparamref name="T"/> around it.</summary>
    public static T? Find<T>(SyntaxNode root, Diagnostic diagnostic) where T : SyntaxNode
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<T>().FirstOrDefault();

    /// <summary>
    /// Adds a modifier after the accessibility modifiers (<c>public required</c>), or last (<c>public sealed partial</c>),
    /// moving leading trivia when it becomes the first token of the declaration's modifiers.
    /// </summary>
    public static SyntaxTokenList AddModifier(SyntaxTokenList modifiers, SyntaxKind kind, bool afterAccessibility, out bool first)
    {
        int at = modifiers.Count;
        if (afterAccessibility)
        {
            at = 0;
            for (int i = 0; i < modifiers.Count; i++)
                if (modifiers[i].Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword)
                    at = i + 1;
        }
        first = modifiers.Count == 0;
        var token = SyntaxFactory.Token(kind).WithTrailingTrivia(SyntaxFactory.Space);
        if (at == 0 && modifiers.Count > 0)
        {
            // Becomes the first modifier: take over the old first one's leading trivia (indentation, comments).
            token = token.WithLeadingTrivia(modifiers[0].LeadingTrivia);
            modifiers = modifiers.Replace(modifiers[0], modifiers[0].WithLeadingTrivia());
        }
        return modifiers.Insert(at, token);
    }

    /// <summary>Adds a modifier to a type; when it had none, the modifier takes the keyword's leading trivia.</summary>
    public static TypeDeclarationSyntax AddModifier(TypeDeclarationSyntax type, SyntaxKind kind, bool afterAccessibility)
    {
        var modifiers = AddModifier(type.Modifiers, kind, afterAccessibility, out bool first);
        if (!first) return type.WithModifiers(modifiers);
        var keyword = type.Keyword;
        return type.WithKeyword(keyword.WithLeadingTrivia())
            .WithModifiers(SyntaxFactory.TokenList(modifiers[0].WithLeadingTrivia(keyword.LeadingTrivia)));
    }

    /// <summary>Adds a modifier to a property; when it had none, the modifier takes the type's leading trivia.</summary>
    public static PropertyDeclarationSyntax AddModifier(PropertyDeclarationSyntax property, SyntaxKind kind, bool afterAccessibility)
    {
        var modifiers = AddModifier(property.Modifiers, kind, afterAccessibility, out bool first);
        if (!first) return property.WithModifiers(modifiers);
        var type = property.Type;
        return property.WithType(type.WithLeadingTrivia())
            .WithModifiers(SyntaxFactory.TokenList(modifiers[0].WithLeadingTrivia(type.GetLeadingTrivia())));
    }

    /// <summary>Removes a modifier; what came before it (its leading trivia) stays in place on the next token.</summary>
    public static PropertyDeclarationSyntax RemoveModifier(PropertyDeclarationSyntax property, SyntaxKind kind)
    {
        int index = property.Modifiers.IndexOf(kind);
        if (index < 0) return property;
        var removed = property.Modifiers[index];
        var modifiers = property.Modifiers.RemoveAt(index);
        if (index < modifiers.Count)
            return property.WithModifiers(modifiers.Replace(modifiers[index], modifiers[index].WithLeadingTrivia(removed.LeadingTrivia.AddRange(modifiers[index].LeadingTrivia))));
        return property.WithModifiers(modifiers)
            .WithType(property.Type.WithLeadingTrivia(removed.LeadingTrivia.AddRange(property.Type.GetLeadingTrivia())));
    }
}
