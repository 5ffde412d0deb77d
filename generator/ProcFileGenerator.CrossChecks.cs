using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ProcGen.Generator.Diagnostics;
using ProcGen.Generator.Emitters;
using ProcGen.Generator.Helpers;
using ProcGen.Generator.Model;

namespace ProcGen.Generator;

/// <summary>
/// Where a declaration that parsed is, for the checks that need all of them at once. It keeps the tree and spans
/// (as <see cref="DiagnosticInfo"/> does), never a <c>Location</c>, and stays out of the source path: only the
/// names of the declarations it blocks reach the emitters.
/// </summary>
/// <param name="NameSpan">The type's identifier.</param>
/// <param name="PathSpan">The <c>[ProcFile]</c> path argument.</param>
/// <param name="AccessorSpan">The <c>Accessor = "…"</c> argument, or the identifier when the accessor is named after the type.</param>
/// <param name="Composed">Its properties typed with other declarations (parts, rows, tables of rows).</param>
internal sealed record DeclarationSite(RecordSpec Spec, SyntaxTree Tree, TextSpan NameSpan, TextSpan PathSpan, TextSpan AccessorSpan, EquatableArray<ComposedProperty> Composed);

/// <summary>A property whose type is another declaration (<paramref name="TypeName"/>, fully qualified), and the span of its name.</summary>
internal sealed record ComposedProperty(string Property, string TypeName, TextSpan Span);

/// <summary>What the checks across declarations see of one declaration: where it is, or that an error stopped it.</summary>
internal sealed record CrossCheckInput(DeclarationSite? Site, string? FailedName);

/// <summary>The declarations that clash with another (by fully qualified name) and the diagnostics that say so.</summary>
internal sealed record CrossCheckResult(EquatableArray<string> Blocked, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly CrossCheckResult None = new(EquatableArray<string>.Empty, EquatableArray<DiagnosticInfo>.Empty);
}

public sealed partial class ProcFileGenerator
{
    /// <summary>
    /// Checks across the declarations of one compilation: two declarations of one path (PG0017), two declarations
    /// whose accessors would be the same method of <c>ProcFileAccessors</c> (PG0018, which would otherwise be CS0111
    /// in generated code). Each offending declaration is reported and generates nothing; the others are untouched.
    /// </summary>
    internal static class CrossChecks
    {
        public static CrossCheckResult Check(ImmutableArray<CrossCheckInput> inputs)
        {
            var sites = inputs.Where(i => i.Site is not null).Select(i => i.Site!).OrderBy(s => s.Spec.FullyQualifiedName, StringComparer.Ordinal).ToList();
            var failed = new HashSet<string>(inputs.Where(i => i.FailedName is not null).Select(i => i.FailedName!), StringComparer.Ordinal);
            var blocked = new SortedSet<string>(StringComparer.Ordinal);
            var diagnostics = new List<DiagnosticInfo>();

            CheckPathsAndAccessors(sites, blocked, diagnostics);
            CheckContainmentCycles(sites, blocked, diagnostics);
            BlockDependents(sites, failed, blocked);

            return blocked.Count == 0 && diagnostics.Count == 0
                ? CrossCheckResult.None
                : new CrossCheckResult(blocked.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        private static void CheckPathsAndAccessors(List<DeclarationSite> sites, SortedSet<string> blocked, List<DiagnosticInfo> diagnostics)
        {
            // Private or protected nested declarations have no accessor and no catalog entry: nothing to clash with.
            // Parts have no path at all.
            var visible = sites.Where(s => s.Spec.Visibility != Visibility.Nested && !s.Spec.IsPart).ToList();
            if (visible.Count == 0) return;

            // Every path of every declaration: one declaration may name several (net/tcp, net/tcp6, {pid}/net/tcp).
            var paths = visible.SelectMany(site => site.Spec.Paths.Select(path => (Site: site, Path: path))).ToList();

            foreach (var group in paths.GroupBy(e => PathKey(e.Path.PathTemplate), StringComparer.Ordinal).Where(g => g.Select(e => e.Site).Distinct().Count() > 1))
            {
                foreach (var entry in group.GroupBy(e => e.Site).Select(g => g.First()))
                {
                    var others = string.Join(", ", group.Where(o => o.Site != entry.Site).Select(o => "'" + DisplayName(o.Site.Spec) + "'").Distinct());
                    diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.DuplicatePath, entry.Site.Tree, entry.Site.PathSpan,
                        new EquatableArray<string>(new[] { DisplayName(entry.Site.Spec), entry.Path.PathTemplate, others })));
                    blocked.Add(entry.Site.Spec.FullyQualifiedName);
                }
            }

            // Accessors are extension methods of one class per namespace: a clash is one name with one receiver and
            // the same parameter types — between declarations, or between two paths of one declaration.
            var reported = new HashSet<DeclarationSite>();
            foreach (var group in paths.GroupBy(e => AccessorEmitter.OverloadKey(e.Site.Spec, e.Path), StringComparer.Ordinal))
            {
                var members = group.ToList();
                for (int i = 0; i < members.Count; i++)
                {
                    var (site, path) = members[i];
                    var names = AccessorEmitter.MethodNames(site.Spec, path);
                    var clash = members.Where((other, j) => j != i).Select(other => (other, name: AccessorEmitter.MethodNames(other.Site.Spec, other.Path).FirstOrDefault(names.Contains)))
                        .FirstOrDefault(c => c.name is not null);
                    if (clash.name is null || !reported.Add(site)) continue;
                    diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.DuplicateAccessor, site.Tree, site.AccessorSpan,
                        new EquatableArray<string>(new[]
                        {
                            AccessorEmitter.Describe(path, clash.name), DisplayName(site.Spec), DisplayName(clash.other.Site.Spec),
                            site.Spec.Namespace is null ? "the global namespace" : "namespace '" + site.Spec.Namespace + "'",
                        })));
                    blocked.Add(site.Spec.FullyQualifiedName);
                }
            }

        }

        /// <summary>
        /// Declarations that contain each other (<c>A.Inner</c> is a <c>B</c>, <c>B.Outer</c> an <c>A</c>): the parse of
        /// either would recurse for as long as the text allows, and no file nests that way. PG0023 at every property on
        /// the cycle; the declaration containing itself directly is PG0005, reported by the parser.
        /// </summary>
        private static void CheckContainmentCycles(List<DeclarationSite> sites, SortedSet<string> blocked, List<DiagnosticInfo> diagnostics)
        {
            var byName = new Dictionary<string, DeclarationSite>(StringComparer.Ordinal);
            foreach (var site in sites) byName[site.Spec.FullyQualifiedName] = site;

            foreach (var site in sites)
            {
                foreach (var edge in site.Composed)
                {
                    if (edge.TypeName == site.Spec.FullyQualifiedName || !byName.ContainsKey(edge.TypeName)) continue;
                    // The way back from the contained declaration to this one, if any, closes a cycle through this edge.
                    if (PathBetween(byName, edge.TypeName, site.Spec.FullyQualifiedName) is not { } back) continue;
                    var chain = DisplayName(site.Spec) + "." + edge.Property + " → " + string.Join(" → ", back.Select(step => step.From + "." + step.Property))
                                + " → " + DisplayName(site.Spec);
                    diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.DeclarationCycle, site.Tree, edge.Span,
                        new EquatableArray<string>(new[] { DisplayName(site.Spec), edge.Property, chain })));
                    blocked.Add(site.Spec.FullyQualifiedName);
                }
            }
        }

        /// <summary>The shortest chain of composed properties from one declaration to another (breadth first), or null.</summary>
        private static List<(string From, string Property)>? PathBetween(Dictionary<string, DeclarationSite> byName, string from, string to)
        {
            var previous = new Dictionary<string, (string From, string Property)>(StringComparer.Ordinal);
            var queue = new Queue<string>();
            queue.Enqueue(from);
            var seen = new HashSet<string>(StringComparer.Ordinal) { from };
            while (queue.Count > 0)
            {
                var current = queue.Dequeue();
                if (current == to)
                {
                    var steps = new List<(string, string)>();
                    for (var node = to; node != from; node = previous[node].From)
                        steps.Add(previous[node]);
                    steps.Reverse();
                    return steps.Select(s => (DisplayName(byName[s.Item1].Spec), s.Item2)).ToList();
                }
                if (!byName.TryGetValue(current, out var site)) continue;
                foreach (var edge in site.Composed)
                {
                    if (seen.Add(edge.TypeName))
                    {
                        previous[edge.TypeName] = (current, edge.Property);
                        queue.Enqueue(edge.TypeName);
                    }
                }
            }
            return null;
        }

        /// <summary>
        /// A declaration that composes one with an error, or one blocked here, cannot be generated either: its parser
        /// would call a parser that does not exist. The error on the other declaration says why; nothing more is reported.
        /// </summary>
        private static void BlockDependents(List<DeclarationSite> sites, HashSet<string> failed, SortedSet<string> blocked)
        {
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (var site in sites)
                {
                    if (blocked.Contains(site.Spec.FullyQualifiedName)) continue;
                    if (site.Composed.Any(edge => failed.Contains(edge.TypeName) || blocked.Contains(edge.TypeName)))
                        changed |= blocked.Add(site.Spec.FullyQualifiedName);
                }
            }
        }

        /// <summary>The path with placeholder names erased: <c>fd/{fd}</c> and <c>fd/{n}</c> read the same files.</summary>
        internal static string PathKey(string template)
            => string.Join("/", template.Split('/').Select(s => s.Length > 1 && s[0] == '{' && s != "{pid}" ? "{}" : s));

        private static string DisplayName(RecordSpec spec)
            => spec.FullyQualifiedName.StartsWith("global::", StringComparison.Ordinal) ? spec.FullyQualifiedName.Substring("global::".Length) : spec.FullyQualifiedName;
    }
}
