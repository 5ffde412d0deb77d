using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;

namespace ProcGen;

/// <summary>
/// Streams the rows of a file from a proc root without holding the file or a list of rows: <c>foreach (var symbol in
/// fs.EnumerateKallsyms())</c> reads <c>kallsyms</c> (several MB) through one 64 KiB buffer and allocates per row
/// only what the row holds (its strings; nothing at all for a struct row of numbers). Each enumeration opens the
/// file anew.
/// </summary>
/// <remarks>
/// A row with a bad field throws <see cref="ProcParseException"/> naming the file and the line's number in the
/// file; every row yielded before it was complete. The file is read as <c>cat</c> reads it, in pieces: rows are
/// consistent one by one, not as a whole (a <c>seq_file</c> gives no more than that to anyone who cannot hold the
/// whole file). A process that exits mid-read ends the enumeration with <see cref="ProcessNotFoundException"/>.
/// </remarks>
public sealed class ProcRowReader<TRow> : IEnumerable<TRow> where TRow : IProcRow<TRow>
{
    private const int ChunkSize = 64 * 1024;
    private readonly ProcFs _fs;
    private readonly string _directory;
    private readonly string _file;

    internal ProcRowReader(ProcFs fs, string directory, string file)
    {
        _fs = fs;
        _directory = directory;
        _file = file;
    }

    /// <summary>The full path of the file this reader streams.</summary>
    public string FilePath => _fs.GetFullPath(_directory.Length == 0 ? _file : _directory + "/" + _file);

    public Enumerator GetEnumerator()
    {
        int errno = ProcFileReader.TryOpen(_fs.Root, _directory, _file, out int fd);
        if (errno != 0) throw _fs.ErrorFor(errno, _directory, _file);
        return new Enumerator(this, fd);
    }

    IEnumerator<TRow> IEnumerable<TRow>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Reads and parses one buffer of lines at a time; dispose it (<c>foreach</c> does) to close the file.</summary>
    public sealed class Enumerator : IEnumerator<TRow>
    {
        private readonly ProcRowReader<TRow> _reader;
        private int _fd;
        private byte[] _buffer;
        private int _start;        // first byte not yet consumed
        private int _end;          // end of the bytes read
        private bool _endOfFile;
        private bool _started;
        private int _lineNumber;   // lines consumed so far, for errors
        private ProcTableLayout? _layout;
        private ProcRowSequenceRule<TRow>? _rule;
        private int _lastRowLine, _lastRowEndColumn;   // where a rule's "the rows may not end here" is reported
        private TRow _current = default!;

        internal Enumerator(ProcRowReader<TRow> reader, int fd)
        {
            _reader = reader;
            _fd = fd;
            _buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        }

        public TRow Current => _current;

        object IEnumerator.Current => _current!;

        public bool MoveNext()
        {
            if (_fd < 0) return false;
            if (!_started)
            {
                _started = true;
                ReadHeader();
                _rule = TRow.CreateSequenceRule();
            }
            while (true)
            {
                var pending = _buffer.AsSpan(_start, _end - _start);
                if (!TRow.NextRow(pending, _endOfFile, out int start, out int end, out int next))
                {
                    if (_endOfFile) return End();
                    Fill();
                    continue;
                }
                var text = pending[start..end];
                int linesBefore = _lineNumber + pending[..start].Count((byte)'\n');
                _lineNumber += pending[..next].Count((byte)'\n');
                _start += next;
                if (ProcText.Trim(text).IsEmpty) continue;
                bool isRow;
                try
                {
                    // The row is its own content: errors are located in it, then renumbered for the file.
                    isRow = TRow.ParseRow(text, text, _layout, out _current);
                    if (isRow && _rule?.Accept(_current) is { } expected) throw ProcParseException.At(text, text, expected);
                }
                catch (ProcParseException e)
                {
                    throw new ProcParseException(_reader.FilePath, linesBefore + e.Line, e.Column, e.Expected, e.LineText);
                }
                if (isRow)
                {
                    // Only a rule's Complete() needs the last row's end: rows without a rule scan nothing more.
                    if (_rule is not null)
                    {
                        _lastRowLine = linesBefore + 1 + text.Count((byte)'\n');
                        _lastRowEndColumn = text.Length - text.LastIndexOf((byte)'\n');
                    }
                    return true;
                }
            }
        }

        // The end of the file: the rows' order rule may still miss something (a section without its last line).
        private bool End()
        {
            if (_rule?.Complete() is { } missing)
            {
                _rule = null;   // reported once
                throw new ProcParseException(_reader.FilePath, Math.Max(_lastRowLine, 1), Math.Max(_lastRowEndColumn, 1), missing, "");
            }
            return false;
        }

        private void ReadHeader()
        {
            int needed = TRow.HeaderLineCount;
            // Enough whole lines for the header (or the whole file if it is shorter).
            while (!_endOfFile && _buffer.AsSpan(_start, _end - _start).Count((byte)'\n') < needed) Fill();
            var available = _buffer.AsSpan(_start, _end - _start);
            if (!_endOfFile) available = available[..(available.LastIndexOf((byte)'\n') + 1)];
            int position = 0;
            try
            {
                _layout = TRow.ReadHeader(available, ref position);
            }
            catch (ProcParseException e)
            {
                throw e.WithFilePath(_reader.FilePath);
            }
            _lineNumber += available[..position].Count((byte)'\n');
            _start += position;
        }

        // Moves the unconsumed tail to the front, grows the buffer if one line fills it, and reads more.
        private void Fill()
        {
            if (_start > 0)
            {
                _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                _end -= _start;
                _start = 0;
            }
            if (_end == _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                _buffer.AsSpan(0, _end).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }
            int n = ProcFileReader.ReadSome(_fd, _buffer.AsSpan(_end));
            if (n < 0) throw _reader._fs.ErrorFor(-n, _reader._directory, _reader._file);
            if (n == 0) _endOfFile = true;
            _end += n;
        }

        public void Reset() => throw new NotSupportedException("Enumerate the reader again to read the file anew.");

        public void Dispose()
        {
            if (_fd >= 0)
            {
                ProcFileReader.Close(_fd);
                _fd = -1;
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = Array.Empty<byte>();
            }
        }
    }
}
