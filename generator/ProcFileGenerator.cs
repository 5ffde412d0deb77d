using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProcGen.Generator.Diagnostics;
using ProcGen.Generator.Emitters;
using ProcGen.Generator.Helpers;
using ProcGen.Generator.Model;

namespace ProcGen.Generator;

/// <summary>
/// Turns each <c>[ProcFile]</c> declaration into a parser. The pipeline only: <see cref="Parser"/> makes the
/// equatable models, <see cref="Emitter"/> writes code from them. Source and diagnostics leave through separate
/// outputs, so a diagnostic's position never invalidates cached source.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class ProcFileGenerator : IIncrementalGenerator
{
    /// <summary>Stamped into <c>[GeneratedCode]</c>; snapshot tests scrub it.</summary>
    public const string Version = "0.1.0";

    private const string ProcFileAttribute = "ProcGen.ProcFileAttribute";

    private const string ProcPartAttribute = "ProcGen.ProcPartAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var results = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ProcFileAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (context, cancellationToken) => Parser.Parse(context, cancellationToken))
            .WithTrackingName(TrackingNames.Declarations);

        var specs = results
            .Where(static result => result.Spec is not null)
            .Select(static (result, _) => result.Spec!)
            .WithTrackingName(TrackingNames.Specs);

        // Parts ([ProcPart]): pieces of files that other declarations use as property types. They have no path,
        // so no accessor, catalog entry or cross-check; a type that is also a [ProcFile] is left to that pipeline.
        var parts = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ProcPartAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (context, cancellationToken) => Parser.Parse(context, cancellationToken))
            .WithTrackingName(TrackingNames.Parts);

        context.RegisterSourceOutput(parts.Select(static (result, _) => result.Diagnostics).Where(static d => d.Count > 0),
            static (output, diagnostics) => Report(output, diagnostics));

        var diagnostics = results
            .Select(static (result, _) => result.Diagnostics)
            .Where(static diagnostics => diagnostics.Count > 0)
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(diagnostics, static (output, diagnostics) => Report(output, diagnostics));

        // Checks across declarations (same path, same accessor, declarations containing each other) see every
        // declaration and part, and which ones an error stopped. Only the names of the declarations they block reach
        // the source outputs, so an edit that moves a declaration re-runs the check but regenerates nothing.
        var crossChecks = CheckInputs(results)
            .Combine(CheckInputs(parts))
            .Select(static (pair, _) => CrossChecks.Check(pair.Left.AddRange(pair.Right)))
            .WithTrackingName(TrackingNames.CrossChecks);

        var blocked = crossChecks
            .Select(static (result, _) => result.Blocked)
            .WithTrackingName(TrackingNames.Blocked);

        context.RegisterSourceOutput(crossChecks.Select(static (result, _) => result.Diagnostics), static (output, diagnostics) => Report(output, diagnostics));

        var partSpecs = parts.Where(static result => result.Spec is not null).Select(static (result, _) => result.Spec!);
        foreach (var declarations in new[] { specs, partSpecs })
        {
            context.RegisterSourceOutput(declarations.Combine(blocked), static (output, pair) =>
            {
                var (spec, blockedNames) = pair;
                if (!blockedNames.Contains(spec.FullyQualifiedName))
                    output.AddSource(spec.HintName, Emitter.Emit(spec));
            });
        }

        // Types hidden inside private or protected types cannot be named from the catalog's namespace.
        var catalog = specs
            .Where(static spec => spec.Visibility != Visibility.Nested)
            .Select(static (spec, _) => CatalogEntry.From(spec))
            .Collect()
            .Combine(blocked)
            .Select(static (pair, _) => pair.Left
                .SelectMany(entries => entries)
                .Where(e => !pair.Right.Contains(e.FullyQualifiedName))
                .OrderBy(e => e.PathTemplate, StringComparer.Ordinal).ThenBy(e => e.FullyQualifiedName, StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.Catalog);

        context.RegisterSourceOutput(catalog, static (output, entries) =>
        {
            if (entries.Count > 0)
                output.AddSource(CatalogEmitter.HintName, CatalogEmitter.Emit(entries));
        });
    }

    private static IncrementalValueProvider<System.Collections.Immutable.ImmutableArray<CrossCheckInput>> CheckInputs(IncrementalValuesProvider<ParseResult> results)
        => results
            .Where(static result => result.Site is not null || result.FailedName is not null)
            .Select(static (result, _) => new CrossCheckInput(result.Site, result.FailedName))
            .Collect();

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
    }
}
