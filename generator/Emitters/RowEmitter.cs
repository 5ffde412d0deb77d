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
        if (spec.Format == FileFormat.Blocks)
        {
            WriteBlockMembers(writer, spec);
            return;
        }
        string type = spec.TypeName;
        string path = spec.IsPart ? "content" : "<c>" + ProcFileGenerator.Emitter.Xml(spec.PathTemplate) + "</c>";
        bool header = spec.Format == FileFormat.HeaderTable;
        int headerLines = header ? spec.Table.HeaderLine + 1 : spec.Table.SkipLines;

        writer.WriteLine();
        writer.WriteLine($"""
            /// <summary>Lines before the first row: {(header ? "the header" + (spec.Table.HeaderLine > 0 ? " and the lines above it" : "") : spec.Table.SkipLines == 0 ? "none" : "skipped")}.</summary>
            {Names.GeneratedCode}
            public static int HeaderLineCount => {headerLines.ToString(CultureInfo.InvariantCulture)};

            /// <summary>Consumes the lines before the first row of {path} and returns what the rows need from them.</summary>
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
            /// <summary>Parses one non-blank line of {path}{(spec.Table.Sections ? "; <c>false</c> when it is a section title, which it records in <paramref name=\"layout\"/>" : "; always a row (<c>true</c>)")}.</summary>
            /// <exception cref="global::ProcGen.ProcParseException">The line does not match the declaration; the exception says where and what was expected.</exception>
            {Names.GeneratedCode}
            """);
        using (writer.Block($"public static bool ParseRow({Names.ReadOnlySpan} {Names.Content}, {Names.ReadOnlySpan} line, global::ProcGen.ProcTableLayout? layout, out {type} row)"))
            ColumnarEmitter.WriteParseRowBody(writer, spec);

        writer.WriteLine();
        writer.WriteLine($"""
            /// <summary>Parses every row of content read from {path}.</summary>
            /// <exception cref="global::ProcGen.ProcParseException">A line does not match the declaration.</exception>
            {Names.GeneratedCode}
            public static global::ProcGen.ProcTable<{type}> ParseTable({Names.ReadOnlySpan} {Names.Content})
                => global::ProcGen.ProcTable<{type}>.Parse({Names.Content});

            /// <summary>The rows of content read from {path}, one at a time, without a list.</summary>
            {Names.GeneratedCode}
            public static global::ProcGen.ProcRowEnumerator<{type}> EnumerateRows({Names.ReadOnlySpan} {Names.Content})
                => new({Names.Content});
            """);
    }

    /// <summary>
    /// A <c>[Blocks]</c> declaration: <c>NextRow</c> cuts blocks instead of lines, and <c>ParseRow</c> reads one
    /// block: its first line (a <c>[HeaderLine]</c>), then its body as key-value lines or as one <c>[Rest]</c>.
    /// </summary>
    private static void WriteBlockMembers(SourceWriter writer, RecordSpec spec)
    {
        string type = spec.TypeName;
        string what = spec.IsPart ? "content" : "<c>" + ProcFileGenerator.Emitter.Xml(spec.PathTemplate) + "</c>";
        string cut = spec.Table.BlockStart switch
        {
            "UnindentedLine" => "a block starts at each line that starts in the first column; indented and blank lines belong to it",
            "UnkeyedLine" => "a block starts at each line that is not a 'Key: value' line",
            "PrefixedLine" => "a block starts at each line whose text starts with '" + ProcFileGenerator.Emitter.Xml(spec.Table.HeaderPrefix ?? "") + "'",
            "RepeatedFirstKey" => "a block starts at each line with the key of the block's first line",
            _ => "blocks are separated by blank lines",
        };
        int skip = spec.Table.SkipLines;
        string skipText = skip.ToString(CultureInfo.InvariantCulture);
        writer.WriteLine();
        writer.WriteLine(skip == 0
            ? $"""
                /// <summary>No lines precede the first block.</summary>
                {Names.GeneratedCode}
                public static int HeaderLineCount => 0;

                /// <summary>Blocks need nothing from lines before them.</summary>
                {Names.GeneratedCode}
                public static global::ProcGen.ProcTableLayout? ReadHeader({Names.ReadOnlySpan} {Names.Content}, ref int position) => null;
                """
            : $$"""
                /// <summary>Lines before the first block: skipped.</summary>
                {{Names.GeneratedCode}}
                public static int HeaderLineCount => {{skipText}};

                /// <summary>Consumes the lines before the first block of {{what}}; blocks need nothing from them.</summary>
                {{Names.GeneratedCode}}
                public static global::ProcGen.ProcTableLayout? ReadHeader({{Names.ReadOnlySpan}} {{Names.Content}}, ref int position)
                {
                    for (int i = 0; i < {{skipText}} && {{Names.ProcText}}.NextLine({{Names.Content}}, ref position, out _); i++) { }
                    return null;
                }
                """);
        writer.WriteLine($"""

            /// <summary>The next block of {what}: {cut}.</summary>
            {Names.GeneratedCode}
            public static bool NextRow({Names.ReadOnlySpan} pending, bool final, out int start, out int end, out int next)
                => global::ProcGen.ProcBlocks.NextBlock(pending, final, global::ProcGen.BlockStart.{spec.Table.BlockStart}, {(spec.Table.BlockStart == "PrefixedLine" ? Names.Utf8Literal(spec.Table.HeaderPrefix ?? "") + ", " : "")}out start, out end, out next);

            /// <summary>Parses one block of {what}{(spec.Table.HeaderPrefix is null ? "" : "; <c>false</c> when its first line does not start with '" + ProcFileGenerator.Emitter.Xml(spec.Table.HeaderPrefix) + "' (not a record)")}.</summary>
            /// <exception cref="global::ProcGen.ProcParseException">The block does not match the declaration; the exception says where and what was expected.</exception>
            {Names.GeneratedCode}
            """);
        using (writer.Block($"public static bool ParseRow({Names.ReadOnlySpan} {Names.Content}, {Names.ReadOnlySpan} block, global::ProcGen.ProcTableLayout? layout, out {type} row)"))
        {
            var headerLine = spec.Properties.FirstOrDefault(p => p.Binding == Binding.HeaderLine);
            var rest = spec.Properties.FirstOrDefault(p => p.Binding == Binding.Rest);
            if (spec.Table.HeaderPrefix is { } prefix)
            {
                writer.WriteLine($$"""
                    if (!global::System.MemoryExtensions.StartsWith({{(spec.Table.BlockStart == "PrefixedLine" ? "block[" + Names.ProcText + ".LeadingBlanks(block)..]" : "block")}}, {{Names.Utf8Literal(prefix)}}))
                    {
                        // Not a record: another kind of block the file has (a title, a summary).
                        row = default!;
                        return false;
                    }
                    """);
            }
            var before = new System.Collections.Generic.List<PropertySpec>();
            if (headerLine is not null)
            {
                writer.WriteLine($$"""
                    // The block's first line heads it; the lines after it are its body.
                    int bodyStart = 0;
                    {{Names.ProcText}}.NextLine(block, ref bodyStart, out var header);
                    var body = block[bodyStart..];
                    """);
                string conversion = ValueConversions.Convert(headerLine.Value, headerLine.Name, Names.ProcText + ".Trim(header)", "the block's first line", firstTokenOnly: false);
                writer.WriteLine($"var {Names.Local(headerLine.Name)} = {conversion};");
                before.Add(headerLine);
            }
            else
            {
                writer.WriteLine("var body = block;");
            }
            if (rest is not null)
            {
                writer.WriteLine($"var {Names.Local(rest.Name)} = {ValueConversions.Convert(rest.Value, rest.Name, "body", "the block's body", firstTokenOnly: false)};");
                before.Add(rest);
                writer.WriteLine();
                using (writer.Block($"row = new {type}", "};"))
                {
                    foreach (var property in before)
                        writer.WriteLine($"{Names.Member(property.Name)} = {Names.Local(property.Name)},");
                }
                writer.WriteLine("return true;");
            }
            else
            {
                writer.WriteLine();
                KeyValueEmitter.WriteParseBody(writer, spec, "body", asRow: true, assignedBefore: before);
            }
        }

        writer.WriteLine();
        writer.WriteLine($"""
            /// <summary>Parses every block of content read from {what}.</summary>
            /// <exception cref="global::ProcGen.ProcParseException">A block does not match the declaration.</exception>
            {Names.GeneratedCode}
            public static global::ProcGen.ProcTable<{type}> ParseTable({Names.ReadOnlySpan} {Names.Content})
                => global::ProcGen.ProcTable<{type}>.Parse({Names.Content});

            /// <summary>The blocks of content read from {what}, one at a time, without a list.</summary>
            {Names.GeneratedCode}
            public static global::ProcGen.ProcRowEnumerator<{type}> EnumerateRows({Names.ReadOnlySpan} {Names.Content})
                => new({Names.Content});
            """);
        if (spec.Properties.Any(p => p.Binding == Binding.Key && !p.Value.IsNullable))
            KeyValueEmitter.WriteMembers(writer, spec);
    }
}
