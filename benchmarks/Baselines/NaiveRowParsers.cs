using System;
using System.Collections.Generic;
using System.Globalization;

namespace ProcGen.Benchmarks.Baselines;

/// <summary>
/// Line-per-row files the usual way: <c>Split('\n')</c>, <c>Split(' ')</c>, parse the pieces into a record. Correct
/// for the same inputs as the declarations (paths with spaces, optional fields, octal escapes), not slow on purpose.
/// </summary>
internal static class NaiveRowParsers
{
    public sealed record Mapping(ulong Start, ulong End, string Permissions, ulong Offset, string Device, ulong Inode, string? Path);

    public static List<Mapping> Maps(string text)
    {
        var result = new List<Mapping>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            var range = parts[0].Split('-');
            string? path = parts.Length > 5 ? parts[5].Trim() : null;
            result.Add(new Mapping(
                ulong.Parse(range[0], NumberStyles.HexNumber), ulong.Parse(range[1], NumberStyles.HexNumber), parts[1],
                ulong.Parse(parts[2], NumberStyles.HexNumber), parts[3], ulong.Parse(parts[4]), path));
        }
        return result;
    }

    public sealed record Mount(int Id, int Parent, string Device, string Root, string MountPoint, string Options, string[] Optional, string Type, string Source, string SuperOptions);

    public static List<Mount> MountInfo(string text)
    {
        var result = new List<Mount>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var halves = line.Split(" - ");
            var left = halves[0].Split(' ');
            var right = halves[1].Split(' ');
            result.Add(new Mount(int.Parse(left[0]), int.Parse(left[1]), left[2], Unescape(left[3]), Unescape(left[4]), left[5],
                left[6..], Unescape(right[0]), Unescape(right[1]), right[2]));
        }
        return result;
    }

    public readonly record struct Symbol(ulong Address, char Type, string Name, string? Module);

    /// <summary>kallsyms row by row, as a streaming caller would: only the count is kept.</summary>
    public static int KallsymsCount(string text)
    {
        int count = 0;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            var symbol = new Symbol(ulong.Parse(parts[0], NumberStyles.HexNumber), parts[1][0], parts[2], parts.Length > 3 ? parts[3].Trim('[', ']') : null);
            if (symbol.Name.Length > 0) count++;
        }
        return count;
    }

    // The kernel's \ooo escapes, the way a careful user decodes them.
    private static string Unescape(string text)
    {
        if (!text.Contains('\\')) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length)
            {
                sb.Append((char)Convert.ToInt32(text.Substring(i + 1, 3), 8));
                i += 3;
            }
            else sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
