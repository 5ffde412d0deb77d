using Microsoft.CodeAnalysis;

namespace ProcGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic ProcGen reports, in one place. IDs are stable; each is documented in
/// <c>docs/diagnostics.md</c> with a bad and a fixed example, and tracked in <c>AnalyzerReleases.*.md</c>.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Category = "ProcGen";
    private const string HelpBase = "https://github.com/procgen/procgen/blob/main/docs/diagnostics.md#";

    private static DiagnosticDescriptor Error(string id, string title, string format)
        => new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string format)
        => new(id, title, format, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    /// <summary>Format: <c>'{0}' must be declared partial so that ProcGen can add its parser</c>.</summary>
    public static readonly DiagnosticDescriptor TypeNotPartial = Error(
        "PG0001", "Declaration must be partial",
        "'{0}' must be declared partial so that ProcGen can add its parser");

    /// <summary>Format: <c>'{0}' is nested in '{1}', which must also be declared partial</c>.</summary>
    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error(
        "PG0002", "Containing type must be partial",
        "'{0}' is nested in '{1}', which must also be declared partial");

    /// <summary>Format: <c>'{0}' needs exactly one format attribute ([KeyValue], [Columnar], [SingleValue], [NulSeparated] or [SymbolicLink]); it has {1}</c>.</summary>
    public static readonly DiagnosticDescriptor FormatAttributeCount = Error(
        "PG0003", "Exactly one format attribute is required",
        "'{0}' needs exactly one format attribute ([KeyValue], [Columnar], [SingleValue], [NulSeparated] or [SymbolicLink]); it has {1}");

    /// <summary>Format: <c>'{0}' is not a valid path template: {1}</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidPathTemplate = Error(
        "PG0004", "Invalid path template",
        "'{0}' is not a valid path template: {1}");

    /// <summary>Format: <c>Property '{0}' has type '{1}', which {2} cannot produce; supported: {3}</c>.</summary>
    public static readonly DiagnosticDescriptor UnsupportedPropertyType = Error(
        "PG0005", "Unsupported property type",
        "Property '{0}' has type '{1}', which {2} cannot produce; supported: {3}");

    /// <summary>Format: <c>{0} is bound by both '{1}' and '{2}'</c>.</summary>
    public static readonly DiagnosticDescriptor DuplicateBinding = Error(
        "PG0006", "Duplicate key or column",
        "{0} is bound by both '{1}' and '{2}'");

    /// <summary>Format: <c>Property '{0}' is bound but has no init or set accessor</c>.</summary>
    public static readonly DiagnosticDescriptor PropertyNotSettable = Error(
        "PG0007", "Bound property needs an init accessor",
        "Property '{0}' is bound but has no init or set accessor");

    /// <summary>Format: <c>Property '{0}' has no {1} attribute and will not be parsed</c>.</summary>
    public static readonly DiagnosticDescriptor UnboundProperty = Warning(
        "PG0008", "Settable property is not bound",
        "Property '{0}' has no {1} attribute and will not be parsed");

    /// <summary>Format: <c>{0} is not valid here: {1}</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidAttributeArgument = Error(
        "PG0009", "Invalid attribute argument",
        "{0} is not valid here: {1}");

    /// <summary>Format: <c>[{0}] cannot be used in a {1} declaration; use {2}</c>.</summary>
    public static readonly DiagnosticDescriptor BindingNotValidForFormat = Error(
        "PG0010", "Binding attribute does not fit the format",
        "[{0}] cannot be used in a {1} declaration; use {2}");

    /// <summary>Format: <c>A {0} declaration has exactly one settable property, which receives the whole content; '{1}' has {2}</c>.</summary>
    public static readonly DiagnosticDescriptor ContentPropertyCount = Error(
        "PG0011", "Whole-content formats need exactly one property",
        "A {0} declaration has exactly one settable property, which receives the whole content; '{1}' has {2}");

    /// <summary>Format: <c>[{0}] on '{1}' needs an integer property, not '{2}'</c>.</summary>
    public static readonly DiagnosticDescriptor NumberAttributeOnNonInteger = Error(
        "PG0012", "Unit or base on a non-integer property",
        "[{0}] on '{1}' needs an integer property, not '{2}'");

    /// <summary>Format: <c>Enum '{0}' has no member marked [ProcToken], so no text can be mapped to it</c>.</summary>
    public static readonly DiagnosticDescriptor EnumWithoutTokens = Error(
        "PG0013", "Enum has no tokens",
        "Enum '{0}' has no member marked [ProcToken], so no text can be mapped to it");

    /// <summary>Format: <c>Column {0} of '{1}' is optional (nullable), but column {2} after it is required; only trailing columns may be optional</c>.</summary>
    public static readonly DiagnosticDescriptor OptionalColumnBeforeRequired = Error(
        "PG0014", "Optional column before a required one",
        "Column {0} of '{1}' is optional (nullable), but column {2} after it is required; only trailing columns may be optional");

    /// <summary>Format: <c>'{0}' is generic or nested in a generic type; a /proc file has one shape, so declarations cannot be generic</c>.</summary>
    public static readonly DiagnosticDescriptor GenericDeclaration = Error(
        "PG0016", "Declarations cannot be generic",
        "'{0}' is generic or nested in a generic type; a /proc file has one shape, so declarations cannot be generic");

    /// <summary>Format: <c>Key '{0}' contains the separator or whitespace and can never match</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidKey = Error(
        "PG0015", "Key can never match",
        "Key '{0}' contains the separator or whitespace and can never match");
}
