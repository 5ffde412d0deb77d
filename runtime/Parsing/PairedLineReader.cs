using System;

namespace ProcGen;

/// <summary>
/// Files of line pairs, a header naming counters and a line of their values, both under one prefix
/// (<c>net/snmp</c>, <c>net/netstat</c>: <c>Tcp: RtoAlgorithm RtoMin …</c> then <c>Tcp: 1 200 …</c>). Yields each
/// counter as a key <c>Prefix.Name</c> (<c>Tcp.ActiveOpens</c>) and its value, the way a key-value file yields its
/// lines, so that generated key-value matching serves both.
/// </summary>
/// <remarks>
/// The key is composed in caller-provided scratch space (the header's name and the prefix are not adjacent in
/// the file); values are slices of the content, so errors about them are located in the file. A value line with
/// another prefix, or a different number of values than names, is an error at that line.
/// </remarks>
public ref struct PairedLineReader
{
    private readonly ReadOnlySpan<byte> _content;
    private readonly ReadOnlySpan<byte> _text;
    private readonly Span<byte> _key;
    private int _position;
    private ReadOnlySpan<byte> _names, _values;
    private int _namePosition, _valuePosition, _prefixLength;

    /// <param name="utf8">The whole file.</param>
    /// <param name="keyBuffer">Scratch for one composed key; longer keys are an error.</param>
    public PairedLineReader(ReadOnlySpan<byte> utf8, Span<byte> keyBuffer)
        : this(utf8, utf8, keyBuffer)
    {
    }

    /// <param name="utf8">The whole file: errors are located in it.</param>
    /// <param name="part">The lines to read, a slice of <paramref name="utf8"/>.</param>
    /// <param name="keyBuffer">Scratch for one composed key; longer keys are an error.</param>
    public PairedLineReader(ReadOnlySpan<byte> utf8, ReadOnlySpan<byte> part, Span<byte> keyBuffer)
    {
        _content = utf8;
        _text = part;
        _key = keyBuffer;
        _position = 0;
        _names = _values = default;
        _namePosition = _valuePosition = _prefixLength = 0;
    }

    /// <summary>The next counter: <paramref name="key"/> is <c>Prefix.Name</c>, <paramref name="value"/> its text.</summary>
    public bool Next(out ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        while (true)
        {
            var name = ProcText.NextField(_names, ref _namePosition);
            var number = ProcText.NextField(_values, ref _valuePosition);
            if (!name.IsEmpty)
            {
                if (number.IsEmpty)
                    throw ProcParseException.AfterEnd(_content, _values, "a value for '" + System.Text.Encoding.UTF8.GetString(name) + "', which the line above names");
                int length = _prefixLength + 1 + name.Length;
                if (length > _key.Length)
                    throw ProcParseException.At(_content, name, "a counter name of at most " + (_key.Length - _prefixLength - 1) + " bytes");
                _key[_prefixLength] = (byte)'.';
                name.CopyTo(_key[(_prefixLength + 1)..]);
                key = _key[..length];
                value = number;
                return true;
            }
            if (!number.IsEmpty)
                throw ProcParseException.At(_content, number, "no more values: the line above names fewer counters");
            if (!NextPair())
            {
                key = value = default;
                return false;
            }
        }
    }

    // Reads the next header line and its value line; skips blank lines between pairs.
    private bool NextPair()
    {
        ReadOnlySpan<byte> header;
        do
        {
            if (!ProcText.NextLine(_text, ref _position, out header)) return false;
        }
        while (ProcText.Trim(header).IsEmpty);

        int colon = header.IndexOf((byte)':');
        if (colon <= 0) throw ProcParseException.At(_content, header, "a line 'Prefix: name name …'");
        var prefix = header[..colon];
        if (prefix.Length + 2 > _key.Length) throw ProcParseException.At(_content, prefix, "a shorter prefix");
        if (!ProcText.NextLine(_text, ref _position, out var values))
            throw ProcParseException.AfterEnd(_content, header, "a line of values 'Prefix: 1 2 …' after the names");
        if (!values.StartsWith(prefix) || values.Length <= prefix.Length || values[prefix.Length] != (byte)':')
            throw ProcParseException.At(_content, values, "the values of '" + System.Text.Encoding.UTF8.GetString(prefix) + "', under the same prefix");

        prefix.CopyTo(_key);
        _prefixLength = prefix.Length;
        _names = header[(colon + 1)..];
        _values = values[(prefix.Length + 1)..];
        _namePosition = _valuePosition = 0;
        return true;
    }
}
