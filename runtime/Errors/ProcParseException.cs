using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace ProcGen;

/// <summary>
/// The content does not have the declared format. Carries the 1-based <see cref="Line"/> and byte
/// <see cref="Column"/> of the offending field, what was <see cref="Expected"/> there, and the offending line
/// (<see cref="LineText"/>, truncated).
/// </summary>
public sealed class ProcParseException : ProcException
{
    private const int MaxLineText = 120;

    public ProcParseException(string? filePath, int line, int column, string expected, string lineText)
        : base(Format(filePath, line, column, expected, lineText), filePath)
    {
        Line = line;
        Column = column;
        Expected = expected;
        LineText = lineText;
    }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    /// <summary>1-based column, counted in bytes of the line.</summary>
    public int Column { get; }

    /// <summary>What the parser expected at that position, e.g. <c>an unsigned integer for MemTotal</c>.</summary>
    public string Expected { get; }

    /// <summary>The offending line, truncated to 120 characters, without its newline.</summary>
    public string LineText { get; }

    /// <summary>The same error, naming the file it came from.</summary>
    public ProcParseException WithFilePath(string filePath) => new(filePath, Line, Column, Expected, LineText);

    /// <summary>
    /// An error at <paramref name="at"/>, which must be a slice of <paramref name="content"/> (possibly empty):
    /// its line and column are recovered from its address, so parsers need not track positions on the hot path.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ProcParseException At(ReadOnlySpan<byte> content, ReadOnlySpan<byte> at, string expected)
        => AtOffset(content, ProcText.OffsetOf(content, at), expected);

    /// <summary>An error just after the end of <paramref name="slice"/> (a missing field at the end of a line).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ProcParseException AfterEnd(ReadOnlySpan<byte> content, ReadOnlySpan<byte> slice, string expected)
        => AtOffset(content, ProcText.OffsetOf(content, slice) + slice.Length, expected);

    /// <summary>An error at byte <paramref name="offset"/> of <paramref name="content"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ProcParseException AtOffset(ReadOnlySpan<byte> content, int offset, string expected)
    {
        offset = Math.Clamp(offset, 0, content.Length);
        var before = content[..offset];
        int line = 1 + before.Count((byte)'\n');
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        int lineEnd = content[lineStart..].IndexOf((byte)'\n');
        var lineBytes = lineEnd < 0 ? content[lineStart..] : content.Slice(lineStart, lineEnd);
        if (!lineBytes.IsEmpty && lineBytes[^1] == (byte)'\r')
            lineBytes = lineBytes[..^1];
        return new ProcParseException(null, line, offset - lineStart + 1, expected, Describe(lineBytes));
    }


    private static string Describe(ReadOnlySpan<byte> line)
    {
        bool truncated = line.Length > MaxLineText;
        var text = Encoding.UTF8.GetString(truncated ? line[..MaxLineText] : line);
        // NULs (cmdline, environ) and other control bytes would garble a terminal: show them escaped.
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c < ' ' && c != '\t') sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append(c);
        }
        if (truncated) sb.Append('…');
        return sb.ToString();
    }

    private static string Format(string? filePath, int line, int column, string expected, string lineText)
        => $"{filePath ?? "<input>"}:{line}:{column}: expected {expected}; line: \"{lineText}\"";
}
