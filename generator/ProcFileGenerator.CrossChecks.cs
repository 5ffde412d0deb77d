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
internal sealed record DeclarationSite(RecordSpec Spec, SyntaxTree Tree, TextSpan NameSpan, TextSpan PathSpan, TextSpan AccessorSpan);

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
        public static CrossCheckResult Check(ImmutableArray<DeclarationSite> sites)
        {
            // Private or protected nested declarations have no accessor and no catalog entry: nothing to clash with.
            var visible = sites
                .Where(s => s.Spec.Visibility != Visibility.Nested)
                .OrderBy(s => s.Spec.FullyQualifiedName, StringComparer.Ordinal)
                .ToList();
            if (visible.Count == 0) return CrossCheckResult.None;

            var blocked = new SortedSet<string>(StringComparer.Ordinal);
            var diagnostics = new List<DiagnosticInfo>();

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

            return new CrossCheckResult(blocked.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        /// <summary>The path with placeholder names erased: <c>fd/{fd}</c> and <c>fd/{n}</c> read the same files.</summary>
        internal static string PathKey(string template)
            => string.Join("/", template.Split('/').Select(s => s.Length > 1 && s[0] == '{' && s != "{pid}" ? "{}" : s));

        private static string DisplayName(RecordSpec spec)
            => spec.FullyQualifiedName.StartsWith("global::", StringComparison.Ordinal) ? spec.FullyQualifiedName.Substring("global::".Length) : spec.FullyQualifiedName;
    }
}
