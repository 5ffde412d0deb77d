using ProcGen.Generator.Model;

namespace ProcGen.Generator.Emitters;

/// <summary>The formats whose one property takes the whole content: single value, NUL-separated list, link target.</summary>
internal static class ContentEmitter
{
    public static void WriteParseBody(SourceWriter writer, RecordSpec spec)
    {
        var property = spec.Properties[0];
        var value = property.Value;
        string expression;
        switch (spec.Format)
        {
            case FileFormat.NulSeparated when value.Kind == ValueKind.EnvironmentVariables:
                writer.WriteLine("// NUL-terminated NAME=value items; the value may itself contain '='.");
                expression = $"global::ProcGen.NulSeparated.EnvironmentVariables({Names.Content})";
                break;
            case FileFormat.NulSeparated:
                writer.WriteLine("// NUL-terminated items; a final item without its NUL (a rewritten argv) still counts.");
                expression = $"global::ProcGen.NulSeparated.Strings({Names.Content})";
                break;
            case FileFormat.SymbolicLink:
                expression = $"{Names.FieldParser}.String({Names.Content})";
                break;
            case FileFormat.SingleValue when spec.Binary:
                writer.WriteLine("// Binary content: every byte is data (0x20 and 0x0a included), so nothing is trimmed.");
                string raw = ValueConversions.Convert(value, property.Name, Names.Content, "the whole file", firstTokenOnly: false);
                expression = value.IsNullable ? $"{Names.Content}.IsEmpty ? null : {raw}" : raw;
                break;
            case FileFormat.SingleValue when value.Kind == ValueKind.String:
                writer.WriteLine("// Text keeps its inner and leading blanks; only the kernel's final newline goes.");
                writer.WriteLine($"var value = {Names.ProcText}.TrimFinalNewline({Names.Content});");
                expression = value.IsNullable
                    ? $"value.IsEmpty ? null : {Names.FieldParser}.String(value)"
                    : $"{Names.FieldParser}.String(value)";
                break;
            default:
                writer.WriteLine($"var value = {Names.ProcText}.TrimWhitespace({Names.Content});");
                string conversion = ValueConversions.Convert(value, property.Name, "value", "the whole file", firstTokenOnly: false);
                expression = value.IsNullable ? $"value.IsEmpty ? null : {conversion}" : conversion;
                break;
        }
        writer.WriteLine($"return new {spec.TypeName} {{ {Names.Member(property.Name)} = {expression} }};");
    }
}
