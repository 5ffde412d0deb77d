using System.Globalization;
using System.Linq;
using ProcGen.Generator.Model;

namespace ProcGen.Generator.Emitters;

/// <summary>
/// One line of blank-separated fields, bound by index. Fields are scanned left to right exactly once; fields no
/// property names are skipped without being looked at. Trailing fields the declaration does not name are ignored
/// (kernels append fields), and trailing nullable properties are null when an older kernel does not print them.
/// </summary>
internal static class ColumnarEmitter
{
    public static void WriteParseBody(SourceWriter writer, RecordSpec spec)
    {
        writer.WriteLine($$"""
            int position = 0;
            if (!{{Names.ProcText}}.NextLine({{Names.Content}}, ref position, out var line) || {{Names.ProcText}}.Trim(line).IsEmpty)
                throw {{Names.ParseException}}.AtOffset({{Names.Content}}, 0, "a line of blank-separated fields");
            int column = 0;
            global::System.ReadOnlySpan<byte> field;
            """);

        int next = 0;
        foreach (var property in spec.Properties.OrderBy(p => p.Column))
        {
            writer.WriteLine();
            int skipped = property.Column - next;
            if (skipped == 1)
                writer.WriteLine($"{Names.ProcText}.NextField(line, ref column); // field {Index(next)}: not declared");
            else if (skipped > 1)
            {
                writer.WriteLine($"// fields {Index(next)}-{Index(property.Column - 1)}: not declared");
                writer.WriteLine($"for (int skip = 0; skip < {skipped}; skip++) {Names.ProcText}.NextField(line, ref column);");
            }
            next = property.Column + 1;

            string local = Names.Local(property.Name);
            string where = "field " + Index(property.Column);
            if (property.EncloseOpen != '\0')
            {
                writer.WriteLine($"// {property.Name} is wrapped in {property.EncloseOpen}{property.EncloseClose} and may contain blanks and both brackets: it runs to the last '{property.EncloseClose}' of the line.");
                writer.WriteLine($"if (!{Names.ProcText}.NextEnclosed(line, ref column, {Names.ByteLiteral(property.EncloseOpen)}, {Names.ByteLiteral(property.EncloseClose)}, out field))");
                writer.WriteLine($"    throw {Names.ParseException}.At({Names.Content}, line.Slice(column), {Names.Literal("'" + property.EncloseOpen + "' … '" + property.EncloseClose + "' around " + property.Name + " (" + where + ")")});");
                writer.WriteLine($"var {local} = {ValueConversions.Convert(property.Value, property.Name, "field", where, firstTokenOnly: false)};");
            }
            else if (property.Value.IsNullable)
            {
                writer.WriteLine($"// {where} is printed only by newer kernels.");
                writer.WriteLine($"field = {Names.ProcText}.NextField(line, ref column);");
                writer.WriteLine($"{property.Value.DeclaredTypeName} {local} = field.IsEmpty ? null : {ValueConversions.Convert(property.Value, property.Name, "field", where, firstTokenOnly: false)};");
            }
            else
            {
                string missing = Names.Literal(property.Value.Description + " for " + property.Name + " (" + where + ")");
                writer.WriteLine($"field = {Names.FieldParser}.Required({Names.Content}, line, {Names.ProcText}.NextField(line, ref column), {missing});");
                writer.WriteLine($"var {local} = {ValueConversions.Convert(property.Value, property.Name, "field", where, firstTokenOnly: false)};");
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
