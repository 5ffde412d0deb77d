using System.Collections.Generic;
using System.Linq;
using System.Text;
using ProcGen.Generator.Model;

namespace ProcGen.Generator.Emitters;

/// <summary>
/// The expression that turns one field (a slice of the content) into a property value. Every format class
/// shares it, so a type supported in one format behaves the same in all.
/// </summary>
internal static class ValueConversions
{
    /// <param name="field">An expression for the field's bytes.</param>
    /// <param name="where">Where the field is, for the error: <c>key 'MemTotal'</c>, <c>field 3</c>.</param>
    /// <param name="firstTokenOnly">Key-value values such as <c>S (sleeping)</c>: an enum reads only the first token.</param>
    public static string Convert(ValueSpec value, string propertyName, string field, string where, bool firstTokenOnly)
    {
        string expected = Names.Literal(value.Description + " for " + propertyName + " (" + where + ")");
        string content = Names.Content;
        switch (value.Kind)
        {
            case ValueKind.Integer when value.Kilobytes:
                return $"{Names.FieldParser}.Kilobytes<{value.TypeName}>({content}, {field}, {expected})";
            case ValueKind.Integer:
                return $"{Names.FieldParser}.{BaseMethod(value.Base)}<{value.TypeName}>({content}, {field}, {expected})";
            case ValueKind.Double:
                return $"{Names.FieldParser}.Double({content}, {field}, {expected})";
            case ValueKind.Boolean:
                return $"{Names.FieldParser}.Boolean({content}, {field}, {expected})";
            case ValueKind.String:
                return $"{Names.FieldParser}.String({field})";
            case ValueKind.Enum:
                var token = firstTokenOnly ? $"{Names.ProcText}.FirstField({field})" : field;
                return $"{EnumParserName(value)}({content}, {token})";
            case ValueKind.ProcValue when value.Base == NumberBase.Hex:
                return $"{Names.FieldParser}.HexValue<{value.TypeName}>({content}, {field}, {expected})";
            case ValueKind.ProcValue:
                return $"{Names.FieldParser}.Value<{value.TypeName}>({content}, {field}, {expected})";
            case ValueKind.Part:
                return $"{value.TypeName}.Parse({content}, {field})";
            case ValueKind.Row:
                return $"{Names.FieldParser}.Row<{value.TypeName}>({content}, {field}, {expected})";
            case ValueKind.Table:
                return $"global::ProcGen.ProcTable<{value.Element!.TypeName}>.Parse({content}, {field})";
            case ValueKind.Array when value.Element!.Kind == ValueKind.String:
                return $"{Names.FieldParser}.StringArray({field})";
            case ValueKind.Array:
                return $"{Names.FieldParser}.{BaseMethod(value.Element!.Base == NumberBase.Decimal ? value.Base : value.Element.Base)}Array<{value.Element.TypeName}>({content}, {field}, {expected})";
            default:
                throw new System.InvalidOperationException("No conversion for " + value.Kind);
        }
    }

    private static string BaseMethod(NumberBase numberBase) => numberBase switch
    {
        NumberBase.Hex => "Hex",
        NumberBase.Octal => "Octal",
        _ => "Decimal",
    };

    /// <summary>The name of the generated method that maps kernel tokens to members of an enum.</summary>
    public static string EnumParserName(ValueSpec value) => "Parse" + ShortName(value.TypeName) + "Token";

    private static string ShortName(string typeName) => typeName.Substring(typeName.LastIndexOf('.') + 1).Replace("global::", "");

    /// <summary>
    /// One token-to-member method per enum type a record uses: a switch on the first byte when every token is a
    /// single character (process states), otherwise on length and then bytes. No strings are made.
    /// </summary>
    public static void WriteEnumParsers(SourceWriter writer, IEnumerable<ValueSpec> values)
    {
        foreach (var value in values.Where(v => v.Kind == ValueKind.Enum).GroupBy(v => v.TypeName).Select(g => g.First()))
        {
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Maps the kernel's text to <see cref=\"{value.TypeName}\"/>.</summary>");
            writer.WriteLine(Names.GeneratedCode);
            using (writer.Block($"private static {value.TypeName} {EnumParserName(value)}({Names.ReadOnlySpan} {Names.Content}, {Names.ReadOnlySpan} token)"))
            {
                if (value.EnumTokens.All(t => Encoding.UTF8.GetByteCount(t.Token) == 1))
                {
                    using (writer.Block("if (token.Length == 1)"))
                    {
                        using (writer.Block("switch (token[0])"))
                        {
                            foreach (var token in value.EnumTokens)
                                writer.WriteLine($"case {Names.ByteLiteral(token.Token[0])}: return {value.TypeName}.{token.Member};");
                        }
                    }
                }
                else
                {
                    foreach (var token in value.EnumTokens)
                        writer.WriteLine($"if ({Names.SequenceEqual}(token, {Names.Utf8Literal(token.Token)})) return {value.TypeName}.{token.Member};");
                }
                if (value.EnumFallback is { } fallback)
                {
                    writer.WriteLine("// Newer kernels add values; they map to the fallback instead of failing the parse.");
                    writer.WriteLine($"return {value.TypeName}.{fallback};");
                }
                else
                {
                    writer.WriteLine($"throw {Names.ParseException}.At({Names.Content}, token, {Names.Literal(value.Description)});");
                }
            }
        }
    }
}
