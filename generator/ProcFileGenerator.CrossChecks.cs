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
            if (visible.Count < 2) return CrossCheckResult.None;

            var blocked = new SortedSet<string>(StringComparer.Ordinal);
            var diagnostics = new List<DiagnosticInfo>();

            foreach (var group in visible.GroupBy(s => PathKey(s.Spec.PathTemplate), StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                foreach (var site in group)
                {
                    var others = string.Join(", ", group.Where(o => o != site).Select(o => "'" + DisplayName(o.Spec) + "'"));
                    diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.DuplicatePath, site.Tree, site.PathSpan,
                        new EquatableArray<string>(new[] { DisplayName(site.Spec), site.Spec.PathTemplate, others })));
                    blocked.Add(site.Spec.FullyQualifiedName);
                }
            }

            // Accessors are extension methods of one class per namespace: a clash is one name with one receiver and
            // the same parameter types.
            foreach (var group in visible.GroupBy(s => AccessorEmitter.OverloadKey(s.Spec), StringComparer.Ordinal))
            {
                var members = group.ToList();
                for (int i = 0; i < members.Count; i++)
                {
                    var site = members[i];
                    var names = AccessorEmitter.MethodNames(site.Spec);
                    var clash = members.Where((other, j) => j != i).Select(other => (other, name: AccessorEmitter.MethodNames(other.Spec).FirstOrDefault(names.Contains)))
                        .FirstOrDefault(c => c.name is not null);
                    if (clash.name is null) continue;
                    diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.DuplicateAccessor, site.Tree, site.AccessorSpan,
                        new EquatableArray<string>(new[]
                        {
                            AccessorEmitter.Describe(site.Spec, clash.name), DisplayName(site.Spec), DisplayName(clash.other.Spec),
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
