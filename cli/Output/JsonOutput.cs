using System;
using System.IO;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ProcGen.Cli.Output;

/// <summary>
/// The record as JSON: camelCase properties, enums as strings, dictionaries as objects (keys as the kernel
/// prints them), sequences as arrays, <see cref="RangeList"/> in its kernel notation.
/// </summary>
/// <remarks>
/// The record is walked by reflection into a <see cref="JsonNode"/> tree rather than handed to
/// <see cref="JsonSerializer"/> whole: records may carry computed helpers that throw, and one such property must
/// drop out of the output instead of aborting it. Scalars still go through the serializer with <see cref="Options"/>.
/// </remarks>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Keys such as "Active(anon)" and command lines should read as typed, not as \u0028 escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters =
        {
            new JsonStringEnumConverter(),
            new RangeListConverter(),
            new ToStringConverter<IPAddress>(),
            new ToStringConverter<IPEndPoint>(),
            // Values whose kernel text is the clearest form: "7f1c2a000000-7f1c2a021000", "fd:1", "r-xp", "1-63".
            new ToStringConverter<AddressRange>(),
            new ToStringConverter<DeviceNumber>(),
            new ToStringConverter<MappingPermissions>(),
            new ToStringConverter<NumberRange>(),
            // The socket tables' addresses as the kernel means them ("127.0.0.1:631", "[::1]:631"), not their parts.
            new ToStringConverter<InetAddress>(),
            new ToStringConverter<SocketEndpoint>(),
            // binfmt_misc's magic and mask: "7f454c46", as printed, not {"length":4}.
            new ToStringConverter<HexBytes>(),
            // cpuinfo's flags, smaps' VmFlags: a set of words is an array of them.
            new WordSetConverter(),
            // Input capability bitmaps: the event codes they hold, [0, 1, 116], not hex words.
            new InputBitmapConverter(),
        },
    };

    public static void Write(object? record, TextWriter writer) => WriteNode(ToNode(record, depth: 0), writer);

    public static void WriteNode(JsonNode? node, TextWriter writer)
        => writer.WriteLine(node is null ? "null" : node.ToJsonString(Options));

    public static JsonNode? ToNode(object? value, int depth)
    {
        if (value is null) return null;
        var type = value.GetType();
        if (HasConverter(type) || IsSerializerScalar(value))
            return Serialize(value, type);
        if (depth > RecordInspector.MaxDepth)
            return JsonValue.Create(value.ToString());

        if (RecordInspector.TryGetEntries(value, out var entries))
        {
            var obj = new JsonObject();
            foreach (var (key, entryValue) in entries) obj[key] = ToNode(entryValue, depth + 1);
            return obj;
        }
        if (RecordInspector.TryGetItems(value, out var items))
        {
            var array = new JsonArray();
            foreach (var item in items) array.Add(ToNode(item, depth + 1));
            return array;
        }

        var record = new JsonObject();
        foreach (var (name, propertyValue) in RecordInspector.Properties(value))
            record[Options.PropertyNamingPolicy!.ConvertName(name)] = ToNode(propertyValue, depth + 1);
        // A value type that exposes nothing but fields (a tuple) still has something to say.
        return record.Count == 0 && type.IsValueType ? JsonValue.Create(value.ToString()) : record;
    }

    private static bool HasConverter(Type type)
    {
        foreach (var converter in Options.Converters)
            if (converter.CanConvert(type)) return true;
        return false;
    }

    private static bool IsSerializerScalar(object value)
        => value is string or decimal or DateTime or DateTimeOffset or TimeSpan or Guid
           || value.GetType().IsPrimitive;

    private static JsonNode? Serialize(object value, Type type)
    {
        try
        {
            return JsonSerializer.SerializeToNode(value, type, Options);
        }
        catch (NotSupportedException)
        {
            // nint and other types the serializer refuses: their text is better than no output.
            return JsonValue.Create(value.ToString());
        }
    }

    /// <summary><see cref="WordSet"/> as an array of its words, in the kernel's order.</summary>
    private sealed class WordSetConverter : JsonConverter<WordSet>
    {
        public override WordSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => WordSet.Of(JsonSerializer.Deserialize<string[]>(ref reader, options) ?? []);

        public override void Write(Utf8JsonWriter writer, WordSet value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var word in value.Words) writer.WriteStringValue(word);
            writer.WriteEndArray();
        }
    }

    private sealed class InputBitmapConverter : JsonConverter<ProcGen.Specs.InputBitmap>
    {
        public override ProcGen.Specs.InputBitmap Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => throw new NotSupportedException("procgen only writes InputBitmap values");

        public override void Write(Utf8JsonWriter writer, ProcGen.Specs.InputBitmap value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (int bit in value.SetBits) writer.WriteNumberValue(bit);
            writer.WriteEndArray();
        }
    }

    /// <summary><see cref="RangeList"/> as the kernel prints it, <c>"0-3,8"</c>: shorter and greppable.</summary>
    private sealed class RangeListConverter : JsonConverter<RangeList>
    {
        public override RangeList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? string.Empty;
            return RangeList.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out var value)
                ? value
                : throw new JsonException($"'{text}' is not a range list such as 0-3,8");
        }

        public override void Write(Utf8JsonWriter writer, RangeList value, JsonSerializerOptions options)
            => writer.WriteStringValue(value.ToString());
    }

    /// <summary>Addresses as strings (the CLI contract): their properties would say far less than their text.</summary>
    private sealed class ToStringConverter<T> : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => throw new NotSupportedException($"procgen only writes {typeof(T).Name} values");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
            => writer.WriteStringValue(value?.ToString());
    }
}
