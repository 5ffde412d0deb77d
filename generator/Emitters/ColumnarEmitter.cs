using System.Globalization;
using System.Linq;
using ProcGen.Generator.Model;

namespace ProcGen.Generator.Emitters;

/// <summary>
/// One line of blank-separated fields, bound by index, read left to right through a <c>ColumnCursor</c>: one call
/// per declared field, one call per run of undeclared fields. Trailing fields the declaration does not name are
/// ignored (kernels append fields), and trailing nullable properties are null when an older kernel does not print
/// them.
/// </summary>
internal static class ColumnarEmitter
{
    public static void WriteParseBody(SourceWriter writer, RecordSpec spec)
    {
        writer.WriteLine($$"""
            int position = 0;
            if (!{{Names.ProcText}}.NextLine({{Names.Content}}, ref position, out var line) || {{Names.ProcText}}.Trim(line).IsEmpty)
                throw {{Names.ParseException}}.AtOffset({{Names.Content}}, 0, "a line of blank-separated fields");
            var cursor = new global::ProcGen.ColumnCursor({{Names.Content}}, line);
            """);

        int next = 0;
        foreach (var property in spec.Properties.OrderBy(p => p.Column))
        {
            writer.WriteLine();
            int skipped = property.Column - next;
            if (skipped == 1)
                writer.WriteLine($"cursor.Skip(1); // field {Index(next)}: not declared");
            else if (skipped > 1)
                writer.WriteLine($"cursor.Skip({skipped}); // fields {Index(next)}-{Index(property.Column - 1)}: not declared");
            next = property.Column + 1;

            string local = Names.Local(property.Name);
            string where = "field " + Index(property.Column);
            string expected = Names.Literal(property.Value.Description + " for " + property.Name + " (" + where + ")");
            var value = property.Value;
            if (property.EncloseOpen != '\0')
            {
                writer.WriteLine($"// {property.Name} is wrapped in {property.EncloseOpen}{property.EncloseClose} and may contain blanks and both brackets: it runs to the last '{property.EncloseClose}' of the line.");
                string around = Names.Literal("'" + property.EncloseOpen + "' … '" + property.EncloseClose + "' around " + property.Name + " (" + where + ")");
                writer.WriteLine($"var {local} = {ValueConversions.Convert(value, property.Name, $"cursor.NextEnclosed({Names.ByteLiteral(property.EncloseOpen)}, {Names.ByteLiteral(property.EncloseClose)}, {around})", where, firstTokenOnly: false)};");
            }
            else if (value.Kind == ValueKind.Integer && value.Base == NumberBase.Decimal && !value.Kilobytes)
            {
                // Integers are found and parsed in one pass (the common case of every columnar file).
                if (value.IsNullable) writer.WriteLine($"// {where} is printed only by newer kernels.");
                string method = value.IsNullable ? "NextOptionalDecimal" : "NextDecimal";
                writer.WriteLine($"var {local} = cursor.{method}<{value.TypeName}>({expected});");
            }
            else if (value.IsNullable)
            {
                writer.WriteLine($"// {where} is printed only by newer kernels.");
                writer.WriteLine($"var {Names.Local(property.Name + "Field")} = cursor.NextOptional();");
                writer.WriteLine($"{value.DeclaredTypeName} {local} = {Names.Local(property.Name + "Field")}.IsEmpty ? null : {ValueConversions.Convert(value, property.Name, Names.Local(property.Name + "Field"), where, firstTokenOnly: false)};");
            }
            else
            {
                writer.WriteLine($"var {local} = {ValueConversions.Convert(value, property.Name, $"cursor.Next({expected})", where, firstTokenOnly: false)};");
            }
        }

        writer.WriteLine();
        using (writer.Block($"return new {spec.TypeName}", "};"))
        {
            foreach (var property in spec.Properties)
                writer.WriteLine($"{property.Name} = {Names.Local(property.Name)},");
        }
    }

    private static string Index(int column) => column.ToString(CultureInfo.InvariantCulture);
}
