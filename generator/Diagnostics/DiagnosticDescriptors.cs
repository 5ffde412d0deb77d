using Microsoft.CodeAnalysis;

namespace ProcGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic ProcGen reports, in one place. IDs are stable; each is documented in
/// <c>docs/diagnostics.md</c> with a bad and a fixed example, and tracked in <c>AnalyzerReleases.*.md</c>.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary>The category of every ProcGen diagnostic.</summary>
    public const string Category = "ProcGen";

    /// <summary>Where the help links point: the diagnostic's section of <c>docs/diagnostics.md</c>.</summary>
    public const string HelpBase = "https://github.com/procgen/procgen/blob/main/docs/diagnostics.md#";

    private static DiagnosticDescriptor Error(string id, string title, string format)
        => new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string format)
        => new(id, title, format, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    /// <summary>Format: <c>'{0}' must be declared partial so that ProcGen can add its parser</c>. At the type's name.</summary>
    public static readonly DiagnosticDescriptor TypeNotPartial = Error(
        "PG0001", "Declaration must be partial",
        "'{0}' must be declared partial so that ProcGen can add its parser");

    /// <summary>Format: <c>'{0}' is nested in '{1}', which must also be declared partial</c>. At the containing type's name.</summary>
    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error(
        "PG0002", "Containing type must be partial",
        "'{0}' is nested in '{1}', which must also be declared partial");

    /// <summary>
    /// Format: <c>'{0}' needs exactly one format attribute ([KeyValue], [Columnar], [SingleValue], [NulSeparated],
    /// [SymbolicLink], [Rows], [HeaderTable], [PairedLines] or [Blocks]); it has {1}</c>. At the type's name (none) or the second format attribute.
    /// </summary>
    public static readonly DiagnosticDescriptor FormatAttributeCount = Error(
        "PG0003", "Exactly one format attribute is required",
        "'{0}' needs exactly one format attribute ([KeyValue], [Columnar], [SingleValue], [NulSeparated], [SymbolicLink], [Rows], [HeaderTable], [PairedLines] or [Blocks]); it has {1}");

    /// <summary>Format: <c>'{0}' is not a valid path template: {1}</c>. At the path argument.</summary>
    public static readonly DiagnosticDescriptor InvalidPathTemplate = Error(
        "PG0004", "Invalid path template",
        "'{0}' is not a valid path template: {1}");

    /// <summary>Format: <c>Property '{0}' has type '{1}', which {2} cannot produce; supported: {3}</c>. At the property's name.</summary>
    public static readonly DiagnosticDescriptor UnsupportedPropertyType = Error(
        "PG0005", "Unsupported property type",
        "Property '{0}' has type '{1}', which {2} cannot produce; supported: {3}");

    /// <summary>Format: <c>{0} is bound by both '{1}' and '{2}'</c>. At the second binding's argument.</summary>
    public static readonly DiagnosticDescriptor DuplicateBinding = Error(
        "PG0006", "Duplicate key or column",
        "{0} is bound by both '{1}' and '{2}'");

    /// <summary>Format: <c>Property '{0}' is bound but has no init or set accessor</c>. At the property's name.</summary>
    public static readonly DiagnosticDescriptor PropertyNotSettable = Error(
        "PG0007", "Bound property needs an init accessor",
        "Property '{0}' is bound but has no init or set accessor");

    /// <summary>Format: <c>Property '{0}' has no {1} attribute and will not be parsed</c>. At the property's name.</summary>
    public static readonly DiagnosticDescriptor UnboundProperty = Warning(
        "PG0008", "Settable property is not bound",
        "Property '{0}' has no {1} attribute and will not be parsed");

    /// <summary>Format: <c>{0} is not valid here: {1}</c>. At the argument (or the attribute) at fault.</summary>
    public static readonly DiagnosticDescriptor InvalidAttributeArgument = Error(
        "PG0009", "Invalid attribute argument",
        "{0} is not valid here: {1}");

    /// <summary>Format: <c>[{0}] cannot be used in a {1} declaration; use {2}</c>. At the attribute.</summary>
    public static readonly DiagnosticDescriptor BindingNotValidForFormat = Error(
        "PG0010", "Binding attribute does not fit the format",
        "[{0}] cannot be used in a {1} declaration; use {2}");

    /// <summary>Format: <c>A {0} declaration has exactly one settable property, which receives the whole content; '{1}' has {2}</c>. At the type's name.</summary>
    public static readonly DiagnosticDescriptor ContentPropertyCount = Error(
        "PG0011", "Whole-content formats need exactly one property",
        "A {0} declaration has exactly one settable property, which receives the whole content; '{1}' has {2}");

    /// <summary>Format: <c>[{0}] on '{1}' needs an integer property, not '{2}'</c>. At the attribute.</summary>
    public static readonly DiagnosticDescriptor NumberAttributeOnNonInteger = Error(
        "PG0012", "Unit or base on a non-integer property",
        "[{0}] on '{1}' needs an integer property, not '{2}'");

    /// <summary>Format: <c>Enum '{0}' has no member marked [ProcToken], so no text can be mapped to it</c>. At the property's name.</summary>
    public static readonly DiagnosticDescriptor EnumWithoutTokens = Error(
        "PG0013", "Enum has no tokens",
        "Enum '{0}' has no member marked [ProcToken], so no text can be mapped to it");

    /// <summary>Format: <c>Column {0} of '{1}' is optional (nullable), but column {2} after it is required; only trailing columns may be optional</c>. At the property's name.</summary>
    public static readonly DiagnosticDescriptor OptionalColumnBeforeRequired = Error(
        "PG0014", "Optional column before a required one",
        "Column {0} of '{1}' is optional (nullable), but column {2} after it is required; only trailing columns may be optional");

    /// <summary>Format: <c>Key '{0}' contains the separator, a tab or line break, or blanks a key never has (leading, trailing, doubled; any blank when blanks separate), and can never match</c>. At the key argument.</summary>
    public static readonly DiagnosticDescriptor InvalidKey = Error(
        "PG0015", "Key can never match",
        "Key '{0}' contains the separator, a tab or line break, or blanks a key never has (leading, trailing, doubled; any blank when blanks separate), and can never match");

    /// <summary>Format: <c>'{0}' is generic or nested in a generic type; a /proc file has one shape, so declarations cannot be generic</c>. At the type's name.</summary>
    public static readonly DiagnosticDescriptor GenericDeclaration = Error(
        "PG0016", "Declarations cannot be generic",
        "'{0}' is generic or nested in a generic type; a /proc file has one shape, so declarations cannot be generic");

    /// <summary>
    /// Format: <c>'{0}' declares the path '{1}', which {2} also declares; an assembly has one declaration per /proc file</c>.
    /// At each declaration's path argument. Placeholder names do not matter: <c>fd/{fd}</c> and <c>fd/{n}</c> are one path.
    /// </summary>
    public static readonly DiagnosticDescriptor DuplicatePath = Error(
        "PG0017", "Two declarations for the same path",
        "'{0}' declares the path '{1}', which {2} also declares; an assembly has one declaration per /proc file");

    /// <summary>
    /// Format: <c>The accessor {0} of '{1}' clashes with the one of '{2}' in {3}; rename one with [ProcFile(…, Accessor = "…")]</c>.
    /// At each declaration's <c>Accessor</c> argument, or its name when the accessor is named after the type.
    /// </summary>
    public static readonly DiagnosticDescriptor DuplicateAccessor = Error(
        "PG0018", "Two declarations generate the same accessor",
        "The accessor {0} of '{1}' clashes with the one of '{2}' in {3}; rename one with [ProcFile(…, Accessor = \"…\")]");

    /// <summary>
    /// Format: <c>Property '{0}' is not nullable, so {1} is required and a file without it fails to parse, but the
    /// property is not declared required; make it nullable if {1} may be absent, or mark it required</c>. At the property's name.
    /// </summary>
    public static readonly DiagnosticDescriptor RequiredFieldNotRequired = Warning(
        "PG0019", "Required field on a property not declared required",
        "Property '{0}' is not nullable, so {1} is required and a file without it fails to parse, but the property is not declared required; make it nullable if {1} may be absent, or mark it required");

    /// <summary>
    /// Format: <c>Property '{0}' is declared required, but it is nullable, so {1} is optional and null when absent;
    /// remove 'required', or make the property non-nullable if {1} is always there</c>. At the property's name.
    /// </summary>
    public static readonly DiagnosticDescriptor OptionalFieldDeclaredRequired = Warning(
        "PG0020", "Optional field on a property declared required",
        "Property '{0}' is declared required, but it is nullable, so {1} is optional and null when absent; remove 'required', or make the property non-nullable if {1} is always there");

    /// <summary>
    /// Format: <c>'{0}' cannot be created by its parser: {1}</c>. At the type's name, or the required member the parser
    /// cannot set. The parser builds the record with <c>new() { … }</c>: a static or abstract type, one without a
    /// parameterless constructor (a positional record), or a required member it does not bind would not compile.
    /// </summary>
    public static readonly DiagnosticDescriptor TypeNotConstructible = Error(
        "PG0021", "The parser cannot create the type",
        "'{0}' cannot be created by its parser: {1}");

    /// <summary>
    /// Format: <c>'{0}' is a member the generated parser adds to '{1}' (as to every {2} declaration); rename it</c>.
    /// At the member's name. Overloads with other parameters are fine.
    /// </summary>
    public static readonly DiagnosticDescriptor GeneratedMemberClash = Error(
        "PG0022", "Member name taken by the generated parser",
        "'{0}' is a member the generated parser adds to '{1}' (as to every {2} declaration); rename it");

    /// <summary>
    /// Format: <c>'{0}' contains itself through property '{1}' ({2}): the parse would never end; make one of these
    /// properties a plain value</c>. At each property on the cycle. A declaration containing itself directly is PG0005.
    /// </summary>
    public static readonly DiagnosticDescriptor DeclarationCycle = Error(
        "PG0023", "Declarations contain each other",
        "'{0}' contains itself through property '{1}' ({2}): the parse would never end; make one of these properties a plain value");
}
