using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProcGen.Generator.Diagnostics;
using ProcGen.Generator.Helpers;
using ProcGen.Generator.Model;

namespace ProcGen.Generator;

public sealed partial class ProcFileGenerator
{
    /// <summary>
    /// A declaration turned into a model, or the reasons it could not be; with a model, also where it is, for the
    /// checks across declarations (<see cref="CrossChecks"/>).
    /// </summary>
    /// <param name="FailedName">The fully qualified name of a declaration an error stopped: declarations that compose
    /// it cannot be generated either (their parser would call one that does not exist).</param>
    internal sealed record ParseResult(RecordSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics, DeclarationSite? Site, string? FailedName = null);

    /// <summary>
    /// Reads one <c>[ProcFile]</c> declaration from symbols into a <see cref="RecordSpec"/>. Nothing of the
    /// symbols survives this class: the emitters see only the model.
    /// </summary>
    internal sealed class Parser
    {
        private const string Ns = "ProcGen.";
        private readonly List<DiagnosticInfo> _diagnostics = new();
        private readonly CancellationToken _cancellationToken;

        // C# 11 and later: whether a property can say "required" at all.
        private bool _requiredModifierExists;

        // Whether the parser's object initializer must set every required member (no [SetsRequiredMembers] constructor).
        private bool _requiredMembersMustBeSet = true;

        private Parser(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

        public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var parser = new Parser(cancellationToken);
            var syntax = (TypeDeclarationSyntax)context.TargetNode;
            bool isPart = context.Attributes[0].AttributeClass?.Name == "ProcPartAttribute";
            // A type that is both a file and a part is the file pipeline's (which reports it): one source per type.
            if (isPart && context.TargetSymbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == Ns + "ProcFileAttribute"))
                return new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty, null);
            var spec = context.TargetSymbol is INamedTypeSymbol type
                ? parser.ParseType(type, syntax, context.Attributes, isPart)
                : null;
            var diagnostics = parser._diagnostics.ToEquatableArray();
            // A declaration with an error generates nothing: a half-right parser is worse than none.
            bool hasError = diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
            if (hasError || spec is null)
                return new ParseResult(null, diagnostics, null, context.TargetSymbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            var composed = ComposedProperties(spec, syntax);
            if (isPart)
                return new ParseResult(spec, diagnostics, new DeclarationSite(spec, syntax.SyntaxTree, syntax.Identifier.Span, syntax.Identifier.Span, syntax.Identifier.Span, composed));
            var procFile = context.Attributes[0];
            var site = new DeclarationSite(
                spec,
                syntax.SyntaxTree,
                syntax.Identifier.Span,
                (AttributeArgumentLocation(procFile, 0) ?? syntax.Identifier.GetLocation()).SourceSpan,
                (WrittenNamedArgumentLocation(procFile, "Accessor") ?? syntax.Identifier.GetLocation()).SourceSpan,
                composed);
            return new ParseResult(spec, diagnostics, site);
        }

        /// <summary>
        /// The properties typed with another declaration, with the span of each one's name (the type's name when the
        /// property is declared in another part of a partial type): the edges of the containment graph.
        /// </summary>
        private static EquatableArray<ComposedProperty> ComposedProperties(RecordSpec spec, TypeDeclarationSyntax syntax)
        {
            var composed = new List<ComposedProperty>();
            foreach (var property in spec.Properties)
            {
                if (ComposedType(property.Value) is not { } typeName) continue;
                var declared = syntax.Members.OfType<PropertyDeclarationSyntax>().FirstOrDefault(p => p.Identifier.ValueText == property.Name);
                composed.Add(new ComposedProperty(property.Name, typeName, declared?.Identifier.Span ?? syntax.Identifier.Span));
            }
            return composed.ToEquatableArray();
        }

        /// <summary>The declaration a value is parsed by, if it is one: a part, a row, the rows of a table, indexed parts.</summary>
        private static string? ComposedType(ValueSpec value) => value.Kind switch
        {
            ValueKind.Part or ValueKind.Row => value.TypeName,
            ValueKind.Table or ValueKind.IndexedDictionary when value.Element is { Kind: ValueKind.Part or ValueKind.Row } element => element.TypeName,
            _ => null,
        };

        private void Report(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
            => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

        private RecordSpec? ParseType(INamedTypeSymbol type, TypeDeclarationSyntax syntax, System.Collections.Immutable.ImmutableArray<AttributeData> procFiles, bool isPart)
        {
            var procFile = procFiles[0];
            _requiredModifierExists = syntax.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 };
            if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
                Report(DiagnosticDescriptors.TypeNotPartial, syntax.Identifier.GetLocation(), type.Name);

            if (type.IsGenericType || ContainingTypes(type).Any(t => t.IsGenericType))
            {
                Report(DiagnosticDescriptors.GenericDeclaration, syntax.Identifier.GetLocation(), type.Name);
                return null;
            }

            var hierarchy = ParseHierarchy(type, syntax);
            var template = isPart ? "" : procFile.ConstructorArguments.Length == 1 ? procFile.ConstructorArguments[0].Value as string : null;
            var templateLocation = AttributeArgumentLocation(procFile, 0) ?? syntax.Identifier.GetLocation();
            if (!isPart && Find((ISymbol)type, "ProcPartAttribute") is { } alsoPart)
            {
                Report(DiagnosticDescriptors.InvalidAttributeArgument, AttributeSyntaxLocation(alsoPart) ?? syntax.Identifier.GetLocation(),
                    "[ProcPart] with [ProcFile]", "a file declaration can already be used as a part: remove [ProcPart]");
                return null;
            }
            if (!isPart && (template is null || ValidateTemplate(template) is not null))
            {
                Report(DiagnosticDescriptors.InvalidPathTemplate, templateLocation, template ?? "null", template is null ? "it is null" : ValidateTemplate(template)!);
                return null;
            }
            template ??= "";

            var formats = type.GetAttributes().Where(a => FormatOf(a) is not null).ToList();
            if (formats.Count != 1)
            {
                // None: the type is at fault. Several: the second one is the one too many.
                var at = formats.Count == 0 ? syntax.Identifier.GetLocation() : AttributeSyntaxLocation(formats[1]) ?? syntax.Identifier.GetLocation();
                Report(DiagnosticDescriptors.FormatAttributeCount, at, type.Name, formats.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return null;
            }
            var formatAttribute = formats[0];
            var format = FormatOf(formatAttribute)!.Value;
            if (isPart && format is FileFormat.SingleValue or FileFormat.NulSeparated or FileFormat.SymbolicLink)
            {
                Report(DiagnosticDescriptors.InvalidAttributeArgument, AttributeSyntaxLocation(formatAttribute) ?? syntax.Identifier.GetLocation(),
                    "[ProcPart] with [" + formatAttribute.AttributeClass!.Name.Replace("Attribute", "") + "]",
                    "a part is a piece of a file: key-value, columnar, paired lines, rows, header table or blocks");
                return null;
            }
            char separator = ':';
            if (format is FileFormat.KeyValue or FileFormat.Blocks)
            {
                foreach (var named in formatAttribute.NamedArguments)
                {
                    if (named.Key == "Separator" && named.Value.Value is char c)
                    {
                        separator = c;
                        if (c is '\n' or '\r' or '\0' or '\t' || c > 127)
                            Report(DiagnosticDescriptors.InvalidAttributeArgument, NamedArgumentLocation(formatAttribute, "Separator"),
                                "Separator '" + Escape(c) + "'", "use a printable ASCII character, or ' ' for a run of blanks");
                    }
                }
            }

            if (format == FileFormat.Columnar) separator = ' ';
            var table = TableSpec.None;
            if (format == FileFormat.KeyValue)
            {
                int skipLines = 0;
                bool skipUnkeyed = false;
                foreach (var named in formatAttribute.NamedArguments)
                {
                    if (named.Key == "SkipLines" && named.Value.Value is int skip)
                    {
                        skipLines = skip;
                        if (skip < 0)
                            Report(DiagnosticDescriptors.InvalidAttributeArgument, NamedArgumentLocation(formatAttribute, "SkipLines"),
                                "SkipLines = " + skip.ToString(System.Globalization.CultureInfo.InvariantCulture), "a number of lines is 0 or more");
                    }
                    else if (named.Key == "SkipUnkeyedLines" && named.Value.Value is bool unkeyed)
                        skipUnkeyed = unkeyed;
                }
                table = TableSpec.None with { SkipLines = skipLines, SkipUnkeyedLines = skipUnkeyed };
            }
            if (format == FileFormat.Blocks)
            {
                string start = "AfterBlankLine";
                string? prefix = null;
                int skipLines = 0;
                bool lastFieldValue = false;
                foreach (var named in formatAttribute.NamedArguments)
                {
                    if (named.Key == "SkipLines" && named.Value.Value is int lines)
                        skipLines = lines;
                    else if (named.Key == "Start" && named.Value.Value is int kind)
                        start = kind switch { 1 => "UnindentedLine", 2 => "UnkeyedLine", 3 => "PrefixedLine", 4 => "RepeatedFirstKey", _ => "AfterBlankLine" };
                    else if (named.Key == "LastFieldValue" && named.Value.Value is bool last)
                        lastFieldValue = last;
                    else if (named.Key == "HeaderPrefix" && named.Value.Value is string text)
                    {
                        prefix = text;
                        if (text.Length == 0 || text.IndexOf('\n') >= 0)
                            Report(DiagnosticDescriptors.InvalidAttributeArgument, NamedArgumentLocation(formatAttribute, "HeaderPrefix"),
                                "HeaderPrefix \"" + text + "\"", "give the text a block's first line starts with, without line breaks");
                    }
                }
                if (start == "PrefixedLine" && prefix is null)
                    Report(DiagnosticDescriptors.InvalidAttributeArgument, NamedArgumentLocation(formatAttribute, "Start") ?? AttributeSyntaxLocation(formatAttribute),
                        "Start = BlockStart.PrefixedLine without HeaderPrefix", "give HeaderPrefix: the text that starts each block");
                table = TableSpec.None with { SkipLines = skipLines, BlockStart = start, HeaderPrefix = prefix, LastFieldValue = lastFieldValue };
            }
            if (format is FileFormat.Rows or FileFormat.HeaderTable)
            {
                separator = ' ';
                int skip = 0, header = 0;
                bool aligned = false, sections = false;
                string? noRowsText = null;
                foreach (var named in formatAttribute.NamedArguments)
                {
                    switch (named.Key)
                    {
                        case "Separator" when named.Value.Value is char c:
                            separator = c;
                            if (c is '\n' or '\r' or '\0' || c > 127)
                                Report(DiagnosticDescriptors.InvalidAttributeArgument, NamedArgumentLocation(formatAttribute, "Separator"),
                                    "Separator '" + Escape(c) + "'", "use a printable ASCII character, or ' ' for a run of blanks");
                            break;
                        case "SkipLines" when named.Value.Value is int n:
                            skip = n;
                            break;
                        case "HeaderLine" when named.Value.Value is int n:
                            header = n;
                            break;
                        case "Aligned" when named.Value.Value is bool b:
                            aligned = b;
                            break;
                        case "Sections" when named.Value.Value is bool b:
                            sections = b;
                            break;
                        case "NoRowsText" when named.Value.Value is string text:
                            noRowsText = text;
                            if (text.Trim().Length == 0 || text.IndexOf('\n') >= 0 || text.Trim() != text)
                                Report(DiagnosticDescriptors.InvalidAttributeArgument, AttributeSyntaxLocation(formatAttribute),
                                    "NoRowsText \"" + text + "\"", "give the line's text without surrounding blanks or line breaks");
                            break;
                    }
                }
                if (skip < 0 || header < 0)
                    Report(DiagnosticDescriptors.InvalidAttributeArgument, NamedArgumentLocation(formatAttribute, skip < 0 ? "SkipLines" : "HeaderLine"),
                        (skip < 0 ? "SkipLines " + skip : "HeaderLine " + header), "a line count cannot be negative");
                table = new TableSpec(skip, header, aligned, sections) { NoRowsText = noRowsText };
            }

            if (!CheckConstructible(type, syntax)) return null;
            bool reservedOk = CheckGeneratedMemberNames(type, format);
            var properties = ParseProperties(type, format, separator, table);
            if (properties is null || !reservedOk) return null;

            // [SingleValue(Binary = true)]: the bytes go to the value's TryParse untrimmed, which only a type that
            // reads bytes itself (IProcValue) can take: a number or a string would need the text's trimming.
            bool binary = format == FileFormat.SingleValue
                          && formatAttribute.NamedArguments.Any(n => n.Key == "Binary" && n.Value.Value is true);
            if (binary && properties[0].Value.Kind != ValueKind.ProcValue)
            {
                Report(DiagnosticDescriptors.InvalidAttributeArgument, NamedArgumentLocation(formatAttribute, "Binary") ?? AttributeSyntaxLocation(formatAttribute),
                    "Binary = true", "binary content is read by an IProcValue<T> type that takes the raw bytes; '" + properties[0].Name + "' is not one");
                return null;
            }

            if (isPart)
            {
                return new RecordSpec(
                    type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
                    type.Name,
                    type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    hierarchy,
                    KeywordOf(type),
                    type.IsValueType,
                    VisibilityOf(type),
                    "",
                    format,
                    separator,
                    "",
                    properties.ToEquatableArray()) { Table = table };
            }

            string? declaredAccessor = procFile.NamedArguments.FirstOrDefault(n => n.Key == "Accessor").Value.Value as string;
            if (declaredAccessor is not null && !IsIdentifier(declaredAccessor))
            {
                Report(DiagnosticDescriptors.InvalidAttributeArgument, NamedArgumentLocation(procFile, "Accessor"),
                    "Accessor '" + declaredAccessor + "'", "an accessor's name must be a C# identifier");
                return null;
            }
            string accessor = declaredAccessor ?? DefaultAccessorName(type.Name, template);

            // Further [ProcFile] attributes: the same format at other paths (net/tcp6, {pid}/net/tcp).
            var otherPaths = new List<PathSpec>();
            var seenPaths = new HashSet<string> { template };
            foreach (var other in procFiles.Skip(1))
            {
                var otherTemplate = other.ConstructorArguments.Length == 1 ? other.ConstructorArguments[0].Value as string : null;
                var otherLocation = AttributeArgumentLocation(other, 0) ?? syntax.Identifier.GetLocation();
                if (otherTemplate is null || ValidateTemplate(otherTemplate) is not null)
                {
                    Report(DiagnosticDescriptors.InvalidPathTemplate, otherLocation, otherTemplate ?? "null", otherTemplate is null ? "it is null" : ValidateTemplate(otherTemplate)!);
                    return null;
                }
                if (!seenPaths.Add(otherTemplate))
                {
                    Report(DiagnosticDescriptors.InvalidAttributeArgument, otherLocation, "ProcFile(\"" + otherTemplate + "\")", "the declaration already names this path");
                    return null;
                }
                otherPaths.Add(new PathSpec(otherTemplate, other.NamedArguments.FirstOrDefault(n => n.Key == "Accessor").Value.Value as string
                                                       ?? DefaultAccessorName(type.Name, otherTemplate)));
            }

            return new RecordSpec(
                type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
                type.Name,
                type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                hierarchy,
                KeywordOf(type),
                type.IsValueType,
                VisibilityOf(type),
                template,
                format,
                separator,
                accessor,
                properties.ToEquatableArray()) { Table = table, OtherPaths = otherPaths.ToEquatableArray(), Binary = binary };
        }

        private TypeHierarchy ParseHierarchy(INamedTypeSymbol type, TypeDeclarationSyntax syntax)
        {
            var containing = new List<ContainingType>();
            for (var (outer, outerSyntax) = (type.ContainingType, syntax.Parent as TypeDeclarationSyntax);
                 outer is not null;
                 (outer, outerSyntax) = (outer.ContainingType, outerSyntax?.Parent as TypeDeclarationSyntax))
            {
                if (outerSyntax is not null && !outerSyntax.Modifiers.Any(SyntaxKind.PartialKeyword))
                    Report(DiagnosticDescriptors.ContainingTypeNotPartial, outerSyntax.Identifier.GetLocation(), type.Name, outer.Name);
                containing.Insert(0, new ContainingType(KeywordOf(outer), outer.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
            }
            return containing.Count == 0 ? TypeHierarchy.None : new TypeHierarchy(containing.ToEquatableArray());
        }

        private List<PropertySpec>? ParseProperties(INamedTypeSymbol type, FileFormat format, char separator, TableSpec table)
        {
            bool fielded = format is FileFormat.Columnar or FileFormat.Rows or FileFormat.HeaderTable;
            var names = new Dictionary<string, string>();
            string? restProperty = null, sectionProperty = null, indentationProperty = null, headerLineProperty = null;
            bool keyed = format is FileFormat.KeyValue or FileFormat.PairedLines or FileFormat.Blocks;
            var result = new List<PropertySpec>();
            var keys = new Dictionary<string, string>();
            var columns = new Dictionary<int, string>();
            var candidates = new List<IPropertySymbol>();
            bool failed = false;

            foreach (var member in type.GetMembers())
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (member is not IPropertySymbol property || property.IsStatic || property.IsImplicitlyDeclared || property.IsIndexer)
                    continue;

                var location = property.Locations.FirstOrDefault();
                AttributeData? key = Find(property, "KeyAttribute"), other = Find(property, "OtherKeysAttribute"),
                               column = Find(property, "ColumnAttribute"), enclosed = Find(property, "EnclosedAttribute"),
                               rest = Find(property, "RestAttribute"), section = Find(property, "SectionAttribute"),
                               indentation = Find(property, "IndentationAttribute"), headerLine = Find(property, "HeaderLineAttribute"),
                               indexedKey = Find(property, "IndexedKeyAttribute"), repeatedKey = Find(property, "RepeatedKeyAttribute");
                bool settable = property.SetMethod is not null;
                bool bound = key is not null || other is not null || column is not null || rest is not null || section is not null || indentation is not null
                             || headerLine is not null || indexedKey is not null || repeatedKey is not null;

                if (format is FileFormat.SingleValue or FileFormat.NulSeparated or FileFormat.SymbolicLink)
                {
                    if (bound)
                    {
                        var stray = key ?? other ?? column ?? rest ?? section ?? indentation ?? headerLine ?? indexedKey ?? repeatedKey!;
                        Report(DiagnosticDescriptors.BindingNotValidForFormat, AttributeSyntaxLocation(stray) ?? location,
                            stray.AttributeClass!.Name.Replace("Attribute", ""), FormatName(format), "a plain property (no binding attribute): the one property receives the whole content");
                        failed = true;
                        continue;
                    }
                    if (settable) candidates.Add(property);
                    continue;
                }

                if (!bound)
                {
                    // A required member the parser does not set would make its object initializer fail to compile.
                    if (property.IsRequired && _requiredMembersMustBeSet)
                    {
                        Report(DiagnosticDescriptors.TypeNotConstructible, location, type.Name, RequiredUnbound(property.Name));
                        failed = true;
                    }
                    else if (settable)
                        Report(DiagnosticDescriptors.UnboundProperty, location, property.Name,
                            format is FileFormat.KeyValue or FileFormat.PairedLines ? "[Key], [IndexedKey] or [OtherKeys]"
                            : format == FileFormat.Blocks ? "[HeaderLine], [Key], [IndexedKey], [OtherKeys] or [Rest]"
                            : format == FileFormat.Columnar ? "[Column] or [Rest]" : "[Column], [Rest], [Section] or [Indentation]");
                    continue;
                }
                if (!settable)
                {
                    Report(DiagnosticDescriptors.PropertyNotSettable, location, property.Name);
                    failed = true;
                    continue;
                }

                if (keyed && (column ?? (format == FileFormat.Blocks ? null : rest) ?? section ?? indentation ?? (format is FileFormat.Blocks or FileFormat.KeyValue ? null : headerLine)) is { } positional)
                {
                    Report(DiagnosticDescriptors.BindingNotValidForFormat, AttributeSyntaxLocation(positional) ?? location, positional.AttributeClass!.Name.Replace("Attribute", ""), FormatName(format),
                        format == FileFormat.Blocks ? "[HeaderLine], [Key(\"name\")] or [Rest]" : "[Key(\"name\")]");
                    failed = true;
                    continue;
                }
                if (fielded && (key ?? other ?? indexedKey ?? repeatedKey ?? headerLine) is { } keyBinding)
                {
                    Report(DiagnosticDescriptors.BindingNotValidForFormat, AttributeSyntaxLocation(keyBinding) ?? location, keyBinding.AttributeClass!.Name.Replace("Attribute", ""), FormatName(format), "[Column(index)]");
                    failed = true;
                    continue;
                }
                if ((section ?? indentation) is { } rowOnly && format != FileFormat.Rows)
                {
                    Report(DiagnosticDescriptors.BindingNotValidForFormat, AttributeSyntaxLocation(rowOnly) ?? location, rowOnly.AttributeClass!.Name.Replace("Attribute", ""), FormatName(format), "[Column(index)] or [Rest]");
                    failed = true;
                    continue;
                }
                if (section is not null && !table.Sections)
                {
                    Report(DiagnosticDescriptors.InvalidAttributeArgument, AttributeSyntaxLocation(section) ?? location, "[Section]", "the file has no sections: set [Rows(Sections = true)]");
                    failed = true;
                    continue;
                }
                if (column is not null && column.ConstructorArguments.Length == 1 && column.ConstructorArguments[0].Value is string && format != FileFormat.HeaderTable)
                {
                    Report(DiagnosticDescriptors.BindingNotValidForFormat, AttributeSyntaxLocation(column) ?? location, "Column(\"name\")", FormatName(format), "[Column(index)]: only a [HeaderTable] has names");
                    failed = true;
                    continue;
                }

                var binding = other is not null ? Binding.OtherKeys : key is not null ? Binding.Key : indexedKey is not null ? Binding.IndexedKey
                    : repeatedKey is not null ? Binding.RepeatedKey
                    : headerLine is not null ? Binding.HeaderLine
                    : rest is not null ? Binding.Rest : section is not null ? Binding.Section : indentation is not null ? Binding.Indentation : Binding.Column;
                string? single = binding switch { Binding.Rest => restProperty, Binding.Section => sectionProperty, Binding.Indentation => indentationProperty, Binding.HeaderLine => headerLineProperty, _ => null };
                if (single is not null)
                {
                    Report(DiagnosticDescriptors.DuplicateBinding, location, "[" + binding + "]", single, property.Name);
                    failed = true;
                    continue;
                }
                if (binding == Binding.Rest) restProperty = property.Name;
                else if (binding == Binding.Section) sectionProperty = property.Name;
                else if (binding == Binding.Indentation) indentationProperty = property.Name;
                else if (binding == Binding.HeaderLine) headerLineProperty = property.Name;
                var value = ParseValue(property, binding, format);
                if (value is null)
                {
                    failed = true;
                    continue;
                }

                string? keyName = null;
                int index = -1;
                char open = '\0', close = '\0';
                switch (binding)
                {
                    case Binding.Key or Binding.RepeatedKey when (key ?? repeatedKey) is { } named:
                        keyName = Argument(named, 0) as string ?? "";
                        if (keyName.Length == 0)
                        {
                            Report(DiagnosticDescriptors.InvalidAttributeArgument, AttributeArgumentLocation(named, 0) ?? location, binding + " \"\"", "a key cannot be empty");
                            failed = true;
                        }
                        // Keys may contain single spaces where a separator other than blanks ends them ("model name" in cpuinfo).
                        else if (keyName.Any(c => c is '\t' or '\n' or '\r') || (separator == ' ' && keyName.IndexOf(' ') >= 0)
                                 || keyName.IndexOf(separator) >= 0 || keyName.Trim() != keyName || keyName.Contains("  "))
                        {
                            Report(DiagnosticDescriptors.InvalidKey, AttributeArgumentLocation(named, 0) ?? location, keyName);
                            failed = true;
                        }
                        // One name is either a key read once or a repeated key: both would claim the same lines.
                        else if (keys.TryGetValue(keyName, out var first))
                        {
                            Report(DiagnosticDescriptors.DuplicateBinding, AttributeArgumentLocation(named, 0) ?? location, binding + " '" + keyName + "'", first, property.Name);
                            failed = true;
                        }
                        else keys[keyName] = property.Name;
                        break;
                    case Binding.IndexedKey:
                        keyName = Argument(indexedKey!, 0) as string ?? "";
                        if (keyName.Length == 0 || keyName.Any(c => c is ' ' or '\t' or '\n') || keyName.IndexOf(separator) >= 0 || char.IsDigit(keyName[keyName.Length - 1]))
                        {
                            Report(DiagnosticDescriptors.InvalidKey, AttributeArgumentLocation(indexedKey!, 0) ?? location, keyName);
                            failed = true;
                        }
                        else if (keys.TryGetValue("\0indexed " + keyName, out var firstIndexed))
                        {
                            Report(DiagnosticDescriptors.DuplicateBinding, AttributeArgumentLocation(indexedKey!, 0) ?? location, "IndexedKey '" + keyName + "'", firstIndexed, property.Name);
                            failed = true;
                        }
                        else keys["\0indexed " + keyName] = property.Name;
                        break;
                    case Binding.OtherKeys:
                        if (keys.TryGetValue("\0other", out var firstOther))
                        {
                            Report(DiagnosticDescriptors.DuplicateBinding, location, "[OtherKeys]", firstOther, property.Name);
                            failed = true;
                        }
                        else keys["\0other"] = property.Name;
                        break;
                    case Binding.Column when column is not null && Argument(column, 0) is string columnName:
                        if (columnName.Length == 0)
                        {
                            Report(DiagnosticDescriptors.InvalidAttributeArgument, AttributeArgumentLocation(column, 0) ?? location, "Column \"\"", "a column name cannot be empty");
                            failed = true;
                        }
                        else if (names.TryGetValue(columnName, out var firstNamed))
                        {
                            Report(DiagnosticDescriptors.DuplicateBinding, AttributeArgumentLocation(column, 0) ?? location, "Column '" + columnName + "'", firstNamed, property.Name);
                            failed = true;
                        }
                        else names[columnName] = property.Name;
                        break;
                    case Binding.Rest:
                        index = rest!.ConstructorArguments.Length == 1 && rest.ConstructorArguments[0].Value is int from ? from : -1;
                        break;
                    case Binding.Column when column is not null:
                        index = Argument(column, 0) is int i ? i : -1;
                        if (index < 0)
                        {
                            Report(DiagnosticDescriptors.InvalidAttributeArgument, AttributeArgumentLocation(column, 0) ?? location, "Column index " + index, "indices start at 0");
                            failed = true;
                        }
                        else if (columns.TryGetValue(index, out var firstColumn))
                        {
                            Report(DiagnosticDescriptors.DuplicateBinding, AttributeArgumentLocation(column, 0) ?? location, "Column " + index, firstColumn, property.Name);
                            failed = true;
                        }
                        else columns[index] = property.Name;
                        if (enclosed is not null)
                        {
                            open = Argument(enclosed, 0) is char o ? o : '\0';
                            close = Argument(enclosed, 1) is char c ? c : '\0';
                        }
                        break;
                }
                var options = fielded ? ParseFieldOptions(property, column, value, location, ref failed) : FieldOptions.None;
                if (Find(property, "OutdentedKeyAttribute") is { } outdented)
                {
                    string outdentedKey = Argument(outdented, 0) as string ?? "";
                    if (binding != Binding.Key || value.Kind is not (ValueKind.Part or ValueKind.Table) || outdentedKey.Trim().Length == 0
                        || outdentedKey.Trim() != outdentedKey || outdentedKey.Any(c => c is '\t' or '\n' or '\r'))
                    {
                        Report(DiagnosticDescriptors.InvalidAttributeArgument, AttributeSyntaxLocation(outdented) ?? location, "[OutdentedKey] on " + property.Name,
                            "it names a non-empty key, on a [Key] whose type is another declaration that reads the lines under the key");
                        failed = true;
                    }
                    else options = options with { OutdentedKey = outdentedKey };
                }
                var propertySpec = new PropertySpec(property.Name, binding, keyName, index, open, close, value) { Options = options };
                result.Add(propertySpec);
                CheckRequiredModifier(property, propertySpec, location);
            }

            if (format == FileFormat.Blocks && result.FirstOrDefault(p => p.Binding == Binding.Rest) is { } body
                && result.Any(p => p.Binding is Binding.Key or Binding.OtherKeys or Binding.IndexedKey or Binding.RepeatedKey))
            {
                var restAttribute = Find(type.GetMembers(body.Name).First(), "RestAttribute");
                Report(DiagnosticDescriptors.BindingNotValidForFormat, (restAttribute is null ? null : AttributeSyntaxLocation(restAttribute)) ?? Find(type, body.Name),
                    "Rest", "keyed blocks", "[Key] for every body line, or one [Rest] for the whole body");
                failed = true;
            }

            if (format is FileFormat.SingleValue or FileFormat.NulSeparated or FileFormat.SymbolicLink)
            {
                if (failed) return null;
                if (candidates.Count != 1)
                {
                    Report(DiagnosticDescriptors.ContentPropertyCount, type.Locations.FirstOrDefault(), FormatName(format), type.Name,
                        candidates.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return null;
                }
                var value = ParseValue(candidates[0], Binding.Content, format);
                if (value is null) return null;
                result.Add(new PropertySpec(candidates[0].Name, Binding.Content, null, -1, '\0', '\0', value));
            }

            if (fielded && !failed)
            {
                // Read order: the indentation, then columns by index (or by name), then the rest of the line.
                var ordered = result.Where(p => p.Binding is Binding.Section or Binding.Indentation)
                    .Concat(result.Where(p => p.Binding == Binding.Column && p.Options.ColumnName is null).OrderBy(p => p.Column))
                    .Concat(result.Where(p => p.Binding == Binding.Column && p.Options.ColumnName is not null))
                    .Concat(result.Where(p => p.Binding == Binding.Rest))
                    .ToList();
                // A missing trailing field can mean "older kernel"; a missing middle one cannot.
                var positional = ordered.Where(p => p.Binding == Binding.Column && p.Options.ColumnName is null).ToList();
                for (int i = 0; i < positional.Count - 1; i++)
                {
                    if (positional[i].IsOptionalTrailing && !positional.Skip(i + 1).All(p => p.IsOptionalTrailing))
                    {
                        var required = positional.Skip(i + 1).First(p => !p.IsOptionalTrailing);
                        Report(DiagnosticDescriptors.OptionalColumnBeforeRequired, Find(type, positional[i].Name), positional[i].Column.ToString(System.Globalization.CultureInfo.InvariantCulture), positional[i].Name, required.Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        failed = true;
                        break;
                    }
                }
                if (ordered.FirstOrDefault(p => p.Binding == Binding.Rest && p.Column >= 0) is { } restFrom
                    && positional.Any(p => p.Column >= restFrom.Column))
                {
                    Report(DiagnosticDescriptors.InvalidAttributeArgument, Find(type, restFrom.Name), "Rest(" + restFrom.Column.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", "the rest must start after every bound column");
                    failed = true;
                }
                // Columns bound by name are read from a row split once; the left-to-right extras need a cursor.
                if (ordered.Any(p => p.Options.ColumnName is not null)
                    && ordered.FirstOrDefault(p => p.Binding == Binding.Rest || p.Options.Terminator is not null || p.Options.HeaderColumns
                                                   || p.Options.OptionalToken is not null || p.EncloseOpen != '\0') is { } sequential)
                {
                    Report(DiagnosticDescriptors.BindingNotValidForFormat, Find(type, sequential.Name), sequential.Binding == Binding.Rest ? "Rest" : "a variable-width column",
                        "header-table with columns bound by name", "[Column(\"name\")] or [Column(index)] for every column");
                    failed = true;
                }
                result = ordered;
            }
            return failed ? null : result;
        }

        /// <summary>
        /// Whether the parser's <c>new T { … }</c> can compile: not static or abstract, a parameterless constructor,
        /// and no required member it cannot set (fields, and members inherited from a base type; the type's own
        /// properties are checked as they are bound).
        /// </summary>
        private bool CheckConstructible(INamedTypeSymbol type, TypeDeclarationSyntax syntax)
        {
            string? reason = null;
            IMethodSymbol? constructor = type.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0);
            if (type.IsStatic) reason = "it is static";
            else if (type.IsAbstract) reason = "it is abstract";
            else if (constructor is null)
                reason = "it has no parameterless constructor, and the parser creates it with new() { … } (positional records and constructors with parameters are not supported)";
            if (reason is not null)
            {
                Report(DiagnosticDescriptors.TypeNotConstructible, syntax.Identifier.GetLocation(), type.Name, reason);
                return false;
            }

            _requiredMembersMustBeSet = !constructor!.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute");
            if (!_requiredMembersMustBeSet) return true;
            bool ok = true;
            for (var t = type; t is not null; t = t.BaseType)
            {
                foreach (var member in t.GetMembers())
                {
                    bool required = member is IFieldSymbol { IsRequired: true } || (member is IPropertySymbol { IsRequired: true } && !SymbolEqualityComparer.Default.Equals(t, type));
                    if (!required || member.IsImplicitlyDeclared) continue;
                    var location = SymbolEqualityComparer.Default.Equals(t, type) ? member.Locations.FirstOrDefault() : syntax.Identifier.GetLocation();
                    Report(DiagnosticDescriptors.TypeNotConstructible, location, type.Name,
                        RequiredUnbound(SymbolEqualityComparer.Default.Equals(t, type) ? member.Name : t.Name + "." + member.Name));
                    ok = false;
                }
            }
            return ok;
        }

        private static string RequiredUnbound(string member)
            => "required member '" + member + "' is not bound to the file, so the parser cannot set it; bind it, or remove 'required'";

        /// <summary>The members the generated code adds to the type, by format: a declared one of the same name clashes.</summary>
        private bool CheckGeneratedMemberNames(INamedTypeSymbol type, FileFormat format)
        {
            bool row = format is FileFormat.Rows or FileFormat.HeaderTable or FileFormat.Blocks;
            // Name → parameter types of the generated method, or null for a property.
            var generated = new Dictionary<string, string[]?>
            {
                ["PathTemplate"] = null,
                ["Format"] = null,
            };
            if (row)
            {
                generated["HeaderLineCount"] = null;
                generated["ReadHeader"] = new[] { "System.ReadOnlySpan<byte>", "int" };
                generated["ParseRow"] = new[] { "System.ReadOnlySpan<byte>", "System.ReadOnlySpan<byte>", "ProcGen.ProcTableLayout?", type.ToDisplayString() };
                if (format == FileFormat.Blocks)
                    generated["NextRow"] = new[] { "System.ReadOnlySpan<byte>", "bool", "int", "int", "int" };
            }
            else if (format is FileFormat.KeyValue or FileFormat.Columnar or FileFormat.PairedLines)
            {
                generated["EntryKind"] = null;
                generated["TryParse"] = new[] { "System.ReadOnlySpan<byte>", type.ToDisplayString() };
                // Parse(content) and Parse(content, part): both are generated; any other member named Parse clashes.
                foreach (var parse in type.GetMembers("Parse").Where(m => !m.IsImplicitlyDeclared))
                {
                    if (parse is not IMethodSymbol)
                    {
                        Report(DiagnosticDescriptors.GeneratedMemberClash, parse.Locations.FirstOrDefault(), parse.Name, type.Name, FormatName(format));
                        return false;
                    }
                    var parameters = ((IMethodSymbol)parse).Parameters.Select(p => p.Type.ToDisplayString()).ToArray();
                    if (parameters.SequenceEqual(new[] { "System.ReadOnlySpan<byte>" }) || parameters.SequenceEqual(new[] { "System.ReadOnlySpan<byte>", "System.ReadOnlySpan<byte>" }))
                    {
                        Report(DiagnosticDescriptors.GeneratedMemberClash, parse.Locations.FirstOrDefault(), parse.Name, type.Name, FormatName(format));
                        return false;
                    }
                }
            }
            else
            {
                generated["EntryKind"] = null;
                generated["Parse"] = new[] { "System.ReadOnlySpan<byte>" };
                generated["TryParse"] = new[] { "System.ReadOnlySpan<byte>", type.ToDisplayString() };
            }

            bool ok = true;
            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared || !generated.TryGetValue(member.Name, out var parameters)) continue;
                // A method with other parameters is an overload, which is fine (Parse(string) next to Parse(ReadOnlySpan<byte>)).
                if (member is IMethodSymbol method && parameters is not null
                    && !method.Parameters.Select(p => p.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString())
                        .SequenceEqual(parameters.Select(p => p.TrimEnd('?'))))
                    continue;
                Report(DiagnosticDescriptors.GeneratedMemberClash, member.Locations.FirstOrDefault(), member.Name, type.Name, FormatName(format));
                ok = false;
            }
            return ok;
        }

        /// <summary>
        /// A field is optional exactly when its property is nullable (a nullable column with <c>[NullIf]</c> is there
        /// but may mean null). C#'s <c>required</c> modifier says the same thing to whoever builds the record by hand,
        /// so the two must agree: a property that reads as optional in C# but fails the parse when its field is missing
        /// (or the reverse) is a bug waiting for the first kernel that lacks the field.
        /// </summary>
        private void CheckRequiredModifier(IPropertySymbol property, PropertySpec bound, Location? location)
        {
            if (!_requiredModifierExists || RequiredByParser(bound) is not { } required) return;
            if (required && !property.IsRequired)
                Report(DiagnosticDescriptors.RequiredFieldNotRequired, location, property.Name, FieldName(bound));
            else if (!required && property.IsRequired)
                Report(DiagnosticDescriptors.OptionalFieldDeclaredRequired, location, property.Name, FieldName(bound));
        }

        /// <summary>Whether the parse fails without the field (true), gives null (false), or neither applies (null).</summary>
        private static bool? RequiredByParser(PropertySpec property)
        {
            var value = property.Value;
            var options = property.Options;
            switch (property.Binding)
            {
                case Binding.Key:
                    return !value.IsNullable;
                case Binding.Column when options.ColumnName is not null:
                    return !value.IsNullable;
                case Binding.Column:
                    // Tokens that may be missing, and arrays (which may be empty), are never "absent".
                    if (options.OptionalToken is not null || options.HeaderColumns || options.Terminator is not null || value.Kind == ValueKind.Array)
                        return null;
                    if (value.IsNullable && options.NullToken is not null) return null;
                    return !value.IsNullable;
                case Binding.Rest:
                    if (value.Kind == ValueKind.Array || (value.Kind == ValueKind.ProcValue && !value.IsNullable)) return null;
                    return !value.IsNullable;
                default:
                    return null;
            }
        }

        private static string FieldName(PropertySpec property) => property.Binding switch
        {
            Binding.Key => "key '" + property.Key + "'",
            Binding.Rest => "the rest of the line",
            _ when property.Options.ColumnName is { } name => "column '" + name + "'",
            _ => "column " + property.Column.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        /// <summary>The per-field attributes, checked against the property's type.</summary>
        private FieldOptions ParseFieldOptions(IPropertySymbol property, AttributeData? column, ValueSpec value, Location? location, ref bool failed)
        {
            bool problems = false;
            string? Text(string attribute) => Find(property, attribute) is { } a && a.ConstructorArguments.Length == 1 ? a.ConstructorArguments[0].Value as string : null;
            var options = new FieldOptions(
                column is not null && column.ConstructorArguments.Length == 1 ? column.ConstructorArguments[0].Value as string : null,
                Text("NullIfAttribute"),
                Text("SuffixAttribute"),
                Find(property, "EscapedAttribute") is not null,
                Text("OptionalTokenAttribute"),
                Text("TerminatedByAttribute"),
                Find(property, "HeaderColumnsAttribute") is not null,
                Text("PrefixAttribute"));

            void Problem(string attribute, string why)
            {
                Report(DiagnosticDescriptors.InvalidAttributeArgument, AttributeSyntaxLocation(Find(property, attribute + "Attribute")!) ?? location, "[" + attribute + "] on " + property.Name, why);
                problems = true;
            }
            foreach (var (text, attribute) in new[] { (options.NullToken, "NullIf"), (options.Suffix, "Suffix"), (options.OptionalToken, "OptionalToken"), (options.Terminator, "TerminatedBy"), (options.Prefix, "Prefix") })
            {
                if (text is not null && (text.Length == 0 || text.Any(c => c is ' ' or '\t' or '\n')))
                    Problem(attribute, "the text must be non-empty and without blanks");
            }
            if (options.NullToken is not null && !value.IsNullable)
                Problem("NullIf", "the property must be nullable to receive null");
            if (options.Escaped && value.Kind != ValueKind.String)
                Problem("Escaped", "only a string can be unescaped");
            if (options.OptionalToken is not null && (value.Kind != ValueKind.Boolean || value.IsNullable))
                Problem("OptionalToken", "the property must be a bool: true when the token is there");
            if (options.Terminator is not null && value.Kind != ValueKind.Array)
                Problem("TerminatedBy", "only an array column has a variable length");
            if (options.HeaderColumns && value.Kind != ValueKind.Array)
                Problem("HeaderColumns", "the property must be an array: one value per header column");
            if (options.HeaderColumns && property.ContainingType.GetAttributes().All(a => FormatOf(a) != FileFormat.HeaderTable))
                Problem("HeaderColumns", "only a [HeaderTable] has header columns to count");
            if (options.Terminator is not null && options.HeaderColumns)
                Problem("TerminatedBy", "an array ends either at a terminator or after the header's column count");
            if (options.Prefix is not null && (value.Kind == ValueKind.Array || options.OptionalToken is not null || options.Terminator is not null
                                               || options.HeaderColumns || Find(property, "EnclosedAttribute") is not null))
                Problem("Prefix", "a prefix belongs to one field or the rest of the line: not to an array, an optional token or an enclosed field");
            failed |= problems;
            return options;
        }

        private static Location? Find(INamedTypeSymbol type, string member) => type.GetMembers(member).FirstOrDefault()?.Locations.FirstOrDefault();

        private ValueSpec? ParseValue(IPropertySymbol property, Binding binding, FileFormat format)
        {
            var location = property.Locations.FirstOrDefault();
            bool hex = Find(property, "HexAttribute") is not null;
            bool octal = Find(property, "OctalAttribute") is not null;
            bool kilobytes = Find(property, "KilobytesAttribute") is not null;
            var numberBase = hex ? NumberBase.Hex : octal ? NumberBase.Octal : NumberBase.Decimal;

            var value = Classify(property.Type, numberBase, kilobytes, binding, format);
            if (value is not null)
            {
                var underlying = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullableType
                    ? nullableType.TypeArguments[0]
                    : property.Type;
                value = value with { IsValueType = underlying.IsValueType };
            }
            if (value is not null && ((binding == Binding.Section && value.Kind != ValueKind.String)
                                      || (binding == Binding.Indentation && value.Kind != ValueKind.Integer)
                                      || (binding == Binding.Rest && format == FileFormat.Blocks && value.Kind is not (ValueKind.String or ValueKind.ProcValue or ValueKind.Part or ValueKind.Table))))
                value = null;
            if (value is { Kind: ValueKind.Part or ValueKind.Row or ValueKind.Table } && SymbolEqualityComparer.Default.Equals(
                    property.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) is INamedTypeSymbol named && TableRowOf(named) is { } row ? row : property.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated),
                    property.ContainingType))
            {
                Report(DiagnosticDescriptors.UnsupportedPropertyType, location, property.Name, property.Type.ToDisplayString(), DescribeContext(binding, format),
                    "a declaration cannot contain itself: the parse would never end");
                return null;
            }
            if (value is null)
            {
                Report(DiagnosticDescriptors.UnsupportedPropertyType, location, property.Name,
                    property.Type.ToDisplayString(), DescribeContext(binding, format), SupportedTypes(binding, format));
                return null;
            }
            foreach (var (used, name) in new[] { (hex, "Hex"), (octal, "Octal"), (kilobytes, "Kilobytes") })
            {
                bool hexValue = name == "Hex" && value.Kind == ValueKind.ProcValue
                                && property.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) is var t
                                && (t is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n ? n.TypeArguments[0] : t)
                                    .AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == Ns + "IProcHexValue<TSelf>");
                if (used && !hexValue && value.Kind != ValueKind.Integer && !(value.Kind is ValueKind.Array && value.Element?.Kind == ValueKind.Integer && name != "Kilobytes"))
                {
                    Report(DiagnosticDescriptors.NumberAttributeOnNonInteger, AttributeSyntaxLocation(Find(property, name + "Attribute")!) ?? location, name, property.Name, property.Type.ToDisplayString());
                    return null;
                }
            }
            if (hex && octal)
            {
                Report(DiagnosticDescriptors.InvalidAttributeArgument, location, "[Hex] with [Octal]", "a number has one base");
                return null;
            }
            if (value.Kind == ValueKind.Enum && value.EnumTokens.Count == 0)
            {
                Report(DiagnosticDescriptors.EnumWithoutTokens, location, property.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString());
                return null;
            }
            return value;
        }

        private static ValueSpec? Classify(ITypeSymbol type, NumberBase numberBase, bool kilobytes, Binding binding, FileFormat format)
        {
            bool nullable = false;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper)
            {
                type = wrapper.TypeArguments[0];
                nullable = true;
            }
            else if (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated)
            {
                nullable = true;
                type = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            }
            string name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

            if (binding == Binding.IndexedKey)
            {
                if (type is INamedTypeSymbol { IsGenericType: true } indexed
                    && indexed.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>"
                    && indexed.TypeArguments[0].SpecialType == SpecialType.System_Int32
                    && Classify(indexed.TypeArguments[1], numberBase, kilobytes, Binding.Key, format) is { IsNullable: false } item
                    && item.Kind is not (ValueKind.Dictionary or ValueKind.IndexedDictionary or ValueKind.EnvironmentVariables))
                    return new ValueSpec(ValueKind.IndexedDictionary, name, nullable, NumberBase.Decimal, false, EquatableArray<EnumToken>.Empty, null,
                        item with { IsValueType = indexed.TypeArguments[1].IsValueType });
                return null;
            }

            if (binding == Binding.RepeatedKey)
            {
                // Every line of the key, in order: the element is read like a key's value.
                if (type.SpecialType != SpecialType.System_String && ElementOf(type) is { } line && type is not IArrayTypeSymbol
                    && Classify(line, numberBase, kilobytes, Binding.Key, format) is { IsNullable: false } repeated
                    && repeated.Kind is not (ValueKind.Dictionary or ValueKind.IndexedDictionary or ValueKind.EnvironmentVariables or ValueKind.Table))
                    return new ValueSpec(ValueKind.RepeatedList, name, nullable, NumberBase.Decimal, false, EquatableArray<EnumToken>.Empty, null,
                        repeated with { IsValueType = line.IsValueType });
                return null;
            }

            // Another declaration: parsed by its own generated parser, from this property's text.
            if (DeclarationFormat(type) is { } declared)
            {
                var kind = declared is FileFormat.KeyValue or FileFormat.Columnar or FileFormat.PairedLines ? ValueKind.Part
                    : declared is FileFormat.Rows or FileFormat.HeaderTable or FileFormat.Blocks ? ValueKind.Row
                    : (ValueKind?)null;
                return kind is { } k ? new ValueSpec(k, name, nullable, NumberBase.Decimal, false, EquatableArray<EnumToken>.Empty, null, null) : null;
            }
            if (binding != Binding.Column && TableRowOf(type) is { } rowType)
                return new ValueSpec(ValueKind.Table, name, nullable, NumberBase.Decimal, false, EquatableArray<EnumToken>.Empty, null,
                    new ValueSpec(ValueKind.Row, rowType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), false, NumberBase.Decimal, false, EquatableArray<EnumToken>.Empty, null, null));
            if (binding == Binding.HeaderLine)
                return Scalar(type, nullable, numberBase, kilobytes) is { Kind: ValueKind.String or ValueKind.ProcValue or ValueKind.Enum } header ? header : null;

            if (binding == Binding.OtherKeys)
            {
                if (type is INamedTypeSymbol { IsGenericType: true } dictionary
                    && dictionary.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>"
                    && dictionary.TypeArguments[0].SpecialType == SpecialType.System_String
                    && Classify(dictionary.TypeArguments[1], NumberBase.Decimal, false, Binding.Key, format) is { Kind: ValueKind.Integer or ValueKind.String, IsNullable: false } element)
                    return new ValueSpec(ValueKind.Dictionary, name, nullable, NumberBase.Decimal, false, EquatableArray<EnumToken>.Empty, null, element);
                return null;
            }

            if (format == FileFormat.NulSeparated)
            {
                var item = ElementOf(type);
                if (item is null) return null;
                if (item.SpecialType == SpecialType.System_String)
                    return new ValueSpec(ValueKind.Array, name, nullable, NumberBase.Decimal, false, EquatableArray<EnumToken>.Empty, null,
                        Scalar(item, false, NumberBase.Decimal, false));
                if (item.ToDisplayString() == Ns + "EnvironmentVariable")
                    return new ValueSpec(ValueKind.EnvironmentVariables, name, nullable, NumberBase.Decimal, false, EquatableArray<EnumToken>.Empty, null, null);
                return null;
            }
            if (format == FileFormat.SymbolicLink)
                return type.SpecialType == SpecialType.System_String ? Scalar(type, nullable, numberBase, kilobytes) : null;

            if (type.SpecialType != SpecialType.System_String && ElementOf(type) is { } element2)
            {
                var inner = Scalar(element2, false, numberBase, false);
                return inner is { Kind: ValueKind.Integer or ValueKind.String }
                    ? new ValueSpec(ValueKind.Array, name, nullable, numberBase, false, EquatableArray<EnumToken>.Empty, null, inner)
                    : null;
            }
            return Scalar(type, nullable, numberBase, kilobytes);
        }

        private static ValueSpec? Scalar(ITypeSymbol type, bool nullable, NumberBase numberBase, bool kilobytes)
        {
            string name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            var none = EquatableArray<EnumToken>.Empty;
            switch (type.SpecialType)
            {
                case SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
                    or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64:
                    return new ValueSpec(ValueKind.Integer, name, nullable, numberBase, kilobytes, none, null, null);
                case SpecialType.System_Double:
                    return new ValueSpec(ValueKind.Double, name, nullable, numberBase, kilobytes, none, null, null);
                case SpecialType.System_Boolean:
                    return new ValueSpec(ValueKind.Boolean, name, nullable, numberBase, kilobytes, none, null, null);
                case SpecialType.System_String:
                    return new ValueSpec(ValueKind.String, name, nullable, numberBase, kilobytes, none, null, null);
            }
            if (type.TypeKind == TypeKind.Enum)
            {
                var tokens = new List<EnumToken>();
                string? fallback = null;
                foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
                {
                    foreach (var attribute in field.GetAttributes())
                    {
                        var attributeName = attribute.AttributeClass?.ToDisplayString();
                        if (attributeName == Ns + "ProcTokenAttribute" && Argument(attribute, 0) is string token)
                            tokens.Add(new EnumToken(token, field.Name));
                        else if (attributeName == Ns + "ProcFallbackAttribute")
                            fallback = field.Name;
                    }
                }
                return new ValueSpec(ValueKind.Enum, name, nullable, numberBase, kilobytes, tokens.ToEquatableArray(), fallback, null);
            }
            if (type.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == Ns + "IProcValue<TSelf>"
                                            && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type)))
                return new ValueSpec(ValueKind.ProcValue, name, nullable, numberBase, kilobytes, none, null, null);
            return null;
        }

        /// <summary>The format of a type declared with <c>[ProcFile]</c> or <c>[ProcPart]</c>, or null for any other type.</summary>
        private static FileFormat? DeclarationFormat(ITypeSymbol type)
        {
            var attributes = type.GetAttributes();
            if (!attributes.Any(a => a.AttributeClass?.ToDisplayString() is Ns + "ProcFileAttribute" or Ns + "ProcPartAttribute"))
                return null;
            return attributes.Select(FormatOf).FirstOrDefault(f => f is not null);
        }

        /// <summary>The row type of <c>IReadOnlyList&lt;T&gt;</c> or <c>ProcTable&lt;T&gt;</c> when T is a row declaration.</summary>
        private static ITypeSymbol? TableRowOf(ITypeSymbol type)
        {
            var element = ElementOf(type) is { } e && type is not IArrayTypeSymbol ? e
                : type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } table && table.OriginalDefinition.ToDisplayString() == Ns + "ProcTable<TRow>"
                    ? table.TypeArguments[0]
                    : null;
            return element is not null && DeclarationFormat(element) is FileFormat.Rows or FileFormat.HeaderTable or FileFormat.Blocks ? element : null;
        }

        private static ITypeSymbol? ElementOf(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol { Rank: 1 } array) return array.ElementType;
            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
                && generic.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.IReadOnlyList<T>"
                    or "System.Collections.Generic.IReadOnlyCollection<T>" or "System.Collections.Generic.IEnumerable<T>")
                return generic.TypeArguments[0];
            return null;
        }

        private static string DescribeContext(Binding binding, FileFormat format) => binding switch
        {
            Binding.OtherKeys => "[OtherKeys]",
            Binding.IndexedKey => "[IndexedKey]",
            Binding.RepeatedKey => "[RepeatedKey]",
            Binding.HeaderLine => "[HeaderLine]",
            Binding.Section => "[Section]",
            Binding.Indentation => "[Indentation]",
            _ => "a " + FormatName(format) + " declaration",
        };

        private static string SupportedTypes(Binding binding, FileFormat format) => binding switch
        {
            Binding.OtherKeys => "IReadOnlyDictionary<string, T> with T an integer type or string",
            Binding.IndexedKey => "IReadOnlyDictionary<int, T> with T any type a key can have",
            Binding.RepeatedKey => "IReadOnlyList<T> with T any type a key can have (but a list or table)",
            Binding.HeaderLine => "string, an IProcValue<T> type, a columnar or key-value declaration, or a row declaration",
            Binding.Section => "string",
            Binding.Indentation => "an integer type",
            _ when format == FileFormat.NulSeparated => "string[], IReadOnlyList<string>, EnvironmentVariable[], IReadOnlyList<EnvironmentVariable>",
            _ when format == FileFormat.SymbolicLink => "string",
            _ => "integer types, double, bool, string, enums with [ProcToken] members, IProcValue<T> types (IdSet, SlashPair, RangeList, …), arrays or IReadOnlyList<T> of integers or strings, other declarations ([ProcFile] or [ProcPart]) and IReadOnlyList<T> or ProcTable<T> of row declarations; each may be nullable",
        };

        private static string FormatName(FileFormat format) => format switch
        {
            FileFormat.KeyValue => "key-value",
            FileFormat.Columnar => "columnar",
            FileFormat.SingleValue => "single-value",
            FileFormat.NulSeparated => "NUL-separated",
            FileFormat.Rows => "rows",
            FileFormat.HeaderTable => "header-table",
            FileFormat.PairedLines => "paired-lines",
            FileFormat.Blocks => "blocks",
            _ => "symbolic-link",
        };

        private static FileFormat? FormatOf(AttributeData attribute) => attribute.AttributeClass?.ToDisplayString() switch
        {
            Ns + "KeyValueAttribute" => FileFormat.KeyValue,
            Ns + "ColumnarAttribute" => FileFormat.Columnar,
            Ns + "SingleValueAttribute" => FileFormat.SingleValue,
            Ns + "NulSeparatedAttribute" => FileFormat.NulSeparated,
            Ns + "SymbolicLinkAttribute" => FileFormat.SymbolicLink,
            Ns + "RowsAttribute" => FileFormat.Rows,
            Ns + "HeaderTableAttribute" => FileFormat.HeaderTable,
            Ns + "PairedLinesAttribute" => FileFormat.PairedLines,
            Ns + "BlocksAttribute" => FileFormat.Blocks,
            _ => null,
        };

        private static AttributeData? Find(ISymbol symbol, string attributeName)
            => symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == Ns + attributeName);

        /// <summary>Why a template is invalid, or null when it is valid.</summary>
        internal static string? ValidateTemplate(string template)
        {
            if (template.Length == 0) return "it is empty";
            if (template[0] == '/') return "it must be relative to the proc root (no leading '/')";
            if (template[template.Length - 1] == '/') return "it must name a file (no trailing '/')";
            var segments = template.Split('/');
            var placeholders = new HashSet<string>(System.StringComparer.Ordinal);
            for (int i = 0; i < segments.Length; i++)
            {
                var segment = segments[i];
                if (segment.Length == 0) return "it has an empty segment ('//')";
                if (segment is "." or "..") return "'.' and '..' segments are not allowed";
                int open = segment.IndexOf('{');
                if (open < 0)
                {
                    if (segment.IndexOf('}') >= 0) return "'}' without '{'";
                    continue;
                }
                if (open != 0 || segment[segment.Length - 1] != '}' || segment.IndexOf('{', 1) >= 0)
                    return "a placeholder must be a whole segment, like {pid}";
                var name = segment.Substring(1, segment.Length - 2);
                if (name.Length == 0 || !SyntaxFacts.IsValidIdentifier(name)) return "'" + segment + "' is not a placeholder name";
                if (name == "pid" && i != 0) return "{pid} must be the first segment";
                // Every other placeholder becomes a parameter of the accessor, next to its receiver.
                if (!placeholders.Add(name)) return "'" + segment + "' appears twice, and an accessor cannot take two parameters of one name";
                if (name == (segments[0] == "{pid}" ? "process" : "fs"))
                    return "'" + segment + "' would be named like the accessor's receiver ('" + name + "'); rename the placeholder";
            }
            if (segments.Length == 1 && segments[0] == "{pid}") return "{pid} alone is a process directory, not a file";
            return null;
        }

        private static string DefaultAccessorName(string typeName, string template)
            => template.StartsWith("{pid}/", System.StringComparison.Ordinal) && typeName.StartsWith("Process", System.StringComparison.Ordinal) && typeName.Length > "Process".Length
                ? typeName.Substring("Process".Length)
                : typeName;

        private static IEnumerable<INamedTypeSymbol> ContainingTypes(INamedTypeSymbol type)
        {
            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
                yield return outer;
        }

        private static string KeywordOf(INamedTypeSymbol type)
            => type.IsRecord
                ? (type.IsValueType ? "record struct" : "record")
                : type.TypeKind switch { TypeKind.Struct => "struct", TypeKind.Interface => "interface", _ => "class" };

        private static Visibility VisibilityOf(INamedTypeSymbol type)
        {
            var visibility = Visibility.Public;
            for (ISymbol? s = type; s is INamedTypeSymbol t; s = t.ContainingType)
            {
                switch (t.DeclaredAccessibility)
                {
                    case Accessibility.Public:
                        break;
                    case Accessibility.Internal or Accessibility.ProtectedOrInternal:
                        visibility = Visibility.Internal;
                        break;
                    default:
                        return Visibility.Nested;
                }
            }
            return visibility;
        }

        private static Location? AttributeSyntaxLocation(AttributeData attribute) => attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation();

        /// <summary>The <c>Name = value</c> argument of an attribute, or the whole attribute when it is not written out.</summary>
        private static Location? NamedArgumentLocation(AttributeData attribute, string name)
            => WrittenNamedArgumentLocation(attribute, name) ?? AttributeSyntaxLocation(attribute);

        /// <summary>The <c>Name = value</c> argument of an attribute; null when it is not written out.</summary>
        private static Location? WrittenNamedArgumentLocation(AttributeData attribute, string name)
            => attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } list }
               && list.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name) is { } argument
                ? argument.GetLocation()
                : null;

        /// <summary>A constructor argument's value; null when the attribute does not bind (it has a compile error of its own).</summary>
        private static object? Argument(AttributeData attribute, int index)
            => attribute.ConstructorArguments.Length > index && attribute.ConstructorArguments[index].Kind != TypedConstantKind.Array
                ? attribute.ConstructorArguments[index].Value
                : null;

        private static bool IsIdentifier(string name)
            => SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

        private static Location? AttributeArgumentLocation(AttributeData attribute, int index)
            => attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } list } && list.Arguments.Count > index
                ? list.Arguments[index].GetLocation()
                : AttributeSyntaxLocation(attribute);

        private static string Escape(char c) => c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", '\0' => "\\0", _ => c.ToString() };
    }
}
