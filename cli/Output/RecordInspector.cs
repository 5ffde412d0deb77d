using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text;

namespace ProcGen.Cli.Output;

/// <summary>
/// Reflection over parsed records, shared by the table and JSON writers: which properties a record shows, and
/// whether a value is a scalar, a dictionary, a sequence or a nested record.
/// </summary>
internal static class RecordInspector
{
    /// <summary>How deep nested records are expanded before falling back to <c>ToString()</c> (guards against cycles).</summary>
    public const int MaxDepth = 8;

    /// <summary>
    /// The public instance properties of <paramref name="record"/> with their values. Computed helpers that throw
    /// (a conversion needing a host fact, a value the kernel did not print) are left out rather than failing
    /// the whole output.
    /// </summary>
    /// <remarks>
    /// With <paramref name="forDisplay"/> (the table view), integers the declaration marks <see cref="HexAttribute"/>
    /// come back as <c>0x…</c> text, as the kernel printed them in hexadecimal (kallsyms addresses, socket pointers);
    /// JSON keeps them as numbers.
    /// </remarks>
    public static IEnumerable<(string Name, object? Value)> Properties(object record, bool forDisplay = false)
    {
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0) continue;
            object? value;
            try
            {
                value = property.GetValue(record);
            }
            catch (Exception)
            {
                continue;
            }
            if (forDisplay && value is not null && property.IsDefined(typeof(HexAttribute)) && AsHex(value) is { } hex) value = hex;
            yield return (property.Name, value);
        }
    }

    private static string? AsHex(object value) => value switch
    {
        ulong v => "0x" + v.ToString("x", CultureInfo.InvariantCulture),
        uint v => "0x" + v.ToString("x", CultureInfo.InvariantCulture),
        ushort v => "0x" + v.ToString("x", CultureInfo.InvariantCulture),
        byte v => "0x" + v.ToString("x", CultureInfo.InvariantCulture),
        long v when v >= 0 => "0x" + v.ToString("x", CultureInfo.InvariantCulture),
        int v when v >= 0 => "0x" + v.ToString("x", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>
    /// Values printed as one token: numbers, text, enums, and value types such as <see cref="IdSet"/> or
    /// <see cref="RangeList"/> that know their own kernel notation.
    /// </summary>
    public static bool IsScalar(object value)
    {
        var type = value.GetType();
        return value is string or decimal or DateTime or DateTimeOffset or TimeSpan or Guid or IPAddress or IPEndPoint
               || type.IsPrimitive || type.IsEnum
               || (type.IsValueType && value is not IEnumerable && !IsRow(type))
               || IsProcValue(type);
    }

    /// <summary>Whether the type is a row of a table file (<see cref="IProcRow{TSelf}"/>), a record even when it is a struct (<c>kallsyms</c>).</summary>
    public static bool IsRow(Type type)
        => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IProcRow<>));

    /// <summary>Whether the type parses itself from a kernel field (<see cref="IProcValue{TSelf}"/>).</summary>
    public static bool IsProcValue(Type type)
        => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IProcValue<>));

    /// <summary>The entries of a dictionary (any <c>IReadOnlyDictionary&lt;,&gt;</c>, <c>IDictionary&lt;,&gt;</c> or <see cref="IDictionary"/>).</summary>
    public static bool TryGetEntries(object value, out List<(string Key, object? Value)> entries)
    {
        entries = [];
        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
                entries.Add((Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, entry.Value));
            return true;
        }
        if (value is not IEnumerable sequence || !ImplementsGenericDictionary(value.GetType())) return false;
        foreach (var item in sequence)
        {
            if (item is null) continue;
            var itemType = item.GetType();
            var key = itemType.GetProperty("Key")?.GetValue(item);
            entries.Add((Convert.ToString(key, CultureInfo.InvariantCulture) ?? string.Empty, itemType.GetProperty("Value")?.GetValue(item)));
        }
        return true;
    }

    /// <summary>The items of a collection (anything enumerable but text and dictionaries).</summary>
    public static bool TryGetItems(object value, out List<object?> items)
    {
        items = [];
        if (value is string || value is not IEnumerable sequence || IsScalar(value)) return false;
        foreach (var item in sequence) items.Add(item);
        return true;
    }

    /// <summary>One scalar as text: invariant culture, control characters escaped so a value stays on its line.</summary>
    public static string FormatScalar(object value)
    {
        var text = value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            IFormattable formattable when value is not Enum => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return EscapeControlCharacters(text);
    }

    private static string EscapeControlCharacters(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    private static bool ImplementsGenericDictionary(Type type)
        => type.GetInterfaces().Append(type).Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>)));
}
