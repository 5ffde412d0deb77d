using System.Globalization;
using System.Linq;
using ProcGen.Generator.Model;

namespace ProcGen.Generator.Emitters;

/// <summary>
/// The <c>IProcRow&lt;T&gt;</c> members of a <c>[Rows]</c> or <c>[HeaderTable]</c> declaration: how many lines
/// precede the rows and what they say (<c>ReadHeader</c>), one line into one record (<c>ParseRow</c>), and the
/// two ways to get all rows of content in memory (<c>ParseTable</c>, <c>EnumerateRows</c>).
/// </summary>
internal static class RowEmitter
{
    private const string ColumnNames = "s_procGenColumnNames";
    private const string ColumnRequired = "s_procGenColumnRequired";

    public static void WriteMembers(SourceWriter writer, RecordSpec spec)
    {
        string type = spec.TypeName;
        string path = ProcFileGenerator.Emitter.Xml(spec.PathTemplate);
        bool header = spec.Format == FileFormat.HeaderTable;
        int headerLines = header ? spec.Table.HeaderLine + 1 : spec.Table.SkipLines;

        writer.WriteLine();
        writer.WriteLine($"""
            /// <summary>Lines before the first row: {(header ? "the header" + (spec.Table.HeaderLine > 0 ? " and the lines above it" : "") : spec.Table.SkipLines == 0 ? "none" : "skipped")}.</summary>
            {Names.GeneratedCode}
            public static int HeaderLineCount => {headerLines.ToString(CultureInfo.InvariantCulture)};

            /// <summary>Consumes the lines before the first row of <c>{path}</c> and returns what the rows need from them.</summary>
            {Names.GeneratedCode}
            """);
        using (writer.Block($"public static global::ProcGen.ProcTableLayout? ReadHeader({Names.ReadOnlySpan} {Names.Content}, ref int position)"))
        {
            if (header)
            {
                string aligned = spec.Table.Aligned ? "true" : "false";
                writer.WriteLine($"return global::ProcGen.ProcTableLayout.Read({Names.Content}, ref position, headerLine: {spec.Table.HeaderLine.ToString(CultureInfo.InvariantCulture)}, aligned: {aligned}, {ColumnNames}, {ColumnRequired});");
            }
            else
            {
                if (spec.Table.SkipLines > 0)
                    writer.WriteLine($"for (int i = 0; i < {spec.Table.SkipLines.ToString(CultureInfo.InvariantCulture)} && {Names.ProcText}.NextLine({Names.Content}, ref position, out _); i++) {{ }}");
                writer.WriteLine(spec.Table.Sections ? "return global::ProcGen.ProcTableLayout.ForSections();" : "return null;");
            }
        }

        if (header)
        {
            var named = spec.Properties.Where(p => p.Options.ColumnName is not null).ToList();
            writer.WriteLine();
            writer.WriteLine("// The columns bound by header name, in declaration order, and whether the header must have each (non-nullable).");
            writer.WriteLine($"private static readonly string[] {ColumnNames} = {{ {string.Join(", ", named.Select(p => Names.Literal(p.Options.ColumnName!)))} }};");
            writer.WriteLine($"private static readonly bool[] {ColumnRequired} = {{ {string.Join(", ", named.Select(p => p.Value.IsNullable ? "false" : "true"))} }};");
        }

        writer.WriteLine();
        writer.WriteLine($"""
            /// <summary>Parses one non-blank line of <c>{path}</c>{(spec.Table.Sections ? "; <c>false</c> when it is a section title, which it records in <paramref name=\"layout\"/>" : "; always a row (<c>true</c>)")}.</summary>
            /// <exception cref="global::ProcGen.ProcParseException">The line does not match the declaration; the exception says where and what was expected.</exception>
            {Names.GeneratedCode}
            """);
        using (writer.Block($"public static bool ParseRow({Names.ReadOnlySpan} {Names.Content}, {Names.ReadOnlySpan} line, global::ProcGen.ProcTableLayout? layout, out {type} row)"))
            ColumnarEmitter.WriteParseRowBody(writer, spec);

        writer.WriteLine();
        writer.WriteLine($"""
            /// <summary>Parses every row of content read from <c>{path}</c>.</summary>
            /// <exception cref="global::ProcGen.ProcParseException">A line does not match the declaration.</exception>
            {Names.GeneratedCode}
            public static global::ProcGen.ProcTable<{type}> ParseTable({Names.ReadOnlySpan} {Names.Content})
                => global::ProcGen.ProcTable<{type}>.Parse({Names.Content});

            /// <summary>The rows of content read from <c>{path}</c>, one at a time, without a list.</summary>
            {Names.GeneratedCode}
            public static global::ProcGen.ProcRowEnumerator<{type}> EnumerateRows({Names.ReadOnlySpan} {Names.Content})
                => new({Names.Content});
            """);
    }
}
