using System;
using System.Text;

namespace ProcGen.Generator.Emitters;

/// <summary>
/// Writes indented C#. Multi-line text (raw string literals in the emitters) is re-indented line by line, so
/// emitters read like the code they produce.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter WriteLine(string text = "")
    {
        if (text.Length == 0)
        {
            _builder.Append('\n');
            return this;
        }
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Length > 0)
            {
                for (int i = 0; i < _indent; i++) _builder.Append(IndentUnit);
                _builder.Append(line);
            }
            _builder.Append('\n');
        }
        return this;
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public IDisposable Block(string header, string closing = "}")
    {
        WriteLine(header);
        WriteLine("{");
        _indent++;
        return new Scope(this, closing);
    }

    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    public override string ToString() => _builder.ToString();

    private sealed class Scope : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _closing;
        private bool _disposed;

        public Scope(SourceWriter writer, string closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            _writer._indent--;
            _writer.WriteLine(_closing);
        }
    }
}
