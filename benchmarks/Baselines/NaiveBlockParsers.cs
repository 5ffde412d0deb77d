using System;
using System.Collections.Generic;
using System.Globalization;

namespace ProcGen.Benchmarks.Baselines;

/// <summary>
/// Block files the usual way: split into lines, start a new entry at each header line, and keep each entry's
/// <c>Key: value</c> lines in a dictionary, parsing the numbers (<c>kB</c> to bytes) as a typed reader would.
/// </summary>
internal static class NaiveBlockParsers
{
    public sealed record SmapsEntry(NaiveRowParsers.Mapping Mapping, Dictionary<string, ulong> Sizes, string[] VmFlags);

    public static List<SmapsEntry> Smaps(string text)
    {
        var result = new List<SmapsEntry>();
        Dictionary<string, ulong>? sizes = null;
        NaiveRowParsers.Mapping? mapping = null;
        string[] flags = [];
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = line.IndexOf(':');
            bool header = colon < 0 || line.IndexOf(' ') < colon;
            if (header)
            {
                if (mapping is not null) result.Add(new SmapsEntry(mapping, sizes!, flags));
                mapping = NaiveRowParsers.Maps(line)[0];
                sizes = new Dictionary<string, ulong>();
                flags = [];
                continue;
            }
            string key = line[..colon];
            string value = line[(colon + 1)..].Trim();
            if (key == "VmFlags")
            {
                flags = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            ulong number = ulong.Parse(parts[0], CultureInfo.InvariantCulture);
            sizes![key] = parts.Length > 1 && parts[1] == "kB" ? number * 1024 : number;
        }
        if (mapping is not null) result.Add(new SmapsEntry(mapping, sizes!, flags));
        return result;
    }
}
