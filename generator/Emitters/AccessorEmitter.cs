using System.Collections.Generic;
using System.Linq;
using ProcGen.Generator.Model;

namespace ProcGen.Generator.Emitters;

/// <summary>
/// Extension methods that read a declared file through a proc root: <c>fs.Meminfo()</c> for root files,
/// <c>process.Stat()</c> for <c>{pid}/…</c> files, with a parameter for every other placeholder
/// (<c>process.Fd(3)</c>). Each comes with a <c>TryRead…</c> twin that reports absent, vanished and forbidden
/// files as a status.
/// </summary>
internal static class AccessorEmitter
{
    /// <summary>One class per namespace, partial across all declarations in it.</summary>
    public const string ClassName = "ProcFileAccessors";

    // Placeholders that are numbers; any other placeholder is a string (an interface name, a device).
    private static readonly HashSet<string> s_integerPlaceholders = new() { "tid", "fd", "irq", "nr" };

    /// <summary>
    /// Accessors that would be overloads of each other share this key: namespace, receiver and parameter types.
    /// Two declarations with one key must not share a <see cref="MethodNames">method name</see> (CS0111).
    /// </summary>
    public static string OverloadKey(RecordSpec spec, PathSpec path)
    {
        var (perProcess, parameters) = Shape(path);
        return (spec.Namespace ?? "") + "|" + Receiver(perProcess) + "(" + string.Join(", ", parameters.Select(ParameterType)) + ")";
    }

    /// <summary>The methods written for one path: the accessor, its <c>TryRead</c> twin, and for rows <c>Enumerate</c>.</summary>
    public static string[] MethodNames(RecordSpec spec, PathSpec path)
        => spec.IsRow
            ? new[] { path.AccessorName, "TryRead" + path.AccessorName, "Enumerate" + path.AccessorName }
            : new[] { path.AccessorName, "TryRead" + path.AccessorName };

    /// <summary>One accessor as a diagnostic names it: <c>ProcFs.Uptime()</c>, <c>ProcessDirectory.Fd(int)</c>.</summary>
    public static string Describe(PathSpec path, string method)
    {
        var (perProcess, parameters) = Shape(path);
        return Receiver(perProcess) + "." + method + "(" + string.Join(", ", parameters.Select(ParameterType)) + ")";
    }

    private static (bool PerProcess, List<string> Parameters) Shape(PathSpec path)
    {
        var segments = path.PathTemplate.Split('/');
        bool perProcess = segments[0] == "{pid}";
        var rest = perProcess ? segments.Skip(1) : segments;
        return (perProcess, rest.Where(IsPlaceholder).Select(s => s.Substring(1, s.Length - 2)).ToList());
    }

    private static string Receiver(bool perProcess) => perProcess ? "ProcessDirectory" : "ProcFs";

    private static string ParameterType(string placeholder) => s_integerPlaceholders.Contains(placeholder) ? "int" : "string";

    public static void Write(SourceWriter writer, RecordSpec spec)
    {
        foreach (var path in spec.Paths)
            Write(writer, spec, path);
    }

    private static void Write(SourceWriter writer, RecordSpec spec, PathSpec file)
    {
        var segments = file.PathTemplate.Split('/');
        bool perProcess = segments[0] == "{pid}";
        var rest = perProcess ? segments.Skip(1).ToArray() : segments;
        var parameters = Shape(file).Parameters;

        string receiver = perProcess ? "this global::ProcGen.ProcessDirectory process" : "this global::ProcGen.ProcFs fs";
        string target = perProcess ? "process" : "fs";
        string declared = string.Concat(parameters.Select(p => ", " + ParameterType(p) + " " + Identifier(p)));
        string path = PathExpression(rest);
        string row = spec.FullyQualifiedName;
        string type = spec.IsRow ? "global::ProcGen.ProcTable<" + row + ">" : row;
        string access = spec.Visibility == Visibility.Public ? "public" : "internal";
        string where = perProcess ? "of this process (or thread)" : "under this proc root";

        writer.WriteLine();
        // Internal declarations leave the class's modifier out: partial parts may omit it, and a public part
        // from a public declaration in the same namespace then decides.
        writer.WriteLine("/// <summary>Reads the files declared in this namespace through a proc root or a process directory.</summary>");
        using (writer.Block($"{(spec.Visibility == Visibility.Public ? "public " : "")}static partial class {ClassName}"))
        {
            writer.WriteLine($"""
                /// <summary>Reads and parses <c>{ProcGen.Generator.ProcFileGenerator.Emitter.Xml(file.PathTemplate)}</c> {where}.</summary>
                /// <exception cref="global::ProcGen.ProcFileNotFoundException">The file is absent (or, as <see cref="global::ProcGen.ProcessNotFoundException"/>, its process has exited).</exception>
                /// <exception cref="global::ProcGen.ProcPermissionDeniedException">The kernel refused the read.</exception>
                /// <exception cref="global::ProcGen.ProcParseException">The content does not match the declaration.</exception>
                {Names.GeneratedCode}
                {access} static {type} {file.AccessorName}({receiver}{declared})
                    => {target}.Read<{type}>({path});

                /// <summary>Reads <c>{ProcGen.Generator.ProcFileGenerator.Emitter.Xml(file.PathTemplate)}</c> {where}; an absent file, an exited process or a refused read is a status, not an exception.</summary>
                {Names.GeneratedCode}
                {access} static global::ProcGen.ProcResult<{type}> TryRead{file.AccessorName}({receiver}{declared})
                    => {target}.TryRead<{type}>({path});
                """);
            if (spec.IsRow)
            {
                writer.WriteLine();
                writer.WriteLine($"""
                    /// <summary>Streams the rows of <c>{ProcGen.Generator.ProcFileGenerator.Emitter.Xml(file.PathTemplate)}</c> {where} without a list; the file is opened when enumeration starts.</summary>
                    {Names.GeneratedCode}
                    {access} static global::ProcGen.ProcRowReader<{row}> Enumerate{file.AccessorName}({receiver}{declared})
                        => {target}.EnumerateRows<{row}>({path});
                    """);
            }
        }
    }

    private static bool IsPlaceholder(string segment) => segment.Length > 2 && segment[0] == '{';

    private static string Identifier(string placeholder)
        => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(placeholder) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + placeholder : placeholder;

    /// <summary>A constant when the path has no placeholders; otherwise an invariant interpolation.</summary>
    private static string PathExpression(string[] segments)
    {
        if (!segments.Any(IsPlaceholder))
            return Names.Literal(string.Join("/", segments));
        // A string argument becomes one path segment, checked: "../x" must not walk out of the root.
        var parts = segments.Select(s => !IsPlaceholder(s)
            ? s
            : s_integerPlaceholders.Contains(s.Substring(1, s.Length - 2))
                ? "{" + Identifier(s.Substring(1, s.Length - 2)) + "}"
                : "{(global::ProcGen.ProcPathTemplate.Segment(" + Identifier(s.Substring(1, s.Length - 2)) + "))}");  // parenthesised: "::" would read as a format specifier
        return "string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $\"" + string.Join("/", parts) + "\")";
    }
}
