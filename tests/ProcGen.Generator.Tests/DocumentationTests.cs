using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ProcGen.Generator.Diagnostics;
using ProcGen.Generator.Tests.Infrastructure;

namespace ProcGen.Generator.Tests;

/// <summary>
/// <c>docs/diagnostics.md</c> is executable: every <c>## PGxxxx</c> section's bad example produces exactly that ID
/// with the documented message, its fixed example produces nothing, and the sections are exactly the catalog.
/// </summary>
public class DocumentationTests
{
    private static readonly Lazy<IReadOnlyList<Section>> s_sections = new(ReadSections);

    public static TheoryData<string> DocumentedIds => new(s_sections.Value.Select(s => s.Id));

    [Fact]
    public void Documentation_ListsExactlyTheCatalog()
    {
        var catalog = Descriptors().Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        var documented = s_sections.Value.Select(s => s.Id).ToList();

        Assert.Equal(catalog, documented);  // same IDs, in order, none twice
    }

    [Fact]
    public void ReleaseTracking_ListsExactlyTheCatalog()
    {
        // AnalyzerReleases.*.md, which RS2000/RS2001 hold to the descriptors at build time; checked here against the docs too.
        var root = RepositoryRoot();
        var tracked = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(f => File.ReadAllLines(Path.Combine(root, "generator", f)))
            .Select(line => Regex.Match(line, @"^(PG\d{4})\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|"))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => (Category: m.Groups[2].Value, Severity: m.Groups[3].Value));

        foreach (var descriptor in Descriptors())
        {
            Assert.True(tracked.TryGetValue(descriptor.Id, out var entry), descriptor.Id + " is not in AnalyzerReleases.*.md");
            Assert.Equal(descriptor.Category, entry.Category);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), entry.Severity);
        }
        Assert.Equal(Descriptors().Count(), tracked.Count);
    }

    [Theory]
    [MemberData(nameof(DocumentedIds))]
    public void Section_HasTheDescriptorsTitleAndSeverity(string id)
    {
        var section = s_sections.Value.Single(s => s.Id == id);
        var descriptor = Descriptors().Single(d => d.Id == id);

        Assert.Equal($"**{descriptor.Title}** ({descriptor.DefaultSeverity})", section.Heading);
    }

    [Theory]
    [MemberData(nameof(DocumentedIds))]
    public void BadExample_ProducesExactlyItsId_WithTheDocumentedMessage(string id)
    {
        var section = s_sections.Value.Single(s => s.Id == id);

        var run = GeneratorHarness.Run(section.Bad);

        var ids = run.GeneratorDiagnostics.Select(d => d.Id).Where(i => i.StartsWith("PG", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(ids.SequenceEqual(new[] { id }), $"{id}'s bad example reports:{GeneratorRun.Describe(run.GeneratorDiagnostics)}");
        Assert.All(run.GeneratorDiagnostics, d => Assert.True(d.Location.IsInSource, d.ToString()));
        var messages = run.GeneratorDiagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(messages.Contains(section.Message), $"{id}: documented message\n  {section.Message}\nis not among\n  {string.Join("\n  ", messages)}");
    }

    [Theory]
    [MemberData(nameof(DocumentedIds))]
    public void FixedExample_CompilesWithoutDiagnostics(string id)
    {
        var section = s_sections.Value.Single(s => s.Id == id);

        var run = GeneratorHarness.Run(section.Fixed);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, $"{id}'s fixed example reports:{GeneratorRun.Describe(run.GeneratorDiagnostics)}");
        Assert.True(run.CompilationDiagnostics.IsEmpty, $"{id}'s fixed example does not compile cleanly:{GeneratorRun.Describe(run.CompilationDiagnostics)}");
        Assert.NotEmpty(run.GeneratedSources);
    }

    /// <summary>One <c>## PGxxxx</c> section: the bold title line, the bad example, its message, the fixed example.</summary>
    private sealed record Section(string Id, string Heading, string Bad, string Message, string Fixed);

    private static IReadOnlyList<Section> ReadSections()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md")).Replace("\r\n", "\n");
        var headings = Regex.Matches(text, @"^## (PG\d{4})\s*$", RegexOptions.Multiline);
        var sections = new List<Section>();
        for (int i = 0; i < headings.Count; i++)
        {
            int start = headings[i].Index + headings[i].Length;
            int end = i + 1 < headings.Count ? headings[i + 1].Index : text.Length;
            var body = text[start..end];
            var id = headings[i].Groups[1].Value;

            var heading = body.Split('\n').First(l => l.Trim().Length > 0).Trim();
            var blocks = Regex.Matches(body, @"^```csharp\n(.*?)^```\s*$", RegexOptions.Multiline | RegexOptions.Singleline)
                .Select(m => m.Groups[1].Value).ToList();
            Assert.True(blocks.Count == 2, $"{id}: expected a bad and a fixed ```csharp block, found {blocks.Count}");
            var message = Regex.Match(body, @"^Message: `(.*)`\s*$", RegexOptions.Multiline);
            Assert.True(message.Success, $"{id}: no 'Message: `…`' line");
            sections.Add(new Section(id, heading, blocks[0], message.Groups[1].Value, blocks[1]));
        }
        return sections;
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors()
        => typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>();

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ProcGen.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("ProcGen.sln not found above " + AppContext.BaseDirectory);
    }
}
