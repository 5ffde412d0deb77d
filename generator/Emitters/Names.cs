using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace ProcGen.Generator.Emitters;

/// <summary>Identifiers and type references the generated code uses, named once.</summary>
internal static class Names
{
    public const string Runtime = "global::ProcGen.";
    public const string FieldParser = Runtime + "FieldParser";
    public const string ProcText = Runtime + "ProcText";
    public const string ParseException = Runtime + "ProcParseException";
    public const string ReadOnlySpan = "global::System.ReadOnlySpan<byte>";
    public const string SequenceEqual = "global::System.MemoryExtensions.SequenceEqual";
    public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"ProcGen.Generator\", \"" + ProcFileGenerator.Version + "\")]";

    /// <summary>The parameter holding the whole content: every error is located against it.</summary>
    public const string Content = "utf8";

    /// <summary>The parameter holding the slice a key-value, columnar or paired-lines parser reads.</summary>
    public const string Part = "part";

    private static readonly HashSet<string> s_reserved = new()
    {
        Content, Part, "position", "line", "key", "value", "field", "column", "other", "result", "row", "block", "bodyStart", "layout", "body", "header", "cursor", "fields", "pairs",
    };

    /// <summary>A local for a property: camelCase, never a keyword nor one of the parser's own locals.</summary>
    public static string Local(string propertyName)
    {
        var name = char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);
        if (s_reserved.Contains(name)) name += "Value";
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
            ? "@" + name
            : name;
    }

    /// <summary>A member name as written in generated code: <c>@class</c> for a property declared <c>@class</c>.</summary>
    public static string Member(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>A C# string literal, escaped.</summary>
    public static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>A C# UTF-8 string literal (<c>"MemTotal"u8</c>).</summary>
    public static string Utf8Literal(string text) => Literal(text) + "u8";

    /// <summary>A byte literal for an ASCII character, e.g. <c>(byte)':'</c>.</summary>
    public static string ByteLiteral(char c) => "(byte)" + SymbolDisplay.FormatLiteral(c, quote: true);
}
