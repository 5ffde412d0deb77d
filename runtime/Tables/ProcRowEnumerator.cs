using System;

namespace ProcGen;

/// <summary>
/// The rows of content already in memory, one at a time, without a list: <c>foreach (var row in
/// ProcRowEnumerator&lt;T&gt;.Over(bytes))</c>. A bad row throws <see cref="ProcParseException"/> naming its line
/// when it is reached; the rows before it have been seen whole.
/// </summary>
public ref struct ProcRowEnumerator<TRow> where TRow : IProcRow<TRow>
{
    private readonly ReadOnlySpan<byte> _content;
    private ProcTableLayout? _layout;
    private int _position;
    private bool _started;
    private TRow _current;
    private ProcRowSequenceRule<TRow>? _rule;
    private int _lastRowStart, _lastRowLength;

    public ProcRowEnumerator(ReadOnlySpan<byte> utf8)
    {
        _content = utf8;
        _layout = null;
        _position = 0;
        _started = false;
        _current = default!;
        _rule = null;
        _lastRowStart = _lastRowLength = 0;
    }

    public static ProcRowEnumerator<TRow> Over(ReadOnlySpan<byte> utf8) => new(utf8);

    public readonly TRow Current => _current;

    public readonly ProcRowEnumerator<TRow> GetEnumerator() => this;

    public bool MoveNext()
    {
        if (!_started)
        {
            _started = true;
            _layout = TRow.ReadHeader(_content, ref _position);
            _rule = TRow.CreateSequenceRule();
            _lastRowStart = _position;
        }
        while (TRow.NextRow(_content[_position..], final: true, out int start, out int end, out int next))
        {
            int rowStart = _position + start;
            var text = _content.Slice(rowStart, end - start);
            _position += next;
            if (ProcText.Trim(text).IsEmpty) continue;
            if (TRow.ParseRow(_content, text, _layout, out _current))
            {
                if (_rule?.Accept(_current) is { } expected) throw ProcParseException.At(_content, text, expected);
                (_lastRowStart, _lastRowLength) = (rowStart, text.Length);
                return true;
            }
        }
        if (_rule?.Complete() is { } missing)
        {
            _rule = null;   // reported once, even if MoveNext is called again
            throw ProcParseException.AfterEnd(_content, _content.Slice(_lastRowStart, _lastRowLength), missing);
        }
        return false;
    }
}
