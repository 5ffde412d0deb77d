using System.Globalization;
using System.Linq;
using ProcGen.Generator.Model;

namespace ProcGen.Generator.Emitters;

/// <summary>
/// Lines of fields: the one line of a <c>[Columnar]</c> file, and each row of a <c>[Rows]</c> or
/// <c>[HeaderTable]</c> file. Fields bound by index are read left to right through a <c>ColumnCursor</c>: one call
/// per declared field, one call per run of undeclared fields. Fields bound by header name are read from the row
/// split once (<c>RowFields</c>). Trailing fields the declaration does not name are ignored (kernels append
/// fields), and trailing nullable properties are null when an older kernel does not print them.
/// </summary>
internal static class ColumnarEmitter
{
    /// <summary>The body of <c>Parse</c> for a single-line <c>[Columnar]</c> file.</summary>
    public static void WriteParseBody(SourceWriter writer, RecordSpec spec)
    {
        if (spec.Properties.All(p => p.IsOptionalTrailing))
        {
            // Every field is optional, so an empty file is a value too (autogroup of a task in no autogroup).
            writer.WriteLine($$"""
                int position = 0;
                {{Names.ProcText}}.NextLine({{Names.Part}}, ref position, out var line);
                """);
        }
        else
        {
            writer.WriteLine($$"""
                int position = 0;
                if (!{{Names.ProcText}}.NextLine({{Names.Part}}, ref position, out var line) || {{Names.ProcText}}.Trim(line).IsEmpty)
                    throw {{Names.ParseException}}.At({{Names.Content}}, {{Names.Part}}, "a line of blank-separated fields");
                """);
        }
        WriteFieldReads(writer, spec);
        writer.WriteLine();
        using (writer.Block($"return new {spec.TypeName}", "};"))
            WriteInitializers(writer, spec);
    }

    /// <summary>The body of <c>ParseRow</c>: one line of a rows or header-table file into <c>row</c>.</summary>
    public static void WriteParseRowBody(SourceWriter writer, RecordSpec spec)
    {
        if (spec.Table.NoRowsText is { } noRows)
        {
            writer.WriteLine($$"""
                // The kernel prints this line instead of rows when it has none: it is not a row.
                if ({{Names.SequenceEqual}}({{Names.ProcText}}.Trim(line), {{Names.Utf8Literal(noRows)}}))
                {
                    row = default!;
                    return false;
                }
                """);
        }
        if (spec.Table.Sections)
        {
            writer.WriteLine($$"""
                // A title line ("Character devices:") opens a section: it starts in the first column and ends with ':'.
                var title = {{Names.ProcText}}.Trim(line);
                if (!{{Names.ProcText}}.IsBlank(line[0]) && title[^1] == (byte)':')
                {
                    layout!.Section = {{Names.FieldParser}}.String(title[..^1]);
                    row = default!;
                    return false;
                }
                """);
        }
        WriteFieldReads(writer, spec);
        writer.WriteLine();
        using (writer.Block($"row = new {spec.TypeName}", "};"))
            WriteInitializers(writer, spec);
        writer.WriteLine("return true;");
    }

    private static void WriteInitializers(SourceWriter writer, RecordSpec spec)
    {
        foreach (var property in spec.Properties)
            writer.WriteLine($"{Names.Member(property.Name)} = {Names.Local(property.Name)},");
    }

    private static void WriteFieldReads(SourceWriter writer, RecordSpec spec)
    {
        bool byName = spec.Properties.Any(p => p.Options.ColumnName is not null);
        bool needsCursor = spec.Properties.Any(p => p.Binding == Binding.Rest || (p.Binding == Binding.Column && !byName));
        if (needsCursor)
        {
            writer.WriteLine(spec.Separator is ' ' or '\t'
                ? $"var cursor = new global::ProcGen.ColumnCursor({Names.Content}, line);"
                : $"var cursor = new global::ProcGen.ColumnCursor({Names.Content}, line, {Names.ByteLiteral(spec.Separator)}); // fields are separated by exactly one '{spec.Separator}': empty ones count");
        }
        if (byName)
        {
            writer.WriteLine($$"""
                // Columns are bound by the header's names: split the row once, then read each column where the header put it.
                var fields = new global::ProcGen.RowFields({{Names.Content}}, line, layout!, layout!.FieldCapacity <= 128 ? stackalloc int[256] : new int[2 * layout.FieldCapacity]);
                """);
        }

        int next = 0, named = 0;
        foreach (var property in spec.Properties)
        {
            writer.WriteLine();
            string local = Names.Local(property.Name);
            var value = property.Value;
            switch (property.Binding)
            {
                case Binding.Section:
                    writer.WriteLine($"var {local} = layout?.Section ?? throw {Names.ParseException}.At({Names.Content}, line, \"a section title (a line ending in ':') before the first row\");");
                    continue;
                case Binding.Indentation:
                    writer.WriteLine($"var {local} = ({value.TypeName}){Names.ProcText}.LeadingBlanks(line);");
                    continue;
                case Binding.Rest:
                    if (property.Column > next)
                        writer.WriteLine($"cursor.Skip({property.Column - next}); // up to field {Index(property.Column)}, where the rest starts");
                    WriteRest(writer, property, local);
                    continue;
            }

            if (property.Options.ColumnName is { } name)
            {
                WriteNamedColumn(writer, property, local, name, named++);
                continue;
            }
            if (byName)
            {
                string where = "field " + Index(property.Column);
                WriteFieldValue(writer, property, local, value.IsNullable ? $"fields.Optional({Index(property.Column)})" : $"fields.Field({Index(property.Column)}, {Expected(property, where)})", where, optional: value.IsNullable);
                continue;
            }

            int skipped = property.Column - next;
            if (skipped == 1)
                writer.WriteLine($"cursor.Skip(1); // field {Index(next)}: not declared");
            else if (skipped > 1)
                writer.WriteLine($"cursor.Skip({skipped}); // fields {Index(next)}-{Index(property.Column - 1)}: not declared");
            next = property.Column + 1;
            WritePositionalColumn(writer, spec, property, local);
        }
    }

    private static void WritePositionalColumn(SourceWriter writer, RecordSpec spec, PropertySpec property, string local)
    {
        string where = "field " + Index(property.Column);
        string expected = Expected(property, where);
        var value = property.Value;
        var options = property.Options;
        bool blankSeparated = spec.Separator is ' ' or '\t';

        if (options.OptionalToken is { } token)
        {
            writer.WriteLine($"// {where} is '{token}' or absent; when absent, the next field takes its place.");
            writer.WriteLine($"var {local} = cursor.TryToken({Names.Utf8Literal(token)});");
        }
        else if (property.EncloseOpen != '\0')
        {
            writer.WriteLine($"// {property.Name} is wrapped in {property.EncloseOpen}{property.EncloseClose} and may contain blanks and both brackets: it runs to the last '{property.EncloseClose}' of the line.");
            string around = Names.Literal("'" + property.EncloseOpen + "' … '" + property.EncloseClose + "' around " + property.Name + " (" + where + ")");
            string open = Names.ByteLiteral(property.EncloseOpen), close = Names.ByteLiteral(property.EncloseClose);
            if (value.IsNullable)
                WriteFieldValue(writer, property, local, $"cursor.NextOptionalEnclosed({open}, {close}, {around})", where, optional: true);
            else
                writer.WriteLine($"var {local} = {Convert(property, $"cursor.NextEnclosed({open}, {close}, {around})", where)};");
        }
        else if (options.Terminator is { } terminator)
        {
            writer.WriteLine($"// {where} is a variable number of fields ended by '{terminator}'; the fields after it follow.");
            writer.WriteLine($"var {local} = {Convert(property, $"cursor.NextUntil({Names.Utf8Literal(terminator)}, {expected})", where)};");
        }
        else if (options.HeaderColumns)
        {
            writer.WriteLine($"// One value per column the header names (per CPU); a row may have fewer.");
            writer.WriteLine($"var {local} = {Convert(property, "cursor.NextFields(layout?.ColumnCount ?? 0)", where)};");
        }
        else if (value.Kind == ValueKind.Array)
        {
            writer.WriteLine($"// {where} and every field after it.");
            writer.WriteLine($"var {local} = {Convert(property, "cursor.Rest()", where)};");
        }
        else if (options.Suffix is { } suffix)
        {
            WriteFieldValue(writer, property, local, $"cursor.NextWithSuffix({Names.Utf8Literal(suffix)}, {expected})", where, optional: false);
        }
        else if (blankSeparated && options.NullToken is null && options.Prefix is null && value.Kind == ValueKind.Integer && value.Base == NumberBase.Decimal && !value.Kilobytes)
        {
            // Integers are found and parsed in one pass (the common case of every columnar file).
            if (value.IsNullable) writer.WriteLine($"// {where} is printed only by newer kernels.");
            string method = value.IsNullable ? "NextOptionalDecimal" : "NextDecimal";
            writer.WriteLine($"var {local} = cursor.{method}<{value.TypeName}>({expected});");
        }
        else if (property.IsOptionalTrailing)
        {
            writer.WriteLine($"// {where} is printed only by newer kernels.");
            WriteFieldValue(writer, property, local, "cursor.NextOptional()", where, optional: true);
        }
        else
        {
            WriteFieldValue(writer, property, local, $"cursor.Next({expected})", where, optional: false);
        }
    }

    private static void WriteNamedColumn(SourceWriter writer, PropertySpec property, string local, string name, int declared)
    {
        string where = "column '" + name + "'";
        string index = $"layout.IndexOf({Index(declared)})";
        writer.WriteLine($"// {where}: found in the header{(property.Value.IsNullable ? "; null when the header or the row lacks it" : "")}.");
        string field = property.Value.IsNullable ? $"fields.Optional({index})" : $"fields.Field({index}, {Expected(property, where)})";
        WriteFieldValue(writer, property, local, field, where, optional: property.Value.IsNullable);
    }

    private static void WriteRest(SourceWriter writer, PropertySpec property, string local)
    {
        const string where = "rest of the line";
        var value = property.Value;
        writer.WriteLine("// The rest of the line: it may contain blanks.");
        // Arrays and value types decide themselves whether nothing is a valid value (no tokens, no items).
        if (value.Kind is ValueKind.Array || (value.Kind == ValueKind.ProcValue && !value.IsNullable))
            writer.WriteLine($"var {local} = {Convert(property, WithPrefix(property, "cursor.Rest()", where), where)};");
        else if (value.IsNullable)
            WriteFieldValue(writer, property, local, "cursor.Rest()", where, optional: true);
        else
            writer.WriteLine($"var {local} = {Convert(property, WithPrefix(property, $"cursor.RequiredRest({Expected(property, where)})", where), where)};");
    }

    /// <summary>The field without its declared <c>[Prefix]</c>, which must be there (<c>Number=</c>, iomem's <c>:</c>).</summary>
    private static string WithPrefix(PropertySpec property, string fieldExpression, string where, bool optional = false)
        => property.Options.Prefix is { } prefix
            ? $"{Names.FieldParser}.{(optional ? "WithoutOptionalPrefix" : "WithoutPrefix")}({Names.Content}, {fieldExpression}, {Names.Utf8Literal(prefix)}, {Expected(property, where)})"
            : fieldExpression;

    /// <summary>
    /// <c>var local = convert(field)</c>, with the null cases of a nullable property: an empty (absent) field when
    /// <paramref name="optional"/>, and the declared null token.
    /// </summary>
    private static void WriteFieldValue(SourceWriter writer, PropertySpec property, string local, string fieldExpression, string where, bool optional)
    {
        var value = property.Value;
        string? nullToken = property.Options.NullToken;
        fieldExpression = WithPrefix(property, fieldExpression, where, optional);
        if (!optional && nullToken is null)
        {
            writer.WriteLine($"var {local} = {Convert(property, fieldExpression, where)};");
            return;
        }
        string field = Names.Local(property.Name + "Field");
        writer.WriteLine($"var {field} = {fieldExpression};");
        string condition = (optional ? $"{field}.IsEmpty" : "")
                           + (optional && nullToken is not null ? " || " : "")
                           + (nullToken is not null ? $"{Names.SequenceEqual}({field}, {Names.Utf8Literal(nullToken)})" : "");
        if (nullToken is not null) writer.WriteLine($"// '{nullToken}' means no value.");
        writer.WriteLine($"{value.DeclaredTypeName} {local} = {condition} ? null : {Convert(property, field, where)};");
    }

    private static string Convert(PropertySpec property, string field, string where)
        => property.Options.Escaped
            ? $"{Names.FieldParser}.Unescaped({field})"
            : ValueConversions.Convert(property.Value, property.Name, field, where, firstTokenOnly: false);

    private static string Expected(PropertySpec property, string where)
        => Names.Literal(property.Value.Description + " for " + property.Name + " (" + where + ")");

    private static string Index(int column) => column.ToString(CultureInfo.InvariantCulture);
}
