using System;
using System.Collections.Generic;
using System.Text;

namespace ProcGen;

/// <summary>
/// One <c>/proc/sys</c> knob read without a declaration (<c>fs.Sys("kernel.pid_max")</c>): the raw text and typed
/// views of it. Knobs print one integer (<c>proc_dointvec</c>), several integers separated by tabs
/// (<c>kernel/printk</c>, <c>fs/file-nr</c>, <c>net/ipv4/tcp_rmem</c>: <c>proc_dointvec</c> over an array writes a
/// tab between values), or a string (<c>proc_dostring</c>: <c>kernel/hostname</c>); each adds one newline, which
/// <see cref="Text"/> drops. A view that does not fit the text throws <see cref="ProcParseException"/> naming the
/// file, line and column.
/// </summary>
public sealed class SysctlValue
{
    private readonly byte[] _utf8;
    private string? _text;

    /// <summary>Wraps the bytes read from <paramref name="path"/> (relative to <c>/proc/sys</c>).</summary>
    public SysctlValue(string path, ReadOnlySpan<byte> content, string? filePath = null)
    {
        Path = path;
        Name = SysctlName.FromPath(path);
        FilePath = filePath;
        if (!content.IsEmpty && content[^1] == (byte)'\n') content = content[..^1];
        _utf8 = content.ToArray();
    }

    /// <summary>The dotted name, as sysctl(8) prints it: <c>kernel.pid_max</c>.</summary>
    public string Name { get; }

    /// <summary>The path relative to <c>/proc/sys</c>: <c>kernel/pid_max</c>.</summary>
    public string Path { get; }

    /// <summary>The full path read, for error messages (<c>null</c> for a value built from bytes).</summary>
    public string? FilePath { get; }

    /// <summary>The text without its final newline; tabs and inner newlines are kept.</summary>
    public string Text => _text ??= Encoding.UTF8.GetString(_utf8);

    /// <summary>The bytes without the final newline.</summary>
    public ReadOnlySpan<byte> GetUtf8() => _utf8;

    /// <summary>
    /// The integers of a knob whose text is only integers separated by blanks (<c>4 4 1 7</c> for
    /// <c>kernel/printk</c>), as <see cref="decimal"/> so that both a negative <c>long</c> and a <c>ulong</c> above
    /// <see cref="long.MaxValue"/> fit; <c>null</c> for any other text. A display view: prefer the typed methods.
    /// </summary>
    public decimal[]? Numbers
    {
        get
        {
            var list = new List<decimal>();
            foreach (var token in Tokens())
            {
                var digits = _utf8.AsSpan(token.Start, token.Length);
                if (ProcNumber.TryParseDecimal(digits, out long signed)) list.Add(signed);
                else if (ProcNumber.TryParseDecimal(digits, out ulong unsigned)) list.Add(unsigned);
                else return null;
            }
            return list.Count == 0 ? null : list.ToArray();
        }
    }

    /// <summary>The tab-separated fields of the first line (<c>fs/file-nr</c> has three; a string knob one).</summary>
    public string[] Fields
    {
        get
        {
            var text = Text;
            int newline = text.IndexOf('\n');
            return (newline < 0 ? text : text[..newline]).Split('\t');
        }
    }

    /// <summary>The lines of a multi-line knob (<c>dev/cdrom/info</c>), without their newlines.</summary>
    public string[] Lines => Text.Split('\n');

    /// <summary>The one signed integer the knob holds (<c>kernel/panic</c> may be negative).</summary>
    public long ToInt64() => Single<long>("a signed 64-bit integer");

    /// <summary>The one unsigned integer the knob holds (<c>kernel/shmmax</c> may exceed <see cref="long.MaxValue"/>).</summary>
    public ulong ToUInt64() => Single<ulong>("an unsigned 64-bit integer");

    /// <summary>The one integer the knob holds, as <see cref="int"/>.</summary>
    public int ToInt32() => Single<int>("a 32-bit integer");

    /// <summary>Whether the text is exactly one signed integer.</summary>
    public bool TryGetInt64(out long value)
    {
        var tokens = Tokens();
        value = 0;
        return tokens.Count == 1 && ProcNumber.TryParseDecimal(_utf8.AsSpan(tokens[0].Start, tokens[0].Length), out value);
    }

    /// <summary>The integers separated by blanks (tabs or spaces): <c>kernel/printk</c>'s four, <c>fs/file-nr</c>'s three.</summary>
    public long[] ToInt64Array() => Array<long>("a list of signed 64-bit integers");

    /// <summary>Like <see cref="ToInt64Array"/> for unsigned values.</summary>
    public ulong[] ToUInt64Array() => Array<ulong>("a list of unsigned 64-bit integers");

    /// <summary>The text as a UUID (<c>kernel/random/boot_id</c>, <c>kernel/random/uuid</c>).</summary>
    public Guid ToGuid()
    {
        if (Uuid.TryParse(_utf8, out var uuid)) return uuid.Value;
        throw Error(_utf8, "a UUID (8-4-4-4-12 hexadecimal digits)");
    }

    /// <summary>The text, for string knobs (<c>kernel/hostname</c>); the same as <see cref="Text"/>.</summary>
    public override string ToString() => Text;

    private T Single<T>(string expected) where T : System.Numerics.IBinaryInteger<T>, System.Numerics.IMinMaxValue<T>
    {
        var tokens = Tokens();
        if (tokens.Count == 0) throw Error(_utf8, expected);
        var first = _utf8.AsSpan(tokens[0].Start, tokens[0].Length);
        if (!ProcNumber.TryParseDecimal(first, out T value)) throw Error(first, expected);
        if (tokens.Count > 1) throw Error(_utf8.AsSpan(tokens[1].Start, tokens[1].Length), "the end of the value (one integer only)");
        return value;
    }

    private T[] Array<T>(string expected) where T : System.Numerics.IBinaryInteger<T>, System.Numerics.IMinMaxValue<T>
    {
        var tokens = Tokens();
        if (tokens.Count == 0) throw Error(_utf8, expected);
        var values = new T[tokens.Count];
        for (int i = 0; i < values.Length; i++)
        {
            var field = _utf8.AsSpan(tokens[i].Start, tokens[i].Length);
            if (!ProcNumber.TryParseDecimal(field, out values[i])) throw Error(field, expected);
        }
        return values;
    }

    // The blank-separated tokens (space, tab, newline) as offsets into the bytes.
    private List<(int Start, int Length)> Tokens()
    {
        var tokens = new List<(int, int)>();
        int i = 0;
        while (i < _utf8.Length)
        {
            while (i < _utf8.Length && IsBlank(_utf8[i])) i++;
            int start = i;
            while (i < _utf8.Length && !IsBlank(_utf8[i])) i++;
            if (i > start) tokens.Add((start, i - start));
        }
        return tokens;
    }

    private static bool IsBlank(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n';

    private ProcParseException Error(ReadOnlySpan<byte> at, string expected)
    {
        var error = ProcParseException.At(_utf8, at, expected);
        return error.WithFilePath(FilePath ?? "sys/" + Path);
    }
}
