using System;
using System.Collections.Generic;

namespace ProcGen.Benchmarks.Baselines;

/// <summary>
/// The parsers a typical user writes: read the file as a string, <c>Split</c> it, <c>Parse</c> the pieces. They
/// are the baseline ProcGen must beat, written to be correct for the same inputs, not to be slow on purpose.
/// </summary>
internal static class NaiveParsers
{
    /// <summary><c>meminfo</c> into a dictionary of bytes, the usual shape of such code.</summary>
    public static Dictionary<string, ulong> Meminfo(string text)
    {
        var result = new Dictionary<string, ulong>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(':');
            var value = parts[1].Trim().Split(' ');
            ulong number = ulong.Parse(value[0]);
            if (value.Length > 1 && value[1] == "kB") number *= 1024;
            result[parts[0].Trim()] = number;
        }
        return result;
    }

    public sealed record Stat(int Pid, string Comm, char State, ulong[] Fields);

    /// <summary>
    /// <c>{pid}/stat</c>: the usual care for <c>comm</c> (last ')'), then <c>Split</c> and a parse of every field
    /// after it, as ProcGen does (negative fields such as tty_pgrp's -1 kept as their two's complement).
    /// </summary>
    public static Stat ProcessStat(string text)
    {
        int open = text.IndexOf('(');
        int close = text.LastIndexOf(')');
        string comm = text.Substring(open + 1, close - open - 1);
        var fields = text.Substring(close + 2).Trim().Split(' ');
        var numbers = new ulong[fields.Length - 1];
        for (int i = 1; i < fields.Length; i++)
            numbers[i - 1] = fields[i].StartsWith('-') ? (ulong)long.Parse(fields[i]) : ulong.Parse(fields[i]);
        return new Stat(int.Parse(text.Substring(0, open - 1)), comm, fields[0][0], numbers);
    }

    /// <summary><c>{pid}/status</c> into a dictionary of strings, which the caller then parses field by field.</summary>
    public static Dictionary<string, string> ProcessStatus(string text)
    {
        var result = new Dictionary<string, string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = line.IndexOf(':');
            result[line.Substring(0, colon)] = line.Substring(colon + 1).Trim();
        }
        return result;
    }

    /// <summary>
    /// Every line of status with a typed value where the text says what it is: kB sizes in bytes, the id
    /// quadruples as numbers, plain numbers as numbers, the rest as strings. The typical "dictionary" parser.
    /// </summary>
    public static Dictionary<string, object> ProcessStatusTyped(string text)
    {
        var result = new Dictionary<string, object>();
        foreach (var (key, value) in ProcessStatus(text))
        {
            if (value.EndsWith(" kB"))
                result[key] = ulong.Parse(value.Substring(0, value.Length - 3).Trim()) * 1024;
            else if (key is "Uid" or "Gid")
                result[key] = Array.ConvertAll(value.Split('\t'), uint.Parse);
            else if (ulong.TryParse(value, out ulong number))
                result[key] = number;
            else
                result[key] = value;
        }
        return result;
    }
}
