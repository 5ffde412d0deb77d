using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProcGen.Generator;

namespace ProcGen.Generator.Tests.Infrastructure;

/// <summary>The outcome of one generator pass over a compilation.</summary>
/// <param name="Driver">The driver after the run: run it again on an edited compilation to test caching.</param>
/// <param name="GeneratedSources">Hint name → generated text, sorted by hint name.</param>
/// <param name="GeneratorDiagnostics">What the generator reported (PGxxxx), as the driver returns them.</param>
/// <param name="CompilationDiagnostics">Warnings and errors of the compilation with the generated code added.</param>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    CSharpCompilation InputCompilation,
    Compilation OutputCompilation,
    IReadOnlyDictionary<string, string> GeneratedSources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics)
{
    public GeneratorDriverRunResult RunResult => Driver.GetRunResult();

    /// <summary>The generated file for <paramref name="hintName"/>; fails the test naming what was generated instead.</summary>
    public string Source(string hintName)
        => GeneratedSources.TryGetValue(hintName, out var text)
            ? text
            : throw new Xunit.Sdk.XunitException($"No generated file '{hintName}'. Generated: {string.Join(", ", GeneratedSources.Keys)}. Diagnostics: {Describe(GeneratorDiagnostics)}");

    /// <summary>Fails unless the generator reported nothing and the output compiles without errors or warnings.</summary>
    public GeneratorRun AssertClean()
    {
        Assert.True(GeneratorDiagnostics.IsEmpty, "Generator diagnostics: " + Describe(GeneratorDiagnostics));
        Assert.True(CompilationDiagnostics.IsEmpty, "Compilation diagnostics: " + Describe(CompilationDiagnostics));
        return this;
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => "\n  " + d).ToList();
        return lines.Count == 0 ? "(none)" : string.Concat(lines);
    }
}

/// <summary>
/// Runs <see cref="ProcFileGenerator"/> in memory the way the compiler does: sources plus references to the
/// running .NET's assemblies and ProcGen.Runtime, nullable enabled, C# 12 (the newest Roslyn 4.8 knows).
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.CSharp12)
        // Diagnose, as a build with GenerateDocumentationFile does: a broken cref in generated docs must show up.
        .WithDocumentationMode(DocumentationMode.Diagnose);

    /// <summary>What every test compilation is compiled with; tests that change severities start from these.</summary>
    public static CSharpCompilationOptions CompilationOptions => s_compilationOptions;

    private static readonly CSharpCompilationOptions s_compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            // ProcGen.Runtime is built against net8.0 and the references are the running (newer) framework: the
            // SDK silences these assembly-unification notices the same way (NoWarn 1701;1702).
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
            // Test declarations are not documented; generated members are, and CS1591 would hide among these.
            ["CS1591"] = ReportDiagnostic.Suppress,
        });

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    public static ImmutableArray<MetadataReference> References => s_references.Value;

    /// <summary>A compilation of <paramref name="sources"/>, named <c>Source0.cs</c>, <c>Source1.cs</c>, ….</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(ParseOptions, sources);

    /// <summary>As <see cref="CreateCompilation(string[])"/>, parsed with other options (an older language version).</summary>
    public static CSharpCompilation CreateCompilation(CSharpParseOptions parseOptions, params string[] sources)
        => CSharpCompilation.Create(
            "ProcGen.GeneratorTests.Input",
            sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, parseOptions, $"Source{i}.cs")),
            References,
            s_compilationOptions);

    public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    public static GeneratorDriver CreateDriver() => CreateDriver(ParseOptions);

    public static GeneratorDriver CreateDriver(CSharpParseOptions parseOptions)
        => CSharpGeneratorDriver.Create(
            new[] { new ProcFileGenerator().AsSourceGenerator() },
            parseOptions: parseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params string[] sources) => Run(CreateDriver(), CreateCompilation(sources));

    public static GeneratorRun Run(CSharpParseOptions parseOptions, params string[] sources)
        => Run(CreateDriver(parseOptions), CreateCompilation(parseOptions, sources));

    public static GeneratorRun Run(GeneratorDriver driver, CSharpCompilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var generated = driver.GetRunResult().Results
            .SelectMany(r => r.GeneratedSources)
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var compilationDiagnostics = output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray();
        return new GeneratorRun(driver, compilation, output, generated, generatorDiagnostics, compilationDiagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The framework's own assemblies, not everything the test host loaded (xunit, Roslyn): a declaration
        // should compile against what a consumer has, the framework plus ProcGen.Runtime.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Append(typeof(ProcFs).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
