using System.Linq;
using System.Text;
using ProcGen.Generator.Model;

namespace ProcGen.Generator.Emitters;

/// <summary>
/// <c>key: value [unit]</c> lines. Keys are matched on bytes (a switch on the key's length, then a comparison
/// with a UTF-8 literal), so no string is made for a key unless the catch-all dictionary keeps it.
/// </summary>
internal static class KeyValueEmitter
{
    public static void WriteParseBody(SourceWriter writer, RecordSpec spec)
    {
        var keyed = spec.Properties.Where(p => p.Binding == Binding.Key).ToList();
        var other = spec.Properties.FirstOrDefault(p => p.Binding == Binding.OtherKeys);

        foreach (var property in keyed)
            writer.WriteLine($"{Nullable(property.Value)} {Names.Local(property.Name)} = null;");
        if (other is not null)
            writer.WriteLine($"global::System.Collections.Generic.Dictionary<string, {other.Value.Element!.TypeName}>? other = null;");

        string separator = spec.Separator == ' '
            ? "' ' (the first run of blanks)"
            : "'" + spec.Separator + "'";
        writer.WriteLine();
        writer.WriteLine("int position = 0;");
        using (writer.Block($"while ({Names.ProcText}.NextLine({Names.Content}, ref position, out var line))"))
        {
            writer.WriteLine($$"""
                if (line.IsEmpty) continue;
                if (!{{Names.ProcText}}.SplitKeyValue(line, {{Names.ByteLiteral(spec.Separator)}}, out var key, out var value))
                    throw {{Names.ParseException}}.At({{Names.Content}}, line, {{Names.Literal("a key followed by " + separator)}});
                """);
            if (keyed.Count > 0)
            {
                using (writer.Block("switch (key.Length)"))
                {
                    foreach (var group in keyed.GroupBy(p => Encoding.UTF8.GetByteCount(p.Key!)).OrderBy(g => g.Key))
                    {
                        writer.WriteLine($"case {group.Key}:");
                        writer.Indent();
                        foreach (var property in group.OrderBy(p => p.Key, System.StringComparer.Ordinal))
                        {
                            string conversion = ValueConversions.Convert(property.Value, property.Name, "value", "key '" + property.Key + "'", firstTokenOnly: true);
                            using (writer.Block($"if ({Names.SequenceEqual}(key, {Names.Utf8Literal(property.Key!)}))"))
                            {
                                writer.WriteLine($"{Names.Local(property.Name)} = {conversion};");
                                writer.WriteLine("continue;");
                            }
                        }
                        writer.WriteLine("break;");
                        writer.Unindent();
                    }
                }
            }
            if (other is not null)
            {
                var element = other.Value.Element!;
                string conversion = element.Kind == ValueKind.String
                    ? $"{Names.FieldParser}.String(value)"
                    : $"{Names.FieldParser}.NumberWithOptionalKilobytes<{element.TypeName}>({Names.Content}, value, {Names.Literal(element.Description + " (or a size in kB) for " + other.Name)})";
                writer.WriteLine("// Not a declared key: kept for the catch-all, so a key a newer kernel adds is still visible.");
                writer.WriteLine($"(other ??= new()).TryAdd({Names.FieldParser}.String(key), {conversion});");
            }
        }

        writer.WriteLine();
        using (writer.Block($"return new {spec.TypeName}", "};"))
        {
            foreach (var property in keyed)
            {
                string local = Names.Local(property.Name);
                string value = property.Value.IsNullable
                    ? local
                    : $"{local} ?? throw {Names.ParseException}.AtOffset({Names.Content}, {Names.Content}.Length, {Names.Literal("a line for the required key '" + property.Key + "'")})";
                writer.WriteLine($"{property.Name} = {value},");
            }
            if (other is not null)
                writer.WriteLine($"{other.Name} = (global::System.Collections.Generic.IReadOnlyDictionary<string, {other.Value.Element!.TypeName}>?)other ?? global::System.Collections.ObjectModel.ReadOnlyDictionary<string, {other.Value.Element!.TypeName}>.Empty,");
        }
    }

    /// <summary>The local's type: nullable, so that "absent" is distinct from any value.</summary>
    internal static string Nullable(ValueSpec value) => value.TypeName + "?";
}
