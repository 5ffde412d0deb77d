using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ProcGen.Cli.Output;

/// <summary>
/// The human view of a record: an aligned two-column table of property → value. Arrays are joined by spaces,
/// dictionaries expand into <c>Property.Key</c> rows, nested records into <c>Property.Field</c> rows. A file that
/// parses to a list of rows (a table file) prints as a table with one column per property.
/// </summary>
internal static class TableOutput
{
    private const string Absent = "-";

    // More columns than this do not fit a terminal as one line per row.
    private const int MaxColumns = 16;

    public static void Write(object record, TextWriter writer)
    {
        if (!RecordInspector.TryGetEntries(record, out _) && RecordInspector.TryGetItems(record, out var items))
        {
            WriteRows(items, writer);
            return;
        }
        var rows = new List<(string Name, string Value)>();
        Flatten(string.Empty, record, rows, depth: 0);
        WriteTwoColumns(rows, writer);
    }

    /// <summary>Columns padded to their widest cell; the last column is not padded (no trailing blanks).</summary>
    public static void WriteColumns(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, TextWriter writer)
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        WriteRow(headers, widths, writer);
        foreach (var row in rows) WriteRow(row, widths, writer);
    }

    private static void WriteRow(IReadOnlyList<string> cells, int[] widths, TextWriter writer)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0) writer.Write("  ");
            writer.Write(i == cells.Count - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }
        writer.WriteLine();
    }

    private static void WriteTwoColumns(List<(string Name, string Value)> rows, TextWriter writer)
    {
        int width = rows.Count == 0 ? 0 : rows.Max(r => r.Name.Length);
        foreach (var (name, value) in rows)
            writer.WriteLine(value.Length == 0 ? name : name.PadRight(width) + "  " + value);
    }

    private static void WriteRows(List<object?> items, TextWriter writer)
    {
        var first = items.FirstOrDefault(i => i is not null);
        if (first is null || RecordInspector.IsScalar(first))
        {
            foreach (var item in items) writer.WriteLine(Inline(item));
            return;
        }
        var properties = RecordInspector.Properties(first, forDisplay: true).ToList();
        if (properties.Count > MaxColumns || properties.Any(p => IsNested(p.Value)))
        {
            // Blocks (cpuinfo, smaps, mountstats): too wide or too deep for one line each; one 'name value' list
            // per item, separated by a blank line, as the kernel prints them.
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0) writer.WriteLine();
                var lines = new List<(string Name, string Value)>();
                Flatten(string.Empty, items[i], lines, depth: 0);
                WriteTwoColumns(lines, writer);
            }
            return;
        }
        var headers = properties.Select(p => p.Name).ToList();
        var rows = items.Select(item => item is null
                ? headers.Select(_ => Absent).ToArray()
                : headers.Select(h => Inline(RecordInspector.Properties(item, forDisplay: true).FirstOrDefault(p => p.Name == h).Value)).ToArray())
            .ToList();
        WriteColumns(headers, rows, writer);
    }

    private static void Flatten(string name, object? value, List<(string Name, string Value)> rows, int depth)
    {
        if (value is null)
        {
            rows.Add((name, Absent));
        }
        else if (RecordInspector.IsScalar(value) || depth > RecordInspector.MaxDepth)
        {
            rows.Add((name, RecordInspector.FormatScalar(value)));
        }
        else if (RecordInspector.TryGetEntries(value, out var entries))
        {
            if (entries.Count == 0) rows.Add((name, "(empty)"));
            foreach (var (key, entryValue) in entries) Flatten(Join(name, key), entryValue, rows, depth + 1);
        }
        else if (RecordInspector.TryGetItems(value, out var items))
        {
            if (items.All(i => i is null || RecordInspector.IsScalar(i)))
                rows.Add((name, items.Count == 0 ? "(empty)" : string.Join(' ', items.Select(Inline))));
            else
                for (int i = 0; i < items.Count; i++) Flatten($"{name}[{i}]", items[i], rows, depth + 1);
        }
        else
        {
            foreach (var (propertyName, propertyValue) in RecordInspector.Properties(value, forDisplay: true))
                Flatten(Join(name, propertyName), propertyValue, rows, depth + 1);
        }
    }

    /// <summary>A value in a single cell: collections on one line, nested records by their own ToString.</summary>
    private static string Inline(object? value)
    {
        if (value is null) return Absent;
        if (RecordInspector.IsScalar(value)) return RecordInspector.FormatScalar(value);
        if (RecordInspector.TryGetEntries(value, out var entries))
            return string.Join(' ', entries.Select(e => $"{e.Key}={Inline(e.Value)}"));
        if (RecordInspector.TryGetItems(value, out var items))
            return string.Join(' ', items.Select(Inline));
        return RecordInspector.FormatScalar(value);
    }

    // A record inside a row, or a list of records: not one cell.
    private static bool IsNested(object? value)
        => value is not null && !RecordInspector.IsScalar(value) && !RecordInspector.TryGetEntries(value, out _)
           && (!RecordInspector.TryGetItems(value, out var items) || items.Any(i => i is not null && !RecordInspector.IsScalar(i)));

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;
}
