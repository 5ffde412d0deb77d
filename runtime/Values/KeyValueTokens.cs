using System;
using System.Collections.Generic;
using System.Globalization;

namespace ProcGen;

/// <summary>
/// Blank-separated <c>key=value</c> tokens and bare words, in the kernel's order (<c>numa_maps</c>' <c>N0=2
/// kernelpagesize_kB=4</c>, <c>vmallocinfo</c>'s <c>pages=2 vmalloc N0=2</c>). Values are decoded from the
/// kernel's octal escapes (<c>file=/a\040b</c>); a bare word has an empty value.
/// </summary>
public sealed class KeyValueTokens : IProcValue<KeyValueTokens>
{
    private readonly KeyValuePair<string, string>[] _pairs;

    private KeyValueTokens(KeyValuePair<string, string>[] pairs) => _pairs = pairs;

    /// <summary>The tokens in order; a key may repeat.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    /// <summary>The value of the first token named <paramref name="key"/>, or <c>null</c>.</summary>
    public string? GetString(string key)
    {
        foreach (var pair in _pairs)
            if (pair.Key == key) return pair.Value;
        return null;
    }

    /// <summary>The decimal value of <paramref name="key"/>, or <c>null</c> when absent or not a number.</summary>
    public ulong? GetNumber(string key)
        => GetString(key) is { } text && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value) ? value : null;

    /// <summary>Whether a token named <paramref name="key"/> is present (bare or with a value).</summary>
    public bool Has(string key) => GetString(key) is not null;

    public static bool TryParse(ReadOnlySpan<byte> utf8, out KeyValueTokens value)
    {
        var pairs = new KeyValuePair<string, string>[ProcText.CountFields(utf8)];
        int position = 0;
        for (int i = 0; i < pairs.Length; i++)
        {
            var token = ProcText.NextField(utf8, ref position);
            int equals = token.IndexOf((byte)'=');
            pairs[i] = equals < 0
                ? new(FieldParser.String(token), string.Empty)
                : new(FieldParser.String(token[..equals]), FieldParser.Unescaped(token[(equals + 1)..]));
        }
        value = new KeyValueTokens(pairs);
        return true;
    }

    public override string ToString() => string.Join(' ', Array.ConvertAll(_pairs, p => p.Value.Length == 0 ? p.Key : p.Key + "=" + p.Value));
}
