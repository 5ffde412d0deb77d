using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ProcGen.Generator.Model;

namespace ProcGen.Generator.Emitters;

/// <summary>
/// <c>key: value [unit]</c> lines. A key is matched without comparing bytes one key at a time: a <c>switch</c> on
/// its length, then on its first eight bytes read as a number (<c>KeyMatch.Head</c>), and for longer keys on its
/// last eight (<c>KeyMatch.Tail</c>); keys over 16 bytes are confirmed byte by byte. Which keys were seen is kept
/// in bit masks, checked once at the end, so a parser of 60 keys holds 60 plain locals, not 60 nullables.
/// </summary>
internal static class KeyValueEmitter
{
    private const string KeyMatch = Names.Runtime + "KeyMatch";

    /// <param name="text">The local or parameter holding the lines to read: a slice of the content.</param>
    /// <param name="asRow">Whether the record goes to <c>row</c> (a block's <c>ParseRow</c>) rather than being returned.</param>
    /// <param name="assignedBefore">Initializers already computed before the body (a block's header line).</param>
    public static void WriteParseBody(SourceWriter writer, RecordSpec spec, string text = Names.Part, bool asRow = false, IEnumerable<PropertySpec>? assignedBefore = null)
    {
        var keyed = spec.Properties.Where(p => p.Binding == Binding.Key).ToList();
        var other = spec.Properties.FirstOrDefault(p => p.Binding == Binding.OtherKeys);
        var indexed = spec.Properties.Where(p => p.Binding == Binding.IndexedKey).ToList();
        var repeated = spec.Properties.Where(p => p.Binding == Binding.RepeatedKey).ToList();
        // A key bound to another declaration may own the lines indented under it (mountstats' per-op statistics).
        bool nested = keyed.Any(p => p.Value.Kind is ValueKind.Part or ValueKind.Table);
        var bits = keyed.Select((property, index) => (property, index)).ToDictionary(x => x.property, x => x.index);

        if (keyed.Count > 0)
        {
            writer.WriteLine("// One bit per declared key, set when its line is read: required keys are checked once, at the end.");
            for (int mask = 0; mask <= (keyed.Count - 1) / 64; mask++)
                writer.WriteLine($"ulong seen{mask} = 0;");
        }
        foreach (var property in keyed)
        {
            var value = property.Value;
            writer.WriteLine(value.IsValueType
                ? $"{value.TypeName} {Names.Local(property.Name)} = default;"
                : $"{value.TypeName}? {Names.Local(property.Name)} = null;");
        }
        if (other is not null)
            writer.WriteLine($"global::System.Collections.Generic.Dictionary<string, {other.Value.Element!.TypeName}>? other = null;");
        foreach (var property in indexed)
            writer.WriteLine($"global::System.Collections.Generic.Dictionary<int, {property.Value.Element!.DeclaredTypeName}>? {Names.Local(property.Name)} = null;");
        foreach (var property in repeated)
            writer.WriteLine($"global::System.Collections.Generic.List<{property.Value.Element!.DeclaredTypeName}>? {Names.Local(property.Name)} = null;");

        string separator = spec.Separator == ' '
            ? "' ' (the first run of blanks)"
            : "'" + spec.Separator + "'";
        writer.WriteLine();
        if (spec.Format == FileFormat.PairedLines)
        {
            writer.WriteLine("// Each counter of each 'Prefix: names' / 'Prefix: values' pair, keyed 'Prefix.Name' in this scratch space.");
            writer.WriteLine($"var pairs = new global::ProcGen.PairedLineReader({Names.Content}, {text}, stackalloc byte[256]);");
        }
        else
        {
            writer.WriteLine("int position = 0;");
            if (spec.Format == FileFormat.KeyValue && spec.Table.SkipLines > 0)
            {
                writer.WriteLine("// Lines before the first key (a title) are not keys.");
                writer.WriteLine($"for (int skipped = 0; skipped < {spec.Table.SkipLines.ToString(CultureInfo.InvariantCulture)} && {Names.ProcText}.NextLine({text}, ref position, out _); skipped++) {{ }}");
            }
        }
        using (writer.Block(spec.Format == FileFormat.PairedLines
                   ? "while (pairs.Next(out var key, out var value))"
                   : $"while ({Names.ProcText}.NextLine({text}, ref position, out var line))"))
        {
            bool lastField = spec.Table.LastFieldValue;
            if (spec.Format != FileFormat.PairedLines && !nested && lastField)
            {
                writer.WriteLine($$"""
                    if ({{Names.ProcText}}.Trim(line).IsEmpty) continue;
                    // A line without the separator ends with its value: "pages free     3840".
                    if (!{{Names.ProcText}}.SplitKeyValue(line, {{Names.ByteLiteral(spec.Separator)}}, out var key, out var value)
                        && !{{Names.ProcText}}.SplitAtLastField(line, out key, out value))
                        throw {{Names.ParseException}}.At({{Names.Content}}, line, {{Names.Literal("a key followed by " + separator + ", or a key and a value")}});
                    """);
            }
            else if (spec.Format != FileFormat.PairedLines && !nested && spec.Table.SkipUnkeyedLines)
            {
                writer.WriteLine($$"""
                    if (line.IsEmpty) continue;
                    // A line without the separator is no key: skipped.
                    if (!{{Names.ProcText}}.SplitKeyValue(line, {{Names.ByteLiteral(spec.Separator)}}, out var key, out var value)) continue;
                    """);
            }
            else if (spec.Format != FileFormat.PairedLines && !nested)
            {
                writer.WriteLine($$"""
                    if (line.IsEmpty) continue;
                    if (!{{Names.ProcText}}.SplitKeyValue(line, {{Names.ByteLiteral(spec.Separator)}}, out var key, out var value))
                        throw {{Names.ParseException}}.At({{Names.Content}}, line, {{Names.Literal("a key followed by " + separator)}});
                    """);
            }
            else if (spec.Format != FileFormat.PairedLines)
            {
                string block = $"{Names.ProcText}.IndentedBlock({text}, ref after, line)";
                string titles = string.Join(" || ", keyed.Where(p => p.Value.Kind is ValueKind.Part or ValueKind.Table)
                    .Select(p => $"{Names.SequenceEqual}(key, {Names.Utf8Literal(p.Key!)})"));
                // Without LastFieldValue a line without the separator must be a title; with it, only a declared one is.
                var (comment, condition, expected) = lastField
                    ? ("A declared title with lines indented under it (\"per-node stats\"); otherwise the line ends with its value (\"pages free  3840\").",
                       $"!(({titles}) && !{block}.IsEmpty)\n    && !{Names.ProcText}.SplitAtLastField(line, out key, out value)",
                       "a key followed by " + separator + ", a key and a value, or a title with lines indented under it")
                    : ("A line without a separator is the title of the lines indented under it (\"per-op statistics\").",
                       $"{block}.IsEmpty",
                       "a key followed by " + separator + ", or a title with lines indented under it");
                writer.WriteLine($$"""
                    if ({{Names.ProcText}}.Trim(line).IsEmpty) continue;
                    if (!{{Names.ProcText}}.SplitKeyValue(line, {{Names.ByteLiteral(spec.Separator)}}, out var key, out var value))
                    {
                        // {{comment}}
                        key = {{Names.ProcText}}.Trim(line);
                        value = key[key.Length..];
                        int after = position;
                        if ({{condition.Replace("\n", "\n" + new string(' ', 4))}})
                            throw {{Names.ParseException}}.At({{Names.Content}}, line, {{Names.Literal(expected)}});
                    }
                    """);
            }
            if (keyed.Count > 0)
                WriteKeySwitch(writer, keyed, bits, text);
            foreach (var property in repeated)
            {
                string conversion = ValueConversions.Convert(property.Value.Element!, property.Name, "value", "key '" + property.Key + "'", firstTokenOnly: true);
                writer.WriteLine($"// '{property.Key}' may be printed on many lines: each is one element, in order.");
                writer.WriteLine($"if ({Names.SequenceEqual}(key, {Names.Utf8Literal(property.Key!)}))");
                writer.WriteLine("{");
                writer.WriteLine($"    ({Names.Local(property.Name)} ??= new()).Add({conversion});");
                writer.WriteLine("    continue;");
                writer.WriteLine("}");
            }
            foreach (var property in indexed)
            {
                string local = Names.Local(property.Name);
                string index = Names.Local(property.Name + "Index");
                string conversion = ValueConversions.Convert(property.Value.Element!, property.Name, "value", "key '" + property.Key + "N'", firstTokenOnly: true);
                writer.WriteLine($"// '{property.Key}' and a number: one entry per number; the first line of a number wins.");
                writer.WriteLine($"if ({Names.FieldParser}.KeyIndex(key, {Names.Utf8Literal(property.Key!)}) is var {index} and >= 0)");
                writer.WriteLine("{");
                writer.WriteLine($"    ({local} ??= new()).TryAdd({index}, {conversion});");
                writer.WriteLine("    continue;");
                writer.WriteLine("}");
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

        var required = keyed.Where(p => !p.Value.IsNullable).ToList();
        if (required.Count > 0)
        {
            writer.WriteLine();
            var conditions = Enumerable.Range(0, (keyed.Count - 1) / 64 + 1)
                .Select(mask => (mask, bitsOf: required.Where(p => bits[p] / 64 == mask).Aggregate(0UL, (acc, p) => acc | (1UL << (bits[p] % 64)))))
                .Where(m => m.bitsOf != 0)
                .Select(m => $"(seen{m.mask} & {Hex(m.bitsOf)}) != {Hex(m.bitsOf)}");
            writer.WriteLine($"if ({string.Join(" || ", conditions)})");
            writer.WriteLine($"    throw MissingRequiredKey({Names.Content}, {text}, {string.Join(", ", Enumerable.Range(0, (keyed.Count - 1) / 64 + 1).Select(m => "seen" + m))});");
        }

        writer.WriteLine();
        using (writer.Block(asRow ? $"row = new {spec.TypeName}" : $"return new {spec.TypeName}", "};"))
        {
            foreach (var property in assignedBefore ?? Enumerable.Empty<PropertySpec>())
                writer.WriteLine($"{Names.Member(property.Name)} = {Names.Local(property.Name)},");
            foreach (var property in keyed)
            {
                string local = Names.Local(property.Name);
                string assigned = property.Value switch
                {
                    { IsNullable: true, IsValueType: true } => $"{SeenTest(bits[property])} ? {local} : null",
                    { IsNullable: true } => local,
                    { IsValueType: true } => local,
                    _ => local + "!",
                };
                writer.WriteLine($"{Names.Member(property.Name)} = {assigned},");
            }
            if (other is not null)
                writer.WriteLine($"{Names.Member(other.Name)} = (global::System.Collections.Generic.IReadOnlyDictionary<string, {other.Value.Element!.TypeName}>?)other ?? global::System.Collections.ObjectModel.ReadOnlyDictionary<string, {other.Value.Element!.TypeName}>.Empty,");
            foreach (var property in repeated)
            {
                string element = property.Value.Element!.DeclaredTypeName;
                writer.WriteLine($"{Names.Member(property.Name)} = (global::System.Collections.Generic.IReadOnlyList<{element}>?){Names.Local(property.Name)} ?? global::System.Array.Empty<{element}>(),");
            }
            foreach (var property in indexed)
            {
                string element = property.Value.Element!.DeclaredTypeName;
                writer.WriteLine($"{Names.Member(property.Name)} = (global::System.Collections.Generic.IReadOnlyDictionary<int, {element}>?){Names.Local(property.Name)} ?? global::System.Collections.ObjectModel.ReadOnlyDictionary<int, {element}>.Empty,");
            }
        }
        if (asRow) writer.WriteLine("return true;");
    }

    /// <summary>Members the key-value parser needs beside <c>Parse</c>: the error for a missing required key.</summary>
    public static void WriteMembers(SourceWriter writer, RecordSpec spec)
    {
        var keyed = spec.Properties.Where(p => p.Binding == Binding.Key).ToList();
        if (!keyed.Any(p => !p.Value.IsNullable)) return;
        var masks = Enumerable.Range(0, (keyed.Count - 1) / 64 + 1).Select(m => "ulong seen" + m);
        writer.WriteLine();
        writer.WriteLine("/// <summary>The error for the first required key the content lacks; off the hot path.</summary>");
        writer.WriteLine(Names.GeneratedCode);
        using (writer.Block($"private static global::ProcGen.ProcParseException MissingRequiredKey({Names.ReadOnlySpan} {Names.Content}, {Names.ReadOnlySpan} {Names.Part}, {string.Join(", ", masks)})"))
        {
            for (int i = 0; i < keyed.Count; i++)
            {
                if (keyed[i].Value.IsNullable) continue;
                writer.WriteLine($"if ({SeenTest(i).Replace("!= 0", "== 0")}) return {Names.ParseException}.AfterEnd({Names.Content}, {Names.Part}, {Names.Literal("a line for the required key '" + keyed[i].Key + "'")});");
            }
            writer.WriteLine($"return {Names.ParseException}.AfterEnd({Names.Content}, {Names.Part}, \"every required key\");");
        }
    }

    private static void WriteKeySwitch(SourceWriter writer, List<PropertySpec> keyed, Dictionary<PropertySpec, int> bits, string text)
    {
        using (writer.Block("switch (key.Length)"))
        {
            foreach (var byLength in keyed.GroupBy(p => Utf8(p.Key!).Length).OrderBy(g => g.Key))
            {
                int length = byLength.Key;
                writer.WriteLine($"case {length}:");
                writer.Indent();
                using (writer.Block($"switch ({KeyMatch}.Head(key))"))
                {
                    foreach (var byHead in byLength.GroupBy(p => Head(Utf8(p.Key!))).OrderBy(g => g.Key))
                    {
                        writer.WriteLine($"case {Hex(byHead.Key)}: // {string.Join(", ", byHead.Select(p => p.Key))}");
                        writer.Indent();
                        foreach (var property in byHead.OrderBy(p => p.Key, System.StringComparer.Ordinal))
                            WriteKeyMatch(writer, property, bits[property], length, text);
                        // Up to 8 bytes the head is the whole key: its match always continues.
                        if (length > 8) writer.WriteLine("break;");
                        writer.Unindent();
                    }
                }
                writer.WriteLine("break;");
                writer.Unindent();
            }
        }
    }

    private static void WriteKeyMatch(SourceWriter writer, PropertySpec property, int bit, int length, string text)
    {
        bool composed = property.Value.Kind is ValueKind.Part or ValueKind.Table;
        // Another declaration reads the value, or, when the line has none, the lines indented under the key.
        string conversion = ValueConversions.Convert(property.Value, property.Name,
            composed
                ? property.Options.OutdentedKey is { } outdented
                    ? $"(value.IsEmpty ? {Names.ProcText}.IndentedBlock({text}, ref position, line, {Names.Utf8Literal(outdented)}) : value)"
                    : $"(value.IsEmpty ? {Names.ProcText}.IndentedBlock({text}, ref position, line) : value)"
                : "value",
            "key '" + property.Key + "'", firstTokenOnly: true);
        string? condition = length <= 8
            ? null
            : length <= 16
                ? $"{KeyMatch}.Tail(key) == {Hex(Tail(Utf8(property.Key!)))}"
                : $"{KeyMatch}.Tail(key) == {Hex(Tail(Utf8(property.Key!)))} && {Names.SequenceEqual}(key, {Names.Utf8Literal(property.Key!)})";
        if (condition is not null)
        {
            writer.WriteLine($"if ({condition})");
            writer.WriteLine("{");
            writer.Indent();
        }
        writer.WriteLine($"{Names.Local(property.Name)} = {conversion};");
        writer.WriteLine($"seen{bit / 64} |= {Hex(1UL << (bit % 64))};");
        writer.WriteLine("continue;");
        if (condition is not null)
        {
            writer.Unindent();
            writer.WriteLine("}");
        }
    }

    private static string SeenTest(int bit) => $"(seen{bit / 64} & {Hex(1UL << (bit % 64))}) != 0";

    private static byte[] Utf8(string key) => Encoding.UTF8.GetBytes(key);

    // Same packing as ProcGen.KeyMatch: little-endian, byte i in bits 8i…8i+7.
    private static ulong Head(byte[] key)
    {
        ulong value = 0;
        for (int i = 0; i < key.Length && i < 8; i++) value |= (ulong)key[i] << (8 * i);
        return value;
    }

    private static ulong Tail(byte[] key)
    {
        ulong value = 0;
        for (int i = 0; i < 8; i++) value |= (ulong)key[key.Length - 8 + i] << (8 * i);
        return value;
    }

    private static string Hex(ulong value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture) + "UL";
}
