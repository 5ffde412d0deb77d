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

    public ProcRowEnumerator(ReadOnlySpan<byte> utf8)
    {
        _content = utf8;
        _layout = null;
        _position = 0;
        _started = false;
        _current = default!;
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
        }
        while (TRow.NextRow(_content[_position..], final: true, out int start, out int end, out int next))
        {
            var text = _content.Slice(_position + start, end - start);
            _position += next;
            if (ProcText.Trim(text).IsEmpty) continue;
            if (TRow.ParseRow(_content, text, _layout, out _current)) return true;
        }
        return false;
    }
}
